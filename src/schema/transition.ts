import { z } from 'zod';
import { NcYearSchema, NeedCodeSchema, parseWith } from './common.js';

/**
 * Settings a child with an EHCP can be in, as the sufficiency model counts them.
 *
 * @example
 * SETTINGS.includes('srp'); // true
 */
export const SETTINGS = ['mainstream', 'srp', 'maintained-special', 'independent', 'non-maintained', 'other'] as const;
/** A setting. */
export type Setting = (typeof SETTINGS)[number];

/**
 * One child's move from one January census to the next: the layout of the widely used transitions
 * file (`calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2`), with
 * settings already mapped to ours. A joiner comes from `new` (no EHCP the year before; need-1 and
 * academic-year-1 absent); a leaver goes to `left` (need-2 and academic-year-2 absent).
 *
 * @example
 * TransitionSchema.safeParse({ calendarYear: 2024, setting1: 'new', setting2: 'independent', need2: 'ASD', ncYear2: 7
 *   }).success; // true
 */
export const TransitionSchema = z
  .object({
    calendarYear: z.number({ error: 'must be a year' }).int({ error: 'must be a whole year' }),
    setting1: z.enum([...SETTINGS, 'new'], { error: `setting-1 must be one of ${[...SETTINGS, 'new'].join(', ')}` }),
    need1: z.optional(NeedCodeSchema),
    ncYear1: z.optional(NcYearSchema),
    setting2: z.enum([...SETTINGS, 'left'], { error: `setting-2 must be one of ${[...SETTINGS, 'left'].join(', ')}` }),
    need2: z.optional(NeedCodeSchema),
    ncYear2: z.optional(NcYearSchema),
  })
  .superRefine((t, ctx) => {
    if (t.setting1 !== 'new') {
      if (t.need1 === undefined)
        ctx.addIssue({ code: 'custom', path: ['need1'], message: 'is required unless setting-1 is new' });
      if (t.ncYear1 === undefined)
        ctx.addIssue({ code: 'custom', path: ['ncYear1'], message: 'is required unless setting-1 is new' });
    }
    if (t.setting2 !== 'left') {
      if (t.need2 === undefined)
        ctx.addIssue({ code: 'custom', path: ['need2'], message: 'is required unless setting-2 is left' });
      if (t.ncYear2 === undefined)
        ctx.addIssue({ code: 'custom', path: ['ncYear2'], message: 'is required unless setting-2 is left' });
    }
    if (t.setting1 === 'new' && t.setting2 === 'left') {
      ctx.addIssue({ code: 'custom', path: ['setting2'], message: 'a record cannot both join and leave' });
    }
  });

/** One year-to-year transition of one child. */
export type Transition = z.infer<typeof TransitionSchema>;

/**
 * Validates a list of transitions (a child-level history).
 *
 * @example
 * parseTransitions([{ calendarYear: 2024, setting1: 'mainstream', need1: 'ASD', ncYear1: 6,
 *   setting2: 'independent', need2: 'ASD', ncYear2: 7 }]).length; // 1
 */
export function parseTransitions(input: unknown): Transition[] {
  return parseWith(z.array(TransitionSchema, { error: 'transitions must be a list' }), input, 'transitions');
}
