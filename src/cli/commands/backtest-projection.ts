import { countNoun } from '../../report/count-noun.js';
import { backtestProjection } from '../../index.js';
import type { Population, ProjectionBacktest, SettingError, Transition } from '../../index.js';
import type { Command } from '../command.js';
import type { Column, Table } from '../format-output.js';
import { InputError } from '../input-error.js';
import { UsageError } from '../usage-error.js';
import { createProgressBar } from '../progress-bar.js';
import { HISTORY_OPTIONS, fitNote, historyError, readHistoryFlags } from '../history-flags.js';
import { keepingNotes } from '../keeping-notes.js';
import { runsText } from '../../schema/runs-text.js';

/** MAPE as a percentage, or null where a setting had no children. */
const pct = (e: SettingError | undefined) => (e?.mape == null ? null : e.mape * 100);
const independent = (errors: { bySetting: SettingError[] }) =>
  errors.bySetting.find((e) => e.setting === 'independent');
const mean = (xs: Array<number | null>) => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === 0 ? null : known.reduce((t, x) => t + x, 0) / known.length;
};

/** The columns of the table: the split, then the MAPE (%) of the total and of the independent setting for each. */
const COLUMNS: Column[] = [
  { key: 'fit', label: 'censuses fitted' },
  { key: 'test', label: 'censuses tested' },
  { key: 'modelTotal', label: 'total: model', kind: 'percent' },
  { key: 'persistenceTotal', label: 'total: persistence', kind: 'percent' },
  { key: 'trendTotal', label: 'total: trend', kind: 'percent' },
  { key: 'modelIndependent', label: 'independent: model', kind: 'percent' },
  { key: 'persistenceIndependent', label: 'independent: persistence', kind: 'percent' },
  { key: 'trendIndependent', label: 'independent: trend', kind: 'percent' },
];

/** Years as a table cell: `2015-2022`, `2025`, or with the years between left out, `2019, 2021-2022`. */
const yearsCell = (years: number[]) => runsText(years, '-');

/**
 * The censuses a split was fitted on, as a planner counts them: each record year is the transitions from its census to
 * the next, so record years 2018-2023 fit censuses 2018-2024 (the last the projection's base), less any the history
 * lacks.
 */
function fittedCensuses(bt: ProjectionBacktest): number[] {
  const missing = new Set(bt.missingYears);
  const first = bt.fitYears[0];
  const base = bt.fitYears[bt.fitYears.length - 1] + 1;
  return Array.from({ length: base - first + 1 }, (_, k) => first + k).filter((year) => !missing.has(year));
}

/**
 * One warning per census the history lacks in any split: it is left out of the scores, not counted
 * as 0 children (see backtestProjection's `missingYears`).
 */
function missingCensusNotes(file: string, results: readonly Pick<ProjectionBacktest, 'missingYears'>[]): string[] {
  const years = [...new Set(results.flatMap((r) => r.missingYears))].sort((a, b) => a - b);
  return years.map(
    (year) =>
      `warning: ${file}: no census in ${year} (no transitions from ${year - 1} or ${year}): left out of the ` +
      "errors and of the baselines' fit rather than scored as 0 children",
  );
}

/** One row per split: the model's and the baselines' MAPE of the total and of the independent setting, in %. */
function splitRow(bt: ProjectionBacktest) {
  const { persistence, trend } = bt.baselines;
  return {
    fit: yearsCell(fittedCensuses(bt)),
    test: yearsCell(bt.testYears),
    modelTotal: pct(bt.total),
    persistenceTotal: pct(persistence.total),
    trendTotal: pct(trend.total),
    modelIndependent: pct(independent(bt)),
    persistenceIndependent: pct(independent(persistence)),
    trendIndependent: pct(independent(trend)),
  };
}

/** Every split of the history (fit on the first k record years, test on the rest), or the one asked for. */
function runSplits(
  history: Transition[],
  o: {
    fitYears?: number;
    testYears?: number;
    population?: Population;
    growthDamping?: number;
    recencyDecay?: number;
  },
  onSplit: () => void,
): ProjectionBacktest[] {
  const years = [...new Set(history.map((r) => r.calendarYear))].sort((a, b) => a - b);
  // Every split that leaves --test-years (at least one) record years to test on.
  const splits = years.length - (o.testYears ?? 1);
  const fits = o.fitYears === undefined ? Array.from({ length: splits }, (_, k) => k + 1) : [o.fitYears];
  return fits.map((fitYears) => {
    const bt = backtestProjection(history, {
      fitYears,
      // Every census after the fit, to the history's last (a year of records missing shortens no split).
      testYears: o.testYears ?? Math.max(1, years[years.length - 1] - years[Math.min(fitYears, years.length) - 1]),
      ...(o.population ? { population: o.population } : {}),
      ...(o.growthDamping === undefined ? {} : { growthDamping: o.growthDamping }),
      ...(o.recencyDecay === undefined ? {} : { recencyDecay: o.recencyDecay }),
    });
    onSplit();
    return bt;
  });
}

/**
 * --fit-years and --test-years against the history: a fit leaves at least one record year to test on, and the test
 * years fit in what the fit leaves. Said with the values that would work, before anything runs.
 *
 * @throws UsageError naming the flag, the history's record years and the largest value that works
 */
function checkSplit(years: number, fitYears: number | undefined, testYears: number | undefined, file: string) {
  const has = `${file} has ${countNoun(years, 'record year')}`;
  if (fitYears !== undefined && fitYears > years - 1)
    throw new UsageError(
      `--fit-years must be at most ${years - 1}: ${has}, and a backtest needs at least one after the fit to test on`,
      'backtest-projection',
    );
  const room = years - (fitYears ?? 1);
  if (testYears !== undefined && testYears > room)
    throw new UsageError(
      `--test-years must be at most ${room}: ${has}, ${fitYears ?? 'at least 1'} of them to fit on`,
      'backtest-projection',
    );
}

/**
 * `send-placement backtest-projection`: how well the transition model predicts censuses it has not
 * seen, beside the forecasts a planner makes in a spreadsheet (persistence and a linear trend), on
 * every split of a child-level history or one.
 *
 * @example
 * // send-placement backtest-projection --history transitions.csv --settings codes.csv --population population.csv
 */
export const backtestProjectionCommand: Command = {
  name: 'backtest-projection',
  summary: 'Backtest the transition model on a child-level history, beside persistence and trend.',
  details: [
    'Fits the model on the first censuses of the history, projects the censuses after them and compares',
    'with what happened, for every split (or the one of --fit-years and --test-years); the table names both',
    'in census years. A record year is the transitions from one census to the next, so N record years fit',
    'N + 1 censuses (record years 2018-2023: censuses 2018-2024, projected from 2024). Errors are the',
    'mean absolute percentage error (MAPE, %) of the total and of the independent setting, for the model,',
    "persistence (the last fitted census carried forward) and trend (each setting's line).",
    'A census the history lacks (no transitions from that year or the one before) is named and left out',
    'of the errors, not scored as 0 children.',
    'The history is a JSON list of transitions (import transitions --out history.json) or the CSV',
    '(calendar-year,setting-1,need-1,academic-year-1,...) with --settings. With --population',
    '(calendar-year,academic-year,population) joiners are a rate per head of it, which must cover the test years.',
    '--growth-damping and --recency-decay try other fitting choices than the defaults (see estimateTransitions).',
  ].join('\n'),
  options: {
    ...HISTORY_OPTIONS,
    'fit-years': {
      type: 'string',
      value: 'N',
      description: 'record years to fit on, N + 1 censuses (default: every split)',
    },
    'test-years': {
      type: 'string',
      value: 'N',
      description: 'censuses to test (default: all after the fit; without --fit-years, every split that has them)',
    },
  },
  examples: [
    'send-placement backtest-projection --history data/kent/transitions-history.csv ' +
      '--settings data/kent/setting-codes.csv',
    'send-placement backtest-projection --history data/birth-to-25/transitions-history.csv --settings ' +
      'data/birth-to-25/setting-codes.csv --population data/birth-to-25/population.csv',
  ],
  async run({ io, args }) {
    const fitYears = args.integer('fit-years', { min: 1 }, undefined);
    const testYears = args.integer('test-years', { min: 1, max: 50 }, undefined);
    const input = await readHistoryFlags(io, args);
    const { historyFile, populationFile, history, population, growthDamping, recencyDecay } = input;
    // Rows the history or population left out are said even when the run then fails for want of them.
    return keepingNotes([...history.notes, ...(population?.notes ?? [])], async () => {
      const years = new Set(history.value.map((r) => r.calendarYear)).size;
      if (years < 2)
        throw new InputError(historyFile, [
          {
            path: '(root)',
            message: `holds ${years} record year; a backtest fits on some years and tests on later ones`,
          },
        ]);
      checkSplit(years, fitYears, testYears, historyFile);
      const bar = createProgressBar(io, 'backtesting', fitYears === undefined ? years - (testYears ?? 1) : 1);
      let results: ProjectionBacktest[];
      try {
        const fit = { fitYears, testYears, population: population?.value, growthDamping, recencyDecay };
        results = runSplits(history.value, fit, () => bar.tick());
      } catch (error) {
        historyError(error, input, 'backtest-projection');
      } finally {
        bar.done();
      }
      const rows = results.map(splitRow);
      const keys = Object.keys(rows[0]) as Array<keyof (typeof rows)[number]>;
      const meanRow = Object.fromEntries(
        keys.map((k) => [k, k === 'fit' ? 'mean' : k === 'test' ? '' : mean(rows.map((r) => r[k] as number | null))]),
      );
      const joiners = populationFile ? 'joiners per head of the population' : 'joiner counts';
      const tables: Table[] = [
        {
          title: `Projection backtest, mean absolute percentage error (%); ${joiners}`,
          columns: COLUMNS,
          rows: results.length > 1 ? [...rows, meanRow] : rows,
        },
      ];
      const model = meanRow.modelTotal as number | null;
      const best = Math.min(meanRow.persistenceTotal as number, meanRow.trendTotal as number);
      const one = (x: unknown) => (typeof x === 'number' ? x.toFixed(1) : '-');
      return {
        json: results.length === 1 ? results[0] : results,
        tables,
        notes: [
          ...history.notes,
          ...(population?.notes ?? []),
          ...missingCensusNotes(historyFile, results),
          fitNote(input),
          `model ${one(model)}% on the total against persistence ${one(meanRow.persistenceTotal)}% and trend ` +
            `${one(meanRow.trendTotal)}%${results.length > 1 ? ', averaged over the splits' : ''}: ` +
            `${model !== null && model < best ? 'beats both' : 'does not beat both'}`,
        ],
      };
    });
  },
};
