import * as z from 'zod/mini';
import { NC_YEAR_MAX, NC_YEAR_MIN, NcYearSchema } from '../schema/common.js';
import { runsText } from '../schema/runs-text.js';

type Band = [number, number];

const isNcYear = (y: unknown): y is number =>
  Number.isInteger(y) && (y as number) >= NC_YEAR_MIN && (y as number) <= NC_YEAR_MAX;
const bandText = ([lo, hi]: Band) => `[${lo}, ${hi}]`;

/**
 * The NC-year bands estimateTransitions pools moves over, checked against the NC years a history's
 * moves enter: each band lowest first (`reversed_band`), no NC year in two bands
 * (`overlapping_bands`, at the later band), and every NC year entered in a band
 * (`uncovered_nc_years`, at `bands`): a move into no band would drop out of the rates without a word.
 *
 * @param entered the NC years the history's moves enter (each mover's ncYear1 + 1)
 * @example
 * bandsSchema([6, 7, 8]).safeParse([[-5, 6], [8, 20]]).error?.issues[0].message;
 * // 'no band covers NC year 7, which moves in the history enter: every NC year moved into must be in one band'
 */
export function bandsSchema(entered: readonly number[]) {
  return z
    .array(z.tuple([NcYearSchema, NcYearSchema], { error: 'a band must be [lowest, highest]' }), {
      error: 'bands must be a list of [lowest, highest] NC years',
    })
    .check(
      z.minLength(1, { error: 'bands must not be empty' }),
      z.superRefine((bands, ctx) => {
        // A band whose NC years are not valid already has its issue; checks across bands need them all valid.
        if (bands.length === 0 || !bands.every(([lo, hi]) => isNcYear(lo) && isNcYear(hi))) return;
        const bandOf = new Map<number, number>();
        bands.forEach(([lo, hi], i) => {
          if (lo > hi) {
            ctx.addIssue({
              code: 'custom',
              path: [i],
              message: `band ${bandText([lo, hi])} runs backwards: write it lowest first, ${bandText([hi, lo])}`,
              input: bands[i],
              params: { code: 'reversed_band' },
            });
            return;
          }
          const shared: number[] = [];
          let first: number | undefined;
          for (let y = lo; y <= hi; y++) {
            const at = bandOf.get(y);
            if (at === undefined) bandOf.set(y, i);
            else {
              shared.push(y);
              first ??= at;
            }
          }
          if (first !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [i],
              message:
                `band ${bandText([lo, hi])} overlaps bands[${first}], ${bandText(bands[first])}, in NC years ` +
                `${runsText(shared)}: each NC year must be in one band`,
              input: bands[i],
              params: { code: 'overlapping_bands' },
            });
        });
        // Coverage is only worth saying of bands that are each the right way round.
        if (bands.some(([lo, hi]) => lo > hi)) return;
        const uncovered = [...new Set(entered)].filter((y) => !bandOf.has(y)).sort((a, b) => a - b);
        if (uncovered.length > 0)
          ctx.addIssue({
            code: 'custom',
            path: [],
            message:
              `no band covers NC year${uncovered.length > 1 ? 's' : ''} ${runsText(uncovered)}, which moves in the ` +
              'history enter: every NC year moved into must be in one band',
            input: bands,
            params: { code: 'uncovered_nc_years' },
          });
      }),
    );
}
