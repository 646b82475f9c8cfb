// Generators of bad input: hostile single values, arbitrary JSON, and a mutation that breaks a valid
// value in one place (one field replaced, removed or added; one list element repeated; a list emptied).
import fc from 'fast-check';

const CONTROL = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  minLength: 1,
  maxLength: 6,
});

/** Single values a spreadsheet or a careless caller can produce, each a classic source of NaN or crashes. */
export const nastyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>(
      NaN,
      Infinity,
      -Infinity,
      -0,
      0,
      1e300,
      -1e300,
      -1,
      0.5,
      -0.5,
      1.5,
      2 ** 53 + 2,
      Number.MIN_VALUE,
      Number.MAX_VALUE,
    ),
  },
  {
    weight: 4,
    arbitrary: fc.constantFrom<unknown>(
      '',
      ' ',
      '\u0000',
      '\u202e',
      '\ufeff',
      'é',
      '😀',
      'NaN',
      'Infinity',
      '1e300',
      'null',
      '-0',
      '0x10',
      '1,5',
      '__proto__',
      'constructor',
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      undefined,
      true,
      false,
      [],
      {},
      [null],
      [NaN],
      { lat: NaN, lon: 0 },
      [1, 0],
      [5, 1],
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: CONTROL },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  {
    weight: 1,
    arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }),
  },
);

/** Anything at all, JSON or not. */
export const anythingArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withNullPrototype: true,
    withBoxedValues: true,
    withSparseArray: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
  }),
  fc.jsonValue({ maxDepth: 3 }),
  nastyValueArb,
);

type Slot = { parent: Record<string | number, unknown> | null; key: string | number; value: unknown };

function slotsOf(value: unknown, out: Slot[] = [], parent: Slot['parent'] = null, key: string | number = ''): Slot[] {
  out.push({ parent, key, value });
  if (Array.isArray(value)) value.forEach((v, i) => slotsOf(v, out, value as unknown as Slot['parent'], i));
  else if (value !== null && typeof value === 'object')
    for (const k of Object.keys(value)) slotsOf((value as Record<string, unknown>)[k], out, value as Slot['parent'], k);
  return out;
}

/** One way to break a value at one place. */
export type Mutation =
  | { op: 'replace'; pick: number; with: unknown }
  | { op: 'remove'; pick: number }
  | { op: 'extra-field'; pick: number; name: string; with: unknown }
  | { op: 'repeat-element'; pick: number }
  | { op: 'empty'; pick: number }
  | { op: 'vacancies-over-capacity'; pick: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), with: nastyValueArb }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('extra-field' as const),
      pick: fc.nat(),
      name: fc.constantFrom('name', 'notes', '__proto__', 'constructor', 'x', ''),
      with: nastyValueArb,
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('repeat-element' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('empty' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('vacancies-over-capacity' as const), pick: fc.nat() }) },
);

/**
 * Applies `mutation` to a deep copy of `value`: the place is picked among every field and element
 * (the value itself included), so each generated case breaks exactly one thing.
 */
export function applyMutation(value: unknown, mutation: Mutation): unknown {
  const root = structuredClone(value);
  const slots = slotsOf(root);
  const slot = slots[mutation.pick % slots.length];
  const set = (v: unknown) => {
    if (slot.parent === null) return v;
    slot.parent[slot.key] = v;
    return root;
  };
  const target = slot.value;
  switch (mutation.op) {
    case 'replace':
      return set(mutation.with);
    case 'remove':
      if (slot.parent === null) return undefined;
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key];
      return root;
    case 'extra-field':
      if (Array.isArray(target)) target.push(mutation.with);
      else if (target !== null && typeof target === 'object')
        Object.defineProperty(target, mutation.name, {
          value: mutation.with,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else return set(mutation.with);
      return root;
    case 'repeat-element': {
      // A repeated element is a duplicate URN or child id when the list holds schools or children.
      const list =
        Array.isArray(target) && target.length > 0
          ? target
          : Array.isArray(slot.parent)
            ? (slot.parent as unknown[])
            : undefined;
      if (list && list.length > 0) list.push(structuredClone(list[mutation.pick % list.length]));
      return root;
    }
    case 'empty':
      return set(Array.isArray(target) ? [] : target !== null && typeof target === 'object' ? {} : target);
    case 'vacancies-over-capacity': {
      const schools = slots.filter(
        (s) => s.value !== null && typeof s.value === 'object' && 'capacity' in s.value && 'vacancies' in s.value,
      );
      if (schools.length === 0) return root;
      const school = schools[mutation.pick % schools.length].value as { capacity: number; vacancies: number };
      school.vacancies = (Number.isFinite(school.capacity) ? school.capacity : 0) + 1 + (mutation.pick % 5);
      return root;
    }
  }
}

/** Values from `valid`, each broken in exactly one place. */
export function mutated<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, mutationArb).map(([value, mutation]) => applyMutation(value, mutation));
}
