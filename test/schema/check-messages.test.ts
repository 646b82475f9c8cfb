// Every bound the library checks says, in its own message, what it checks: zod v4 passes a type's
// message on to a check given none ("must be a number" for a number over its maximum), so each
// check built with zod/mini's factories is recorded as src/ is loaded, and its message must exist
// and name its bound (1000000, 1,000,000 or 1e15 for a bound of a million, "empty" for a minimum
// length of 1, "one" for a length of 1). A failure names the file and line of the check.
import { describe, expect, it, vi } from 'vitest';

type Recorded = { check: string; bound: unknown; message: string | undefined; where: string };
const recorded: Recorded[] = [];

vi.mock('zod/mini', async (importOriginal) => {
  const z = await importOriginal<typeof import('zod/mini')>();
  const where = () =>
    (new Error().stack ?? '')
      .split('\n')
      .find((line) => line.includes('/src/'))
      ?.replace(/^.*\/src\//, 'src/')
      .replace(/\)$/, '') ?? 'unknown';
  const messageOf = (params: unknown): string | undefined => {
    const error = typeof params === 'string' ? params : (params as { error?: unknown } | undefined)?.error;
    if (typeof error === 'string') return error;
    if (typeof error === 'function') {
      const out = error({ input: undefined, code: 'custom' });
      return typeof out === 'string' ? out : (out as { message?: string } | undefined)?.message;
    }
    return undefined;
  };
  // Loosely typed on purpose: each wrapper records the call, then hands it on unchanged.
  type Factory = (...args: any[]) => unknown;
  const bounded = (check: string, factory: Factory) => (bound: unknown, params?: unknown) => {
    recorded.push({ check, bound, message: messageOf(params), where: where() });
    return factory(bound, params);
  };
  const signed = (check: string, factory: Factory) => (params?: unknown) => {
    recorded.push({ check, bound: 0, message: messageOf(params), where: where() });
    return factory(params);
  };
  return {
    ...z,
    minimum: bounded('minimum', z.minimum),
    maximum: bounded('maximum', z.maximum),
    gt: bounded('gt', z.gt),
    gte: bounded('gte', z.gte),
    lt: bounded('lt', z.lt),
    lte: bounded('lte', z.lte),
    minLength: bounded('minLength', z.minLength),
    maxLength: bounded('maxLength', z.maxLength),
    length: bounded('length', z.length),
    positive: signed('positive', z.positive),
    nonnegative: signed('nonnegative', z.nonnegative),
    negative: signed('negative', z.negative),
    nonpositive: signed('nonpositive', z.nonpositive),
  };
});

/** The ways a message may write a bound: as JavaScript prints it, with thousands separators, or in words. */
function namesBound({ check, bound, message }: Recorded): boolean {
  if (message === undefined) return false;
  if (typeof bound !== 'number') return true; // a date or bigint bound: none in the library
  const forms = [String(bound), bound.toLocaleString('en-GB'), bound.toLocaleString('en-US')];
  if (Math.abs(bound) >= 1e6) forms.push(bound.toExponential().replace('e+', 'e'));
  if (check.endsWith('ength') && bound === 1) forms.push('one');
  if (check === 'minLength' && bound === 1) forms.push('empty');
  if (check === 'positive') forms.push('more than 0', 'above 0', 'positive');
  return forms.some((form) => message.includes(form));
}

describe('the messages of bounded checks', () => {
  it('are recorded for every zod/mini schema src/ builds as it loads', async () => {
    const modules = (
      import.meta as unknown as { glob: (pattern: string) => Record<string, () => Promise<unknown>> }
    ).glob('../../src/**/*.ts');
    for (const load of Object.values(modules)) await load();
    expect(recorded.length).toBeGreaterThan(50);
  });

  it('each have a message of their own that names their bound', () => {
    const wrong = recorded
      .filter((r) => !namesBound(r))
      .map((r) => `${r.where}: ${r.check}(${String(r.bound)}) says ${JSON.stringify(r.message ?? '(nothing)')}`);
    expect(wrong).toEqual([]);
  });

  it('would catch a check without a message, or one borrowed from elsewhere', () => {
    expect(namesBound({ check: 'maximum', bound: 5, message: undefined, where: '' })).toBe(false);
    expect(namesBound({ check: 'maximum', bound: 5, message: 'must be a number', where: '' })).toBe(false);
    expect(namesBound({ check: 'maximum', bound: 1e6, message: 'must be at most 1,000,000', where: '' })).toBe(true);
  });
});
