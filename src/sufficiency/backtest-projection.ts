import type { Loose } from '../schema/loose.js';
import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { parseWith } from '../schema/common.js';
import { runsText } from '../schema/runs-text.js';
import { type Population, PopulationSchema, missingPopulation } from '../schema/population.js';
import { SCENARIO_LIMITS, type Scenario, parseScenario } from '../schema/scenario.js';
import { DampingSchema } from '../schema/sourced-number.js';
import { SETTINGS, type Transition } from '../schema/transition.js';
import { ValidationError, isValidationError } from '../schema/validation-error.js';
import { censusCounts, holdsCensus } from './census-counts.js';
import {
  type EstimateOptions,
  type EstimatedTransitions,
  RecencyDecaySchema,
  estimateTransitions,
} from './estimate-transitions.js';
import { HistorySchema } from './history-schema.js';
import { type BaselineErrors, baselineErrors, persistence, trend } from './projection-baselines.js';
import { projectValid } from './project-sufficiency.js';
import { type SettingError, settingError } from './setting-error.js';

export type { SettingError } from './setting-error.js';
export type { BaselineErrors } from './projection-baselines.js';

/**
 * Options of backtestProjection: how many record years to fit on, how many censuses after them to test,
 * the population joiners come from (then joiners are rates per head of it; it must cover the test
 * years too), and the recency decay of the fit and the damping of its joiner growth (see estimateTransitions).
 */
export type BacktestProjectionOptions = {
  fitYears: number;
  testYears: number;
  population?: Population;
  recencyDecay?: number;
  growthDamping?: number;
};

/** Result of backtestProjection: the model's errors, and those of two baselines in the same shape. */
export type ProjectionBacktest = {
  /** Record years fitted on (year of the first census). */
  fitYears: number[];
  /** Census years compared: those the history holds among the `testYears` censuses after the fit. */
  testYears: number[];
  /**
   * Census years the history lacks (no records from the year before or the year itself), from its
   * first census to the last tested: a missing census is not one of 0 children, so it is left out
   * of the errors (a test year) or of the baselines' fit (a fitted year). Empty for a history
   * without gaps.
   */
  missingYears: number[];
  bySetting: SettingError[];
  total: SettingError;
  /**
   * The forecasts a planner makes in a spreadsheet, on the same censuses: `persistence` carries the
   * last fitted census forward; `trend` extends each setting's least-squares line over the fitted
   * censuses (floored at 0). The model is worth its assumptions where it beats both.
   */
  baselines: { persistence: BaselineErrors; trend: BaselineErrors };
};

const whole = (name: string) =>
  z.number({ error: `${name} must be a whole number` }).check(z.int({ error: `${name} must be a whole number` }));

const OptionsSchema = strictOptions(
  {
    fitYears: whole('fitYears').check(z.minimum(1, { error: 'fitYears must be at least 1' })),
    testYears: whole('testYears').check(
      z.minimum(1, { error: 'testYears must be at least 1' }),
      z.maximum(SCENARIO_LIMITS.maxYears, {
        error: `testYears must be at most ${SCENARIO_LIMITS.maxYears}, the longest projection`,
      }),
    ),
    population: z.optional(PopulationSchema),
    recencyDecay: z.optional(RecencyDecaySchema),
    growthDamping: z.optional(DampingSchema),
  },
  { error: 'options must be an object: { fitYears, testYears, population?, recencyDecay?, growthDamping? }' },
);

/**
 * The scenario a backtest projects: the estimate, uncapped, with no spend. The estimate always fits
 * a scenario's bounds for a real history; should an odd one not (joiners scaled past the limits), the
 * error names the history, which is what the caller gave, rather than a scenario they never wrote.
 */
function scenarioOf(est: EstimatedTransitions, testYears: number): Scenario {
  try {
    return parseScenario({
      name: 'backtest',
      baseYear: est.baseYear,
      endYear: est.baseYear + testYears,
      minNcYear: est.minNcYear,
      maxNcYear: est.maxNcYear,
      stock: est.stock,
      joiners: est.joiners,
      ...(est.population ? { population: est.population } : {}),
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

/** The years from `first` to `last`, both included. */
const yearsFrom = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => first + k);

/**
 * A split's test censuses must end by the history's last census and include one it holds.
 *
 * @param holds whether the history holds a census (see holdsCensus)
 * @throws ValidationError at `testYears` when the censuses run past the history's last, or it holds none of them
 */
function checkTestSpan(years: number[], baseYear: number, testYears: number, holds: (year: number) => boolean): void {
  const last = years[years.length - 1] + 1;
  const fail = (message: string, code: string) => {
    throw new ValidationError('backtestProjection options', [{ path: 'testYears', message, code }]);
  };
  if (baseYear + testYears > last)
    fail(
      `the history's censuses end in ${last}, ${last - baseYear} after the last fitted one (${baseYear}); ` +
        'testYears must not exceed it',
      'too_big',
    );
  const censuses = yearsFrom(baseYear + 1, baseYear + testYears);
  const many = censuses.length > 1;
  if (!censuses.some(holds))
    fail(
      `the history does not hold the ${many ? 'censuses' : 'census'} ${runsText(censuses)} (no records from ` +
        `${many ? 'each' : 'that'} year or the year before), so there is nothing to test against`,
      'missing_census',
    );
}

/**
 * The population a split needs, every gap named at once: at each census the fitted years' joiners
 * arrived at (their rates are per head of it) and at each test census (the projection brings
 * joiners in from it), in every NC year those joiners joined.
 *
 * @param fitted the fitted records
 * @throws ValidationError at `population.records` naming each run of missing years
 */
function checkPopulation(fitted: Transition[], fitYears: number[], testCensuses: number[], population: Population) {
  const ncYears = fitted.filter((r) => r.setting1 === 'new').map((r) => r.ncYear2 as number);
  const missing = (years: number[], why: string) =>
    missingPopulation(population.records, years, ncYears, 'population.records').map((i) => ({
      ...i,
      message: `${i.message}: ${why}`,
    }));
  const issues = [
    ...missing(
      fitYears.map((y) => y + 1),
      'the fit needs it (joiners are rates per head)',
    ),
    ...missing(testCensuses, 'the projection of the test years needs it'),
  ];
  if (issues.length > 0) throw new ValidationError('backtestProjection options', issues);
}

/**
 * The estimate of the fitted years. The history and options are valid by now, so any error left is
 * about the population given to backtestProjection, and is named as its option, not as one of
 * estimateTransitions, which the caller never called.
 */
function estimateFit(fitted: Transition[], options: EstimateOptions): EstimatedTransitions {
  try {
    return estimateTransitions(fitted, options);
  } catch (e) {
    if (!isValidationError(e)) throw e;
    throw new ValidationError('backtestProjection options', e.issues);
  }
}

/**
 * Checks the transition model on history it has not seen: estimates the parameters from the first
 * `fitYears` record years (joiners per head of `population` when given), projects `testYears`
 * censuses on from the last fitted one (no capacity caps: the history already shows where children
 * went), and reports the error by setting against the actual censuses, beside two baselines a
 * planner makes in a spreadsheet: persistence and a linear trend. A census the history lacks (a
 * year of records missing, and the one after it) is not one of 0 children: it is left out of the
 * errors and of the baselines' fit, and listed in `missingYears`.
 *
 * @throws ValidationError when the history or options are invalid, the history is too short, the
 *   test censuses run past its last or it holds none of them, or the population misses a year or
 *   NC year the fit or the projection needs
 * @example
 * // history: data/kent/transitions-history.csv read with importTransitions (censuses 2018-2025)
 * const bt = backtestProjection(history, { fitYears: 5, testYears: 2 });
 * bt.testYears; // [2024, 2025]
 * bt.total.mape.toFixed(3); // '0.025': the total within 2.5% over the two test censuses
 */
export function backtestProjection(
  history: Loose<readonly Transition[]>,
  options: BacktestProjectionOptions,
): ProjectionBacktest {
  const records = parseWith(HistorySchema, history, 'transitions history');
  const { fitYears, testYears, population, recencyDecay, growthDamping } = parseWith(
    OptionsSchema,
    options,
    'backtestProjection options',
  );
  const years = [...new Set(records.map((r) => r.calendarYear))].sort((a, b) => a - b);
  if (years.length <= fitYears) {
    throw new ValidationError('backtestProjection options', [
      {
        path: 'fitYears',
        message:
          `the history has ${years.length} record year${years.length === 1 ? '' : 's'}; ` +
          'fitYears must leave at least one to test',
        code: 'too_big',
      },
    ]);
  }
  const fit = years.slice(0, fitYears);
  const baseYear = fit[fit.length - 1] + 1;
  const recordYears = new Set(years);
  const holds = (year: number) => holdsCensus(recordYears, year);
  checkTestSpan(years, baseYear, testYears, holds);
  const fitted = records.filter((r) => r.calendarYear < baseYear);
  const lastTest = baseYear + testYears;
  if (population) checkPopulation(fitted, fit, yearsFrom(baseYear + 1, lastTest), population);
  const est = estimateFit(fitted, {
    ...(population ? { population } : {}),
    ...(recencyDecay === undefined ? {} : { recencyDecay }),
    ...(growthDamping === undefined ? {} : { growthDamping }),
  });
  // A census the history lacks is left out of the scores and the baselines' fit, never counted as 0 children.
  const testCensus = yearsFrom(baseYear + 1, lastTest).filter(holds);
  const rows = projectValid(scenarioOf(est, testYears)).rows.filter((r) => r.year > baseYear && holds(r.year));
  const actual = testCensus.map((y) => censusCounts(records, y));
  const fittedYears = yearsFrom(years[0], baseYear).filter(holds);
  const fittedCensuses = fittedYears.map((y) => censusCounts(records, y));
  return {
    fitYears: fit,
    testYears: testCensus,
    missingYears: yearsFrom(years[0], lastTest).filter((y) => !holds(y)),
    bySetting: SETTINGS.map((s) =>
      settingError(
        s,
        actual.map((c) => c[s]),
        rows.map((r) => r.bySetting[s]),
      ),
    ),
    total: settingError(
      'total',
      actual.map((c) => c.total),
      rows.map((r) => r.total),
    ),
    baselines: {
      persistence: baselineErrors(persistence, fittedCensuses, fittedYears, actual, testCensus),
      trend: baselineErrors(trend, fittedCensuses, fittedYears, actual, testCensus),
    },
  };
}
