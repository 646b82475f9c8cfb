/**
 * Moves labels apart vertically so none overlaps the next: each keeps its wanted position when it can, and a
 * crowd is spread evenly around where it wanted to be, inside `[top, bottom]`. Used for the values written at the
 * ends of lines, which collide when two lines end close together.
 *
 * @param wanted each label's wanted centre, in pixels (any order)
 * @param gap the least distance between two centres
 * @returns the centres, in the order given
 * @example
 * spreadLabels([100, 104, 300], 14, 0, 400); // [95, 109, 300]
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  // Clusters of labels closer than `gap`, each centred on its members' mean, merged until none overlap.
  let clusters = order.map((o) => ({ members: [o.i], centre: o.y }));
  const start = (c: { members: number[]; centre: number }) => c.centre - ((c.members.length - 1) * gap) / 2;
  const end = (c: { members: number[]; centre: number }) => c.centre + ((c.members.length - 1) * gap) / 2;
  for (let merged = true; merged; ) {
    merged = false;
    const next: typeof clusters = [];
    for (const c of clusters) {
      const last = next[next.length - 1];
      if (last && start(c) - end(last) < gap) {
        const members = [...last.members, ...c.members];
        const centre = members.reduce((t, m) => t + wanted[m], 0) / members.length;
        next[next.length - 1] = { members, centre };
        merged = true;
      } else next.push(c);
    }
    clusters = next;
  }
  const out = new Array<number>(wanted.length);
  for (const c of clusters) {
    const span = (c.members.length - 1) * gap;
    const first = Math.min(Math.max(start(c), top), Math.max(top, bottom - span));
    c.members.forEach((m, k) => {
      out[m] = first + k * gap;
    });
  }
  // Clamping to the edges can push one cluster into the next: a pass down, then one up from the bottom edge,
  // settle them (more labels than fit overflow the top rather than overlap).
  const ids = order.map((o) => o.i);
  for (let k = 1; k < ids.length; k++) out[ids[k]] = Math.max(out[ids[k]], out[ids[k - 1]] + gap);
  if (ids.length > 0) out[ids[ids.length - 1]] = Math.min(out[ids[ids.length - 1]], Math.max(bottom, top));
  for (let k = ids.length - 2; k >= 0; k--) out[ids[k]] = Math.min(out[ids[k]], out[ids[k + 1]] - gap);
  return out;
}
