import type { Random } from '../../src/random.js';

/**
 * A shuffled copy of `items` (Fisher-Yates), its order set by the seeded generator.
 *
 * @example
 * shuffle(createRandom(1), [1, 2, 3]); // [1, 3, 2]
 */
export function shuffle<T>(rng: Random, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
