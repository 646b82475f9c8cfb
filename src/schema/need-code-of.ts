import { NEED_CODES, NEED_NAMES, type NeedCode } from '../needs.js';

/** Older names of needs and the SEN2 code that replaced them (BESD became SEMH in the 2014 Code of Practice). */
const FORMER_CODES: Readonly<Record<string, NeedCode>> = { BESD: 'SEMH', NA: 'NSA' };

/**
 * A need's name reduced to its words, so that the ways files write it compare equal: any case,
 * `&` for "and", `/` for "or", punctuation and the words "and" and "or" left out.
 */
function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'and' && word !== 'or')
    .join(' ');
}

/** Each need's DfE name (NEED_NAMES) by its nameKey. */
const BY_NAME: ReadonlyMap<string, NeedCode> = new Map(NEED_CODES.map((code) => [nameKey(NEED_NAMES[code]), code]));

/**
 * The need code a text means: a code in any case (`asd`, `Spld`), a former code (`BESD`), or the
 * DfE's name of the need as statistics and school census exports write it (`Autistic Spectrum
 * Disorder`, `Profound & Multiple Learning Difficulty`, `Other Difficulty/Disability`); undefined
 * when it is none. Lets files written by hand or exported by other systems be read as they are.
 *
 * @param text a cell or field, e.g. 'semh'
 * @example
 * needCodeOf('spld'); // 'SpLD'
 * needCodeOf(' asd '); // 'ASD'
 * needCodeOf('BESD'); // 'SEMH'
 * needCodeOf('Autistic Spectrum Disorder'); // 'ASD'
 * needCodeOf('autism'); // undefined
 */
export function needCodeOf(text: string): NeedCode | undefined {
  const upper = text.trim().toUpperCase();
  const code = NEED_CODES.find((c) => c.toUpperCase() === upper);
  if (code !== undefined) return code;
  return Object.hasOwn(FORMER_CODES, upper) ? FORMER_CODES[upper] : BY_NAME.get(nameKey(text));
}

/**
 * The need code nearest to a text that is none (one or two letters off, in any case), to suggest
 * in an error; undefined when none is that near. Never returns the text itself, so a message that
 * uses it does not echo the input.
 *
 * @param text the unknown code, e.g. 'SMEH'
 * @example
 * nearestNeedCode('SMEH'); // 'SEMH'
 * nearestNeedCode('ADS'); // 'ASD'
 * nearestNeedCode('autism'); // undefined
 */
export function nearestNeedCode(text: string): NeedCode | undefined {
  const upper = text.trim().toUpperCase();
  let best: NeedCode | undefined;
  let bestDistance = 3;
  for (const code of NEED_CODES) {
    const distance = editDistance(upper, code.toUpperCase());
    if (distance < bestDistance) [best, bestDistance] = [code, distance];
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
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
