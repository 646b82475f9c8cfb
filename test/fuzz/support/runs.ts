// How much fuzzing to do: FUZZ_RUNS cases per entry point (small by default so CI takes seconds;
// `npm run fuzz` sets 10,000), from a fixed seed so a CI failure can be replayed. FUZZ_SEED varies it.

/** Cases per entry point when FUZZ_RUNS is not set: enough to hit every generator branch, quick in CI. */
export const DEFAULT_FUZZ_RUNS = 40;

/** Cases per entry point for this run. */
export const FUZZ_RUNS = positiveInteger(process.env.FUZZ_RUNS) ?? DEFAULT_FUZZ_RUNS;

/** Seed of every fuzz property; fixed unless FUZZ_SEED is set, so a run is reproducible. */
export const FUZZ_SEED = positiveInteger(process.env.FUZZ_SEED) ?? 20260801;

/** Whether this is a full-size run (`npm run fuzz`) rather than the CI quick size. */
export const FULL_SIZE = FUZZ_RUNS > DEFAULT_FUZZ_RUNS;

/**
 * A test timeout for `runs` cases at a generous `msPerCase`: full-size runs outlast vitest's default,
 * and a timeout is a safety net here, never an assertion about speed.
 */
export function timeoutFor(runs: number, msPerCase = 50): number {
  return 30_000 + runs * msPerCase;
}

/** A stable per-name seed, so adding an entry point does not change the cases of the others. */
export function seedFor(name: string): number {
  let h = FUZZ_SEED >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h | 0;
}

function positiveInteger(text: string | undefined): number | undefined {
  const n = Number(text);
  return text !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}
