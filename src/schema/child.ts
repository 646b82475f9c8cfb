import * as z from 'zod/mini';
import { IdentifierSchema, LatLonSchema, labelEnum, NcYearSchema, NeedCodeSchema, parseWith } from './common.js';
import { MAX_CHILDREN, withMaxItems } from './limits.js';

/**
 * A child with an EHCP, as the matcher sees it. The id is pseudonymous: never a name.
 *
 * @example
 * ChildSchema.safeParse({ id: 'C0001', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } }).success; //
 *   true
 */
export const ChildSchema = z.object({
  id: z.pipe(IdentifierSchema, z.string().check(z.maxLength(200, { error: 'id must be at most 200 characters' }))),
  primaryNeed: NeedCodeSchema,
  secondaryNeeds: z.optional(z.array(NeedCodeSchema, { error: 'secondaryNeeds must be a list of need codes' })),
  ncYear: NcYearSchema,
  sex: z.optional(labelEnum(['female', 'male'], "sex must be 'female' or 'male'", { f: 'female', m: 'male' })),
  home: LatLonSchema,
  residential: z.optional(z.boolean({ error: 'must be true or false' })),
  namedSchoolUrn: z.optional(IdentifierSchema),
  maxDistanceKm: z.optional(
    z.number({ error: 'must be a number' }).check(z.positive({ error: 'maxDistanceKm must be more than 0' })),
  ),
});

/** A child with an EHCP (see ChildSchema). */
export type Child = z.infer<typeof ChildSchema>;

/** A child as the entry points accept it, before validation: codes and labels as strings, ids as numbers too. */
export type ChildInput = z.input<typeof ChildSchema>;

/**
 * Validates one child record.
 *
 * @param input anything, typically parsed JSON or a CSV row already converted to fields
 * @returns the typed child
 * @throws ValidationError listing every problem, each with its field path; the message names no value
 * @example
 * parseChild({ id: 'C0001', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } });
 * // -> { id: 'C0001', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.28, lon: 1.08 } }
 */
export function parseChild(input: unknown): Child {
  return parseWith(ChildSchema, input, 'child');
}

/**
 * A list of children with unique ids. A repeat names the id, unless `namesId` is false: pseudonymise's
 * errors must not show the ids it exists to hide (the paths of both entries say where they are).
 */
const childArraySchema = (namesId: boolean) =>
  z.array(ChildSchema, { error: 'children must be a list' }).check(
    z.superRefine((children, ctx) => {
      const seen = new Map<string, number>();
      children.forEach((child, i) => {
        const first = seen.get(child.id);
        if (first === undefined) seen.set(child.id, i);
        else
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: `duplicate child id ${namesId ? `${child.id} ` : ''}(first at [${first}])`,
            params: { code: 'duplicate' },
          });
      });
    }),
  );
const LIST_HINT = 'split it, or stream the children through createMatcher(schools).rankMany, which has no limit';

/**
 * A list of children with unique ids, at most MAX_CHILDREN long: the length is checked first, so a
 * huge list fails at once, before any child is read.
 *
 * @example
 * ChildListSchema.safeParse(new Array(MAX_CHILDREN + 1).fill({})).error?.issues.length; // 1: the count and the limit
 */
export const ChildListSchema = withMaxItems(childArraySchema(true), MAX_CHILDREN, 'children', LIST_HINT);

/**
 * ChildListSchema whose messages never show a child's id, only its position: for pseudonymise.
 *
 * @example
 * UnnamedChildListSchema.safeParse([child, child]).error?.issues[0].message; // 'duplicate child id (first at [0])'
 */
export const UnnamedChildListSchema = withMaxItems(childArraySchema(false), MAX_CHILDREN, 'children', LIST_HINT);

/**
 * Validates a list of children and checks that no id appears twice.
 *
 * @throws ValidationError with paths like `[12].ncYear`
 * @example
 * parseChildren([{ id: 'C1', primaryNeed: 'SEMH', ncYear: 9, home: { lat: 51.28, lon: 1.08 } }]).length; // 1
 */
export function parseChildren(input: unknown): Child[] {
  return parseWith(ChildListSchema, input, 'children');
}
