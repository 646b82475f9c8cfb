import { NEED_CODES, type NeedCode } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from '../schema/common.js';
import { SETTINGS, type Setting } from '../schema/transition.js';

// The model's states are (setting, need, NC year), kept in one Float64Array per year so a step is a
// few tight loops over ~2,000 cells instead of nested objects: simulation runs thousands of steps.

/**
 * Number of settings in the dense state arrays.
 *
 * @example
 * S; // 6
 */
export const S = SETTINGS.length;
/**
 * Number of need codes in the dense state arrays.
 *
 * @example
 * N; // 13
 */
export const N = NEED_CODES.length;
/**
 * Number of NC years in the dense state arrays, -5 to 20 (birth to 25).
 *
 * @example
 * Y; // 26
 */
export const Y = NC_YEAR_MAX - NC_YEAR_MIN + 1;
/**
 * Destinations of a transition: the settings, then `left` at index S.
 *
 * @example
 * D; // 7
 */
export const D = S + 1;
/**
 * Index of the `left` destination (the EHCP ends), after the settings.
 *
 * @example
 * LEFT; // 6
 */
export const LEFT = S;
/**
 * Cells in one year's state array: settings × needs × NC years.
 *
 * @example
 * CELLS; // 2028
 */
export const CELLS = S * N * Y;

/**
 * Index of the cell (setting, need, NC year) in a state array.
 *
 * @example
 * cell(0, 0, -5); // 0: mainstream, ASD, NC year -5 is the first cell
 * cell(0, 0, -4); // 1
 */
export function cell(setting: number, need: number, ncYear: number): number {
  return (setting * N + need) * Y + (ncYear - NC_YEAR_MIN);
}

/**
 * Position of each setting in the state arrays (SETTINGS order).
 *
 * @example
 * SETTING_INDEX.independent; // 3
 */
export const SETTING_INDEX: Record<Setting, number> = Object.fromEntries(SETTINGS.map((s, i) => [s, i])) as Record<
  Setting,
  number
>;
/**
 * Position of each need code in the state arrays (the DfE's order).
 *
 * @example
 * NEED_INDEX.SEMH; // 1
 */
export const NEED_INDEX: Record<NeedCode, number> = Object.fromEntries(NEED_CODES.map((n, i) => [n, i])) as Record<
  NeedCode,
  number
>;
/**
 * Index of the SRP setting.
 *
 * @example
 * SRP; // 1
 */
export const SRP = SETTING_INDEX.srp;
/**
 * Index of the maintained special school setting.
 *
 * @example
 * SPECIAL; // 2
 */
export const SPECIAL = SETTING_INDEX['maintained-special'];
/**
 * Index of the independent setting.
 *
 * @example
 * INDEPENDENT; // 3
 */
export const INDEPENDENT = SETTING_INDEX.independent;
/**
 * The capped local settings, in the order the model fills them.
 *
 * @example
 * CAPPED; // [1, 2]: SRP first, then maintained special
 */
export const CAPPED = [SRP, SPECIAL] as const;
