import * as z from 'zod/mini';
import { NEED_CODES } from '../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN, labelEnum } from './common.js';
import { nearestNeedCode, needCodeOf } from './need-code-of.js';
import { plainWord } from './nearest.js';
import { WeightSchema } from './sourced-number.js';
import { SETTINGS } from './transition.js';

const NC_KEY = /^-?\d+$/;
const anyPositive = (w: Record<string, number | undefined>) => Object.values(w).some((v) => (v ?? 0) > 0);

/**
 * A record whose keys name things (needs, settings) as people write them: each key is read by
 * `keyOf` (`asd`, `Autism Spectrum Condition` for ASD; `SRP` for srp) and comes out as the
 * library's code. A key that means nothing gets its own issue, at its own path, saying what it
 * should be; two keys meaning the same thing are an issue too (`duplicate`), rather than one
 * silently winning. Values are checked by `value`, each at its key.
 *
 * @param keyOf the code a key means, or undefined
 * @param unknownKey what to say of a key that means nothing
 * @param value the schema of each value
 * @param error what to say when the whole is not an object
 * @example
 * const needs = keyedRecord(needCodeOf, (key) => `"${key}" is not a need`, z.number(), 'must be an object');
 * needs.parse({ asd: 2, 'Severe Learning Difficulty': 1 }); // { ASD: 2, SLD: 1 }
 * needs.safeParse({ ASD: 1, asd: 2 }).error?.issues[0].message; // 'means ASD, which "ASD" gives already'
 */
export function keyedRecord<K extends string, V extends z.core.$ZodType>(
  keyOf: (key: string) => K | undefined,
  unknownKey: (key: string) => string,
  value: V,
  error: string,
) {
  return z.pipe(
    // A key written with no value (undefined) is left out, as a partial record leaves it. Keys are
    // checked beside the values (a check, not the transform), so a bad key and a bad value in the
    // same record are both reported at once.
    z.record(z.string(), z.optional(value), { error }).check(
      z.superRefine((input, ctx) => {
        const given = new Map<K, string>();
        for (const [key, v] of Object.entries(input)) {
          if (v === undefined) continue;
          const code = keyOf(key);
          const first = code === undefined ? undefined : given.get(code);
          // `continue`: the problem is this key's alone, so the scenario's other checks still run and report.
          if (code === undefined)
            ctx.addIssue({ code: 'custom', path: [key], message: unknownKey(key), input: key, continue: true });
          else if (first !== undefined) {
            const message = `means ${code}, which "${first}" gives already`;
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message,
              input: key,
              params: { code: 'duplicate' },
              continue: true,
            });
          } else given.set(code, key);
        }
      }),
    ),
    // Reached only when every key means something once: each comes out as its code.
    z.transform((input) => {
      const out: Partial<Record<K, z.output<V>>> = {};
      for (const [key, v] of Object.entries(input) as [string, z.output<V> | undefined][]) {
        const code = keyOf(key);
        if (v !== undefined && code !== undefined) out[code] = v;
      }
      return out;
    }),
  );
}

/** The code of a setting (or destination) written in any case and spacing: `SRP`, `Maintained Special`. */
function settingOf<const T extends readonly string[]>(codes: T) {
  const byKey = new Map(codes.map((code) => [plainWord(code), code]));
  return (text: string): T[number] | undefined => byKey.get(plainWord(text));
}

/** What to say of a key that is no need. */
function notANeed(key: string): string {
  const near = nearestNeedCode(key);
  const codes = `a code (${NEED_CODES.join(', ')}) or its DfE name`;
  return near
    ? `"${key}" is not a need; did you mean ${near}? Write ${codes}`
    : `"${key}" is not a need; write ${codes}`;
}

/**
 * Relative weights over needs, e.g. `{ ASD: 3, SEMH: 2 }`; normalised by the model. A need may be
 * written as files write it (`asd`, `Autistic Spectrum Disorder`; see needCodeOf); it comes out as its code.
 *
 * @example
 * NeedWeightsSchema.safeParse({ ASD: 3, SEMH: 2 }).success; // true
 * NeedWeightsSchema.parse({ 'Autism Spectrum Condition': 1 }); // { ASD: 1 }
 * NeedWeightsSchema.safeParse({ ASD: 0 }).success; // false: at least one weight above 0
 */
export const NeedWeightsSchema = keyedRecord(
  needCodeOf,
  notANeed,
  WeightSchema,
  'needs must map needs to weights, such as { "ASD": 3, "SEMH": 2 }',
).check(z.refine(anyPositive, { error: 'needs must give at least one need a weight above 0' }));

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
export const SettingEnum = labelEnum(SETTINGS, `setting must be one of ${SETTINGS.join(', ')}`);

/**
 * Relative weights over settings (where joiners go).
 *
 * @example
 * SettingWeightsSchema.safeParse({ mainstream: 3, srp: 1 }).success; // true
 */
export const SettingWeightsSchema = settingRecord(WeightSchema, 'settings must map settings to weights').check(
  z.refine(anyPositive, { error: 'settings must give at least one setting a weight above 0' }),
);

const DESTINATIONS = [...SETTINGS, 'left'] as const;

/**
 * Relative weights over destinations: settings and `left` (the EHCP ends).
 *
 * @example
 * DestinationWeightsSchema.safeParse({ srp: 0 }).success; // false: at least one weight above 0
 */
export const DestinationWeightsSchema = keyedRecord(
  settingOf(DESTINATIONS),
  (key) => `"${key}" is not a destination; the destinations are ${DESTINATIONS.join(', ')}`,
  WeightSchema,
  'to must map destinations to weights',
).check(z.refine(anyPositive, { error: 'to must give at least one destination a weight above 0' }));

/**
 * A record keyed by settings written in any case and spacing (`SRP`, `Maintained Special`), each
 * key coming out as the setting's code; for the scenario's costs by setting.
 *
 * @example
 * settingRecord(z.number(), 'must map settings to numbers').parse({ SRP: 1 }); // { srp: 1 }
 */
export function settingRecord<V extends z.core.$ZodType>(value: V, error: string) {
  return keyedRecord(
    settingOf(SETTINGS),
    (key) => `"${key}" is not a setting; the settings are ${SETTINGS.join(', ')}`,
    value,
    error,
  );
}
