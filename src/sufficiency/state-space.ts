import { NEED_CODES, type NeedCode } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from '../schema/common.js';
import { SETTINGS, type Setting } from '../schema/transition.js';

// The model's states are (setting, need, NC year), kept in one Float64Array per year so a step is a
// few tight loops over ~1,300 cells instead of nested objects: simulation runs thousands of steps.

/** Number of settings, needs and NC years in the dense state arrays. */
export const S = SETTINGS.length;
export const N = NEED_CODES.length;
export const Y = NC_YEAR_MAX - NC_YEAR_MIN + 1;
/** Destinations of a transition: the settings, then `left` at index S. */
export const D = S + 1;
export const LEFT = S;
export const CELLS = S * N * Y;

/**
 * Index of the cell (setting, need, NC year) in a state array.
 *
 * @example
 * cell(0, 0, -2); // 0: mainstream, ASD, NC year -2 is the first cell
 * cell(0, 0, -1); // 1
 */
export function cell(setting: number, need: number, ncYear: number): number {
  return (setting * N + need) * Y + (ncYear - NC_YEAR_MIN);
}

export const SETTING_INDEX: Record<Setting, number> = Object.fromEntries(SETTINGS.map((s, i) => [s, i])) as Record<Setting, number>;
export const NEED_INDEX: Record<NeedCode, number> = Object.fromEntries(NEED_CODES.map((n, i) => [n, i])) as Record<NeedCode, number>;
export const SRP = SETTING_INDEX.srp;
export const SPECIAL = SETTING_INDEX['maintained-special'];
export const INDEPENDENT = SETTING_INDEX.independent;
/** The capped local settings, in the order the model fills them. */
export const CAPPED = [SRP, SPECIAL] as const;
