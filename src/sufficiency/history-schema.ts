import * as z from 'zod/mini';
import { SCENARIO_LIMITS } from '../schema/scenario-limits.js';
import { TransitionSchema } from '../schema/transition.js';

const FIRST = SCENARIO_LIMITS.minYear;
// The census after a record (calendarYear + 1) becomes a scenario's base year, so it must be one.
const LAST = SCENARIO_LIMITS.maxYear - 1;

/**
 * A child-level transitions history as estimateTransitions and backtestProjection take it: a list
 * of Transition records whose calendar years lie from 1900 to 2199 (SCENARIO_LIMITS), so that the
 * census after the last record can be a scenario's base year. Internal: the two entry points parse
 * with it, and a year outside is a ValidationError naming the record.
 *
 * @example
 * HistorySchema.safeParse([{ calendarYear: 5000, setting1: 'new', setting2: 'srp', need2: 'ASD', ncYear2: 7 }])
 *   .error?.issues[0].path; // [0, 'calendarYear']
 */
export const HistorySchema = z.array(
  TransitionSchema.check(
    z.superRefine((t, ctx) => {
      // A year that is not a whole number already has its issue; one message a field is enough.
      if (Number.isSafeInteger(t.calendarYear) && (t.calendarYear < FIRST || t.calendarYear > LAST)) {
        ctx.addIssue({
          code: 'custom',
          path: ['calendarYear'],
          message: `must be a year from ${FIRST} to ${LAST}`,
          input: t.calendarYear,
        });
      }
    }),
  ),
  { error: 'history must be a list of transitions' },
);
