import { NEED_CODES, NEED_NAMES, type NeedCode } from '../needs.js';
import { editDistance } from './nearest.js';

/**
 * Other codes in use and the SEN2 code each means: former ones (BESD became SEMH in the 2014 Code
 * of Practice) and the ASC (autism spectrum condition) many councils' systems write for ASD.
 */
const FORMER_CODES: Readonly<Record<string, NeedCode>> = { BESD: 'SEMH', NA: 'NSA', ASC: 'ASD' };

/** Names in use besides the DfE's (NEED_NAMES), each with the need it means. */
const OTHER_NAMES: Readonly<Record<string, NeedCode>> = {
  'Autism Spectrum Disorder': 'ASD',
  'Autism Spectrum Condition': 'ASD',
  'Autistic Spectrum Condition': 'ASD',
  'Behaviour, Emotional and Social Difficulties': 'SEMH',
};

/**
 * A need's name reduced to its words, so that the ways files write it compare equal: any case,
 * `&` for "and", `/` for "or", punctuation and the words "and" and "or" left out, and plurals as
 * singulars (`Moderate Learning Difficulties`, `Speech, Language and Communication Need`).
 */
function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'and' && word !== 'or')
    .map((word) => word.replace(/ies$/, 'y').replace(/(?<=[a-z]{3})s$/, ''))
    .join(' ');
}

/** Each need's DfE name (NEED_NAMES), and the other names in use, by nameKey. */
const BY_NAME: ReadonlyMap<string, NeedCode> = new Map([
  ...NEED_CODES.map((code): [string, NeedCode] => [nameKey(NEED_NAMES[code]), code]),
  ...Object.entries(OTHER_NAMES).map(([name, code]): [string, NeedCode] => [nameKey(name), code]),
]);

/**
 * The need code a text means: a code in any case (`asd`, `Spld`), another code in use (`BESD`,
 * `ASC`), or the need's name as statistics, school census and case management exports write it
 * (`Autistic Spectrum Disorder`, `Autism Spectrum Condition`, `Profound & Multiple Learning
 * Difficulties`, `Other Difficulty/Disability`); undefined when it is none. Lets files written by
 * hand or exported by other systems be read as they are.
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
 * uses it does not echo the input; nor a code that is all edits (`HI` for a form's blank field).
 *
 * @param text the unknown code, e.g. 'SMEH'
 * @example
 * nearestNeedCode('SMEH'); // 'SEMH'
 * nearestNeedCode('ADS'); // 'ASD'
 * nearestNeedCode('autism'); // undefined
 * nearestNeedCode(''); // undefined
 */
export function nearestNeedCode(text: string): NeedCode | undefined {
  const upper = text.trim().toUpperCase();
  let best: NeedCode | undefined;
  let bestDistance = 3;
  for (const code of NEED_CODES) {
    if (Math.abs(upper.length - code.length) >= bestDistance) continue; // too long to be near: no quadratic table
    const distance = editDistance(upper, code.toUpperCase());
    if (distance < bestDistance && distance < code.length) [best, bestDistance] = [code, distance];
  }
  return best;
}
