import { z } from 'zod';
import { parseWith } from '../schema/common.js';
import { SCENARIO_LIMITS, type Scenario, parseScenario } from '../schema/scenario.js';
import { SETTINGS, type Setting, type Transition } from '../schema/transition.js';
import { ValidationError, isValidationError } from '../schema/validation-error.js';
import { estimateTransitions } from './estimate-transitions.js';
import { HistorySchema } from './history-schema.js';
import { projectValid } from './project-sufficiency.js';

/** Options of backtestProjection: how many record years to fit on, and how many after them to test. */
export type BacktestProjectionOptions = { fitYears: number; testYears: number };

/** Error of one setting's projected stock against the actual census, over the test years. */
export type SettingError = {
  setting: Setting | 'total';
  actual: number[];
  projected: number[];
  /** Mean absolute error, children. */
  mae: number;
  /** Mean absolute percentage error in [0, ...), over years with children; null when there were none. */
  mape: number | null;
  /** Mean of projected - actual: above 0 means the model over-projects. */
  bias: number;
};

/** Result of backtestProjection. */
export type ProjectionBacktest = {
  /** Record years fitted on (year of the first census). */
  fitYears: number[];
  /** Census years compared. */
  testYears: number[];
  bySetting: SettingError[];
  total: SettingError;
};

const OptionsSchema = z.object(
  {
    fitYears: z
      .number({ error: 'fitYears must be a whole number' })
      .int({ error: 'fitYears must be a whole number' })
      .min(1, { error: 'fitYears must be at least 1' }),
    testYears: z
      .number({ error: 'testYears must be a whole number' })
      .int({ error: 'testYears must be a whole number' })
      .min(1, { error: 'testYears must be at least 1' })
      .max(SCENARIO_LIMITS.maxYears, {
        error:
          `testYears must be at most ${SCENARIO_LIMITS.maxYears}, the longest projection ` +
          `(SCENARIO_LIMITS.maxYears)`,
      }),
  },
  { error: 'options must be an object: { fitYears, testYears }' },
);

function errorOf(setting: Setting | 'total', actual: number[], projected: number[]): SettingError {
  const n = actual.length;
  let abs = 0;
  let bias = 0;
  let pct = 0;
  let withChildren = 0;
  for (let i = 0; i < n; i++) {
    const e = projected[i] - actual[i];
    abs += Math.abs(e);
    bias += e;
    if (actual[i] > 0) {
      pct += Math.abs(e) / actual[i];
      withChildren++;
    }
  }
  return { setting, actual, projected, mae: abs / n, mape: withChildren ? pct / withChildren : null, bias: bias / n };
}

/**
 * The scenario a backtest projects: the estimate, uncapped, with no spend. The estimate always fits
 * a scenario's bounds for a real history; should an odd one not (joiners scaled past the limits), the
 * error names the history, which is what the caller gave, rather than a scenario they never wrote.
 */
function scenarioOf(est: ReturnType<typeof estimateTransitions>, testYears: number): Scenario {
  try {
    return parseScenario({
      name: 'backtest',
      baseYear: est.baseYear,
      endYear: est.baseYear + testYears,
      maxNcYear: est.maxNcYear,
      stock: est.stock,
      joiners: est.joiners,
      transitions: est.transitions,
      independentRegardless: { value: 0, source: 'backtest: the history already shows where children went' },
      capacity: {},
      costs: { feeUpliftRate: { value: 0, source: 'backtest: no spend' }, bySetting: {} },
    });
  } catch (e) {
    if (!isValidationError(e)) throw e;
    throw new ValidationError(
      'transitions history',
      e.issues.map((i) => ({
        path: '(root)',
        message: `the scenario estimated from the fitted years is out of bounds at ${i.path}: ${i.message}`,
      })),
    );
  }
}

/**
 * Checks the transition model on history it has not seen: estimates the parameters from the first
 * `fitYears` record years, projects `testYears` censuses on from the last fitted one (no capacity
 * caps: the history already shows where children went), and reports the error by setting against
 * the actual censuses.
 *
 * @throws ValidationError when the history or options are invalid, or the history is too short
 * @example
 * // history: data/kent/transitions-history.csv read with importTransitions (censuses 2018-2025)
 * const bt = backtestProjection(history, { fitYears: 5, testYears: 2 });
 * bt.testYears; // [2024, 2025]
 * bt.total.mape.toFixed(3); // '0.039': the total within 3.9% over the two test censuses
 */
export function backtestProjection(
  history: Transition[] | unknown,
  options: BacktestProjectionOptions,
): ProjectionBacktest {
  const records = parseWith(HistorySchema, history, 'transitions history');
  const { fitYears, testYears } = parseWith(OptionsSchema, options, 'backtestProjection options');
  const years = [...new Set(records.map((r) => r.calendarYear))].sort((a, b) => a - b);
  if (years.length < fitYears + testYears) {
    throw new ValidationError('backtestProjection options', [
      {
        path: 'testYears',
        message: `the history has ${years.length} record years; fitYears + testYears must not exceed it`,
      },
    ]);
  }
  const fit = years.slice(0, fitYears);
  const lastFit = fit[fit.length - 1];
  const est = estimateTransitions(records.filter((r) => r.calendarYear <= lastFit));
  const scenario: Scenario = scenarioOf(est, testYears);
  const rows = projectValid(scenario).rows.slice(1);
  const testCensus = rows.map((r) => r.year);
  const actualOf = (year: number, setting: Setting | 'total') =>
    records.filter(
      (r) => r.calendarYear === year - 1 && r.setting2 !== 'left' && (setting === 'total' || r.setting2 === setting),
    ).length;
  const bySetting = SETTINGS.map((s) =>
    errorOf(
      s,
      testCensus.map((y) => actualOf(y, s)),
      rows.map((r) => r.bySetting[s]),
    ),
  );
  return {
    fitYears: fit,
    testYears: testCensus,
    bySetting,
    total: errorOf(
      'total',
      testCensus.map((y) => actualOf(y, 'total')),
      rows.map((r) => r.total),
    ),
  };
}
