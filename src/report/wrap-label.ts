/**
 * Splits a long axis label into lines of at most `maxChars` characters, so a chart shows it whole
 * instead of cutting it with an ellipsis. Lines break at spaces, and inside a dotted path
 * (`capacity.srp.additions[0].places`) after a dot; a run with neither is cut at `maxChars`.
 * Vega draws an array of strings as one line each.
 *
 * @param text the label
 * @param maxChars the longest line, in characters (at least 1)
 * @returns the lines, in order; joined they give back `text` (spaces at breaks dropped)
 * @example
 * wrapLabel('capacity.srp.additions[0].places (2026)', 30); // ['capacity.srp.additions[0].', 'places (2026)']
 * wrapLabel('Joiners per year', 30); // ['Joiners per year']
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  // Pieces end after a space or a dot: the places a reader accepts a line break.
  const pieces = text.match(/[^ .]*(?:[ .]+|$)/g)?.filter((p) => p !== '') ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if ((line + piece).trimEnd().length <= limit) {
      line += piece;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = piece;
    // A piece longer than a whole line is cut: keeping it whole would bring the ellipsis back.
    while (line.trimEnd().length > limit) {
      lines.push(line.slice(0, limit));
      line = line.slice(limit);
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * Pixels between the lines of a wrapped label: the 11 px axis font plus a little air.
 *
 * @example
 * WRAPPED_LINE_HEIGHT; // 13
 */
export const WRAPPED_LINE_HEIGHT = 13;

/**
 * The axis settings that draw labels holding `\n` as separate lines, centred on their band: vega
 * draws a label's lines downward from the tick, so a label of n lines moves up by half its extra lines.
 *
 * @param mostLines the most lines any label has
 * @example
 * wrappedLabelAxis(1).labelOffset; // 0
 * wrappedLabelAxis(2).labelLimit; // 0: no ellipsis, wrapping already bounds each line
 */
export function wrappedLabelAxis(mostLines: number) {
  const condition = [];
  for (let n = 2; n <= mostLines; n++) {
    condition.push({ test: `length(split(datum.label, '\\n')) === ${n}`, value: (-(n - 1) * WRAPPED_LINE_HEIGHT) / 2 });
  }
  return {
    labelExpr: "split(datum.label, '\\n')",
    labelLimit: 0,
    labelLineHeight: WRAPPED_LINE_HEIGHT,
    labelOffset: condition.length === 0 ? 0 : { condition, value: 0 },
  };
}
