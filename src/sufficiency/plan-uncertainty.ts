import type { Scenario } from '../schema/scenario.js';
import { DEFAULT_PLAN_CAPACITY, type PlanObjective } from './plan-capacity-options.js';
import { percentileSorted } from './percentile.js';
import { simulateTotals } from './simulate-sufficiency.js';

/** The saving of a plan across Monte Carlo runs: its mean and percentiles (`p5`, `p50`, `p95`). */
export type SavingUncertainty = { runs: number; seed: number; mean: number } & Record<string, number>;

/**
 * The saving of a plan under uncertainty: simulateSufficiency's runs of the scenario without and
 * with the plan, from the same seed, so each run draws the same assumptions for both and the
 * saving is a paired difference (the spread of the saving itself, not of two independent bands).
 * The plan's added places carry no range, so they leave the draws unchanged. Internal.
 *
 * @example
 * const u = savingUncertainty(kent, plan.scenario, 'spend', 200, 1); // kent: parseScenario(...)
 * u.p5 <= u.p50 && u.p50 <= u.p95; // true
 */
export function savingUncertainty(
  without: Scenario,
  withPlan: Scenario,
  objective: PlanObjective,
  runs: number,
  seed: number,
): SavingUncertainty {
  const key = objective === 'spend' ? 'spend' : 'independent';
  const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
  const a = simulateTotals(without, runs, seed)[key];
  const b = simulateTotals(withPlan, runs, seed)[key];
  const savings = Float64Array.from(a, (run, r) => sum(run) - sum(b[r])).sort();
  const out: SavingUncertainty = { runs, seed, mean: savings.reduce((t, x) => t + x, 0) / runs };
  for (const p of DEFAULT_PLAN_CAPACITY.percentiles) out[`p${p}`] = percentileSorted(savings, p);
  return out;
}
