import * as z from 'zod/mini';
import { NEED_CODES } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from './common.js';
import { WeightSchema } from './sourced-number.js';
import { SETTINGS } from './transition.js';

const NC_KEY = /^-?\d+$/;
const anyPositive = (w: Record<string, number | undefined>) => Object.values(w).some((v) => (v ?? 0) > 0);

/**
 * Relative weights over need codes, e.g. `{ ASD: 3, SEMH: 2 }`; normalised by the model.
 *
 * @example
 * NeedWeightsSchema.safeParse({ ASD: 3, SEMH: 2 }).success; // true
 * NeedWeightsSchema.safeParse({ ASD: 0 }).success; // false: at least one weight above 0
 */
// Keys are need codes as SEN2 writes them: a record keyed by a transforming schema (NeedCodeSchema reads
// any case) reports an unknown key as an aborting 'invalid_key', which would hide the scenario's other problems.
const NeedKeySchema = z.enum(NEED_CODES, { error: `need must be one of ${NEED_CODES.join(', ')}` });
export const NeedWeightsSchema = z
  .partialRecord(NeedKeySchema, WeightSchema, { error: 'needs must map need codes to weights' })
  .check(z.refine(anyPositive, { error: 'needs must give at least one need a weight above 0' }));

/**
 * Relative weights over NC years, e.g. `{ "7": 2, "8": 1 }`; normalised by the model. Keys are NC
 * years from -5 to 20 (NC_YEAR_MIN to NC_YEAR_MAX).
 *
 * @example
 * NcYearWeightsSchema.safeParse({ '7': 2, '8': 1 }).success; // true
 * NcYearWeightsSchema.safeParse({ seven: 1 }).success; // false: keys are NC years
 */
export const NcYearWeightsSchema = z
  .record(z.string(), WeightSchema, { error: 'ncYears must map NC years to weights' })
  .check(
    z.superRefine((w, ctx) => {
      let total = 0;
      for (const [key, v] of Object.entries(w)) {
        const year = Number(key);
        if (!NC_KEY.test(key) || year < NC_YEAR_MIN || year > NC_YEAR_MAX) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `key must be an NC year from ${NC_YEAR_MIN} to ${NC_YEAR_MAX}`,
            input: key,
          });
        }
        total += typeof v === 'number' ? v : 0;
      }
      if (!(total > 0))
        ctx.addIssue({ code: 'custom', message: 'ncYears must give at least one NC year a weight above 0', input: w });
    }),
  );

/**
 * A setting of the sufficiency model.
 *
 * @example
 * SettingEnum.safeParse('srp').success; // true
 */
export const SettingEnum = z.enum(SETTINGS, { error: `setting must be one of ${SETTINGS.join(', ')}` });

/**
 * Relative weights over settings (where joiners go).
 *
 * @example
 * SettingWeightsSchema.safeParse({ mainstream: 3, srp: 1 }).success; // true
 */
export const SettingWeightsSchema = z
  .partialRecord(SettingEnum, WeightSchema, { error: 'settings must map settings to weights' })
  .check(z.refine(anyPositive, { error: 'settings must give at least one setting a weight above 0' }));

const DESTINATIONS = [...SETTINGS, 'left'] as const;

/**
 * Relative weights over destinations: settings and `left` (the EHCP ends).
 *
 * @example
 * DestinationWeightsSchema.safeParse({ srp: 0 }).success; // false: at least one weight above 0
 */
export const DestinationWeightsSchema = z
  .partialRecord(
    z.enum(DESTINATIONS, { error: `destination must be one of ${DESTINATIONS.join(', ')}` }),
    WeightSchema,
    {
      error: 'to must map destinations to weights',
    },
  )
  .check(z.refine(anyPositive, { error: 'to must give at least one destination a weight above 0' }));
