import { NC_YEAR_MAX, NC_YEAR_MIN } from '../schema/common.js';

/**
 * NC year = age - 4: the DfE's SEN2 tables give a young person's age at the start of the school year
 * (31 August), when a Reception child is 4 and a Year 7 pupil 11, so the published bands follow the
 * phases: "Age 5 to 10" is Years 1 to 6, "Age 11 to 15" Years 7 to 11.
 */
const AGE_TO_NC_YEAR = -4;

/**
 * The NC years of a SEN2 age band ("Under age 5", "Age 5 to 10", "Age 11 to 15", "Age 16 to 19",
 * "Age 20 to 25", and the same without "Age" or with "Aged"), clamped to -5 to 20: "Under age 5" is
 * birth to Reception, [-5, 0]; "Age 16 to 19" is [12, 15]; "Age 20 to 25" is [16, 20], the year a
 * young person turns 25 being the last of an EHCP. Undefined for a label that is not a band (`Total`).
 *
 * @example
 * ageBandNcYears('Age 16 to 19'); // [12, 15]
 * ageBandNcYears('Age 20 to 25'); // [16, 20]
 * ageBandNcYears('Under age 5'); // [-5, 0]
 * ageBandNcYears('Total'); // undefined
 */
export function ageBandNcYears(label: string): [number, number] | undefined {
  const text = label.trim().toLowerCase();
  const clamp = (y: number) => Math.min(NC_YEAR_MAX, Math.max(NC_YEAR_MIN, y));
  const range = /^(?:aged?\s+)?(\d{1,2})\s*(?:to|-)\s*(\d{1,2})$/.exec(text);
  if (range && Number(range[1]) <= Number(range[2]))
    return [clamp(Number(range[1]) + AGE_TO_NC_YEAR), clamp(Number(range[2]) + AGE_TO_NC_YEAR)];
  const under = /^under\s+(?:age\s+)?(\d{1,2})$/.exec(text);
  if (under) return [NC_YEAR_MIN, clamp(Number(under[1]) - 1 + AGE_TO_NC_YEAR)];
  return undefined;
}
