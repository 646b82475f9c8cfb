import type { Random } from '../../src/random.js';

// Invented syllables: joined, they make stems like "Quelivane" or "Tarvorrin" that no real school or
// town carries, so no synthetic school can be mistaken for (or defame) a real one.
const ONSETS = [
  'Quel',
  'Brav',
  'Zarn',
  'Thess',
  'Vorl',
  'Ysk',
  'Marr',
  'Oxl',
  'Pell',
  'Cadr',
  'Wynd',
  'Gald',
  'Hesk',
  'Lund',
  'Tarv',
  'Rosk',
  'Sarn',
  'Elv',
  'Dovr',
  'Fenk',
];
const CODAS = [
  'ivane',
  'amire',
  'oquay',
  'esk',
  'ubel',
  'ithe',
  'aven',
  'orrin',
  'ellow',
  'indle',
  'ara',
  'ethe',
  'ozzle',
  'ast',
];
const FEATURES = ['House', 'Lodge', 'Court', 'Grange', 'Hall', 'Manor', 'Farm', 'Mill', 'Fields', 'Gate'];

/** Hands out invented names, each stem used once, in a seeded order. */
export type Namer = {
  /** A special school's name: "Quelivane House School", "Tarvorrin College", ... */
  specialSchool(post16Only: boolean): string;
  /** A mainstream host school's name for an SRP base: "Zarnubel Primary School", ... */
  mainstreamSchool(phase: 'primary' | 'secondary'): string;
};

/**
 * Creates a namer whose stems come from the invented syllables above, shuffled by `rng`.
 *
 * @example
 * const namer = createNamer(createRandom(1));
 * namer.specialSchool(false); // 'Galdubel School'
 * namer.specialSchool(true); // 'Zarnorrin College'
 * namer.mainstreamSchool('primary'); // 'Tarvara Primary School'
 */
export function createNamer(rng: Random): Namer {
  const stems: string[] = [];
  for (const onset of ONSETS) for (const coda of CODAS) stems.push(onset + coda);
  // Fisher-Yates with the seeded generator, so the order (and so every name) follows the seed.
  for (let i = stems.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [stems[i], stems[j]] = [stems[j], stems[i]];
  }
  let next = 0;
  const stem = () => {
    if (next >= stems.length) throw new Error(`out of invented name stems (${stems.length})`);
    return stems[next++];
  };
  return {
    specialSchool(post16Only) {
      const s = stem();
      if (post16Only) return `${s} College`;
      const r = rng.next();
      if (r < 0.6) return `${s} ${rng.pick(FEATURES)} School`;
      if (r < 0.85) return `${s} School`;
      return `${s} Academy`;
    },
    mainstreamSchool(phase) {
      const s = stem();
      if (phase === 'primary')
        return rng.next() < 0.7 ? `${s} Primary School` : `${s} Church of England Primary School`;
      return rng.next() < 0.6 ? `${s} Academy` : `${s} High School`;
    },
  };
}
