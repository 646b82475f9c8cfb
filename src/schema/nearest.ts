/**
 * A word reduced to its lower-case letters and digits, so that the ways people and systems write a
 * label or a heading compare equal: `SRP`, `Maintained Special`, `maintained_special`, `NC Year`.
 *
 * @example
 * plainWord('Maintained Special'); // 'maintainedspecial'
 */
export function plainWord(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Other words systems use for a field, by plainWord: a school system's `Gender` column is a child's
 * (or a school's) `sex`; `Child ID` a child's `id`; `School Name` and `School URN` a school's `name`
 * and `urn`. CSV headings are read by them where the file has no column of the field's own name;
 * suggestions name the field.
 *
 * @example
 * FIELD_SYNONYMS.gender; // 'sex'
 */
export const FIELD_SYNONYMS: Readonly<Record<string, string>> = {
  gender: 'sex',
  childid: 'id',
  schoolname: 'name',
  schoolurn: 'urn',
};

/**
 * The word of `words` nearest to a text that matches none, to suggest in an error: the field a
 * synonym stands for (`Gender` for `sex`, see FIELD_SYNONYMS), else one written the same but for
 * case and separators (`SRP` for `srp`, `maintained_special` for `maintained-special`), else one at
 * most `maxDistance` edits away (letters added, dropped, changed or swapped) and, beyond one edit, no
 * more than one edit for every three letters, so a short word is not offered for another it barely
 * shares (`fee` is not `sex`): the first of the nearest; undefined when none is that near. Never the
 * text itself.
 *
 * @param text what was written, e.g. 'maxDistnceKm'
 * @param words what could have been meant
 * @param maxDistance edits allowed (default 2)
 * @example
 * nearestWord('maxDistnceKm', ['maxDistanceKm', 'maxMinutes']); // 'maxDistanceKm'
 * nearestWord('SRP', ['srp', 'maintained-special']); // 'srp'
 * nearestWord('colour', ['srp']); // undefined
 * nearestWord('fee', ['id', 'sex']); // undefined: two edits of three letters
 * nearestWord('Gender', ['id', 'sex']); // 'sex'
 */
export function nearestWord(text: string, words: readonly string[], maxDistance = 2): string | undefined {
  const synonym = Object.hasOwn(FIELD_SYNONYMS, plainWord(text)) ? FIELD_SYNONYMS[plainWord(text)] : undefined;
  if (synonym !== undefined && synonym !== text && words.includes(synonym)) return synonym;
  const same = words.find((word) => word !== text && plainWord(word) === plainWord(text));
  if (same !== undefined) return same;
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const word of words) {
    // The lengths differ by at least the distance: skip the quadratic table for a text far too long.
    if (Math.abs(text.length - word.length) >= bestDistance) continue;
    const distance = editDistance(text.toLowerCase(), word.toLowerCase());
    const plausible = distance <= 1 || distance * 3 <= Math.max(text.length, word.length);
    if (word !== text && plausible && distance < bestDistance) [best, bestDistance] = [word, distance];
  }
  return best;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
 *
 * @example
 * editDistance('SMEH', 'SEMH'); // 1
 */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
