/**
 * The type of an entry point's parameter that is validated at run time: `T` is what the entry point
 * expects, and what an editor offers as completions and shows on hover, but any value is accepted
 * (parsed JSON, a form's fields typed `unknown`), since validation names whatever is wrong in a
 * ValidationError. Written this way, not `T | unknown`, because TypeScript reduces that union to
 * `unknown` and editors then offer nothing: `NonNullable<unknown>` is `{}`, which keeps T's fields
 * in view while still taking every value `unknown` takes.
 *
 * @example
 * declare function rank(policy?: Loose<{ maxDistanceKm?: number }>): void;
 * rank({ maxDistanceKm: 40 }); // the editor offers maxDistanceKm
 * rank(JSON.parse(text) as unknown); // accepted too: checked when it runs
 */
export type Loose<T> = T | NonNullable<unknown> | null | undefined;
