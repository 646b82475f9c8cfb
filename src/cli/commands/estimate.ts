import { estimateTransitions, parseScenario } from '../../index.js';
import type { EstimatedTransitions, Scenario } from '../../index.js';
import { formatCount } from '../../report/figure-format.js';
import { SETTING_NAMES } from '../../report/planner-words.js';
import type { Command } from '../command.js';
import { fitNote, HISTORY_OPTIONS, type HistoryInput, historyError, readHistoryFlags } from '../history-flags.js';
import { readJsonInput } from '../read-input.js';
import { UsageError } from '../usage-error.js';
import { estimatedScenarioName } from '../estimated-scenario-name.js';
import { capacityCensusWarnings, overfullSettingWarnings } from '../capacity-census-warnings.js';
import { SCENARIO_LIMITS } from '../../schema/scenario-limits.js';
import { countNoun } from '../../report/count-noun.js';
import { missingPopulation } from '../../schema/population.js';
import { InputError } from '../input-error.js';
import { keepingNotes } from '../keeping-notes.js';
import { unruledCells } from '../../sufficiency/unruled-cells.js';
import { compileScenario } from '../../sufficiency/compile-scenario.js';

/**
 * How the fitted joiner growth carries on, as the summary says it: a damping of 1 compounds it and one of 0 holds
 * joiners at the base year's level, so "damped" alone would be untrue at either end.
 *
 * @example
 * dampingWords(0.3, 2025); // 'damped'
 * dampingWords(0, 2025); // 'damped to none (joiners stay at their 2025 level)'
 */
function dampingWords(damping: number | undefined, baseYear: number): string {
  if (damping === undefined || damping === 1) return 'compounded';
  return damping === 0 ? `damped to none (joiners stay at their ${baseYear} level)` : 'damped';
}

/** Years projected when neither --end-year nor the plan gives an end year. */
const DEFAULT_YEARS = 5;

/** The parts of a scenario the history gives; the plan's own values for them are replaced. */
type Estimated = Pick<Scenario, 'baseYear' | 'minNcYear' | 'maxNcYear' | 'stock' | 'joiners' | 'transitions'> & {
  population?: Scenario['population'];
};

/**
 * A scenario from a plan and an estimate: the plan's capacity, costs, independent-regardless share
 * and name (its years made the projection's, see estimatedScenarioName), with the census, joiners,
 * transitions (and population) the history gives, and a description saying which file gave what.
 * The plan's `references` are left out: they are published figures of the plan's council (Kent's
 * 1,172), which a projection from another history does not start from. Keys are in the order of
 * data/kent/scenario-2025.json, so the file reads like one a planner wrote. A plan that is not an
 * object is passed on as it is, for parseScenario to reject.
 *
 * @example
 * scenarioFrom({ capacity: {}, costs: { feeUpliftRate: { value: 0.03, source: 's' }, bySetting: {} },
 *   independentRegardless: { value: 0, source: 's' } }, estimated, { historyFile: 'h.csv', planFile: 'p.json',
 *   years: [2018, 2019], endYear: 2030 });
 */
function scenarioFrom(
  plan: unknown,
  estimated: Estimated,
  o: { endYear?: number; historyFile: string; planFile: string; years: number[] },
): unknown {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) return plan;
  const p = plan as Record<string, unknown>;
  const { name, description, references: _references, population: _planPopulation, ...rest } = p;
  for (const key of ['baseYear', 'endYear', 'minNcYear', 'maxNcYear', 'stock', 'joiners', 'transitions'])
    delete rest[key];
  // A plan's endYear that is not a year is kept, for parseScenario to name with its line.
  const endYear = o.endYear ?? p.endYear ?? estimated.baseYear + DEFAULT_YEARS;
  const fallback = `Estimated from ${o.historyFile}`;
  return {
    name:
      typeof endYear === 'number'
        ? estimatedScenarioName(name, fallback, estimated.baseYear, endYear)
        : (name ?? fallback),
    description:
      `Census, joiners and transitions estimated from ${o.historyFile} ` +
      `(censuses ${o.years[0]}-${estimated.baseYear}); ` +
      `capacity, costs and the share going independent regardless from ${o.planFile}.` +
      (typeof description === 'string' ? ` The plan's own description: ${description}` : ''),
    baseYear: estimated.baseYear,
    endYear,
    minNcYear: estimated.minNcYear,
    maxNcYear: estimated.maxNcYear,
    stock: estimated.stock,
    joiners: estimated.joiners,
    // A plan's own population is left out: joiners are fitted to the population given with the history, or none.
    ...(estimated.population ? { population: estimated.population } : {}),
    transitions: estimated.transitions,
    ...rest,
  };
}

/**
 * Joiner rates need the population of every projected year: a projection that runs past the
 * population file is one problem of the end year against that file, said once (the library would
 * list each missing year against the plan); a year or NC year missing inside the file is the
 * population file's problem too, not the plan's.
 *
 * @param endFrom where the end year came from: `--end-year` or the plan file
 * @throws UsageError naming both years, or InputError naming the population file's gaps
 */
function checkPopulationCovers(scenario: unknown, est: Estimated, input: HistoryInput, endFrom: string): void {
  const records = input.population?.value.records;
  const endYear = (scenario as { endYear?: unknown } | null)?.endYear;
  if (records === undefined || records.length === 0 || typeof endYear !== 'number') return;
  const last = Math.max(...records.map((r) => r.calendarYear));
  if (endYear > last)
    throw new UsageError(
      `the projection runs to ${endYear} (from ${endFrom}) but ${input.populationFile} ends in ${last}, and ` +
        `joiner rates need every year's population: give a population to ${endYear} or end the projection in ${last}`,
      'estimate',
    );
  const years = Array.from({ length: endYear - est.baseYear }, (_, k) => est.baseYear + 1 + k);
  const ncYears = est.joiners.entries.filter((e) => e.rate !== undefined).flatMap((e) => Object.keys(e.ncYears));
  const gaps = missingPopulation(records, years, ncYears.map(Number), 'population.records');
  if (gaps.length > 0)
    throw new InputError(
      input.populationFile as string,
      gaps.map((g) => ({ ...g, message: `${g.message}: the projection's joiner rates need it` })),
    );
}

/**
 * The plan's end year, when --end-year does not replace it, must come after the history's base
 * year, as --end-year must: a plan written for an earlier census (a template, last decade's plan)
 * would otherwise project to a year the plan never chose.
 *
 * @throws UsageError naming both years
 */
function checkPlanEnd(plan: unknown, baseYear: number, planFile: string): void {
  const endYear = (plan as { endYear?: unknown } | null)?.endYear;
  if (typeof endYear !== 'number' || endYear > baseYear) return;
  throw new UsageError(
    `${planFile} ends in ${endYear} (its endYear), but the history's base year is ${baseYear}: give --end-year ` +
      `with a year after ${baseYear}, or change the plan's endYear`,
    'estimate',
  );
}

/** The census the estimate starts from, by setting: children and their share of the caseload. */
function censusRows(est: EstimatedTransitions) {
  const bySetting = new Map<string, number>();
  for (const e of est.stock) bySetting.set(e.setting, (bySetting.get(e.setting) ?? 0) + e.count);
  const total = [...bySetting.values()].reduce((t, n) => t + n, 0);
  return [...bySetting].map(([setting, children]) => ({
    setting: SETTING_NAMES[setting] ?? setting,
    children,
    share: total > 0 ? children / total : 0,
  }));
}

/**
 * `send-placement estimate`: a scenario for `sufficiency`, `plan-capacity` and `report` from a council's
 * own child-level history (the census it ends in, joiners and yearly transitions, by
 * estimateTransitions) and a plan that states what a history cannot: capacity, costs and the share
 * who go independent regardless, each with its source. A whole scenario serves as the plan, so last
 * year's scenario (or Kent's, as a template) is refreshed from new data.
 *
 * @example
 * // send-placement estimate --history transitions.csv --settings codes.csv --plan plan.json --out scenario.json
 */
export const estimateCommand: Command = {
  name: 'estimate',
  summary: "Estimate a scenario from a council's child-level history and a plan's capacity and costs.",
  details: [
    'Fits the transition model to the history: the census it ends in (the base year), joiners, and each',
    "setting's yearly moves by need and NC-year band, each with its evidence. --plan gives what a history",
    'cannot: capacity, costs and independentRegardless, each with its source (JSON; any scenario will do,',
    'such as data/kent/scenario-2025.json: its census, joiners and transitions are replaced, its references',
    "(its council's published figures) left out, the rest kept; its endYear must come after the history's",
    'base year, or give --end-year). A capped setting with over 3 places a child of its census is warned of.',
    'The history is a JSON list of transitions (import transitions --out history.json) or the CSV',
    '(calendar-year,setting-1,need-1,academic-year-1,...) with --settings. With --population',
    '(calendar-year,academic-year,population) joiners are a rate per head of it, which must cover the',
    "projection's years. Write the scenario with --out scenario.json, then run sufficiency, plan-capacity",
    'or report on it. The README\'s "Your council\'s projection, from your own data" shows the smallest plan.',
  ].join('\n'),
  options: {
    ...HISTORY_OPTIONS,
    plan: {
      type: 'string',
      value: 'FILE',
      required: true,
      description: 'capacity, costs and independentRegardless, JSON (a whole scenario will do)',
    },
    'end-year': {
      type: 'string',
      value: 'YEAR',
      description: `last year to project (default: the plan's endYear, else ${DEFAULT_YEARS} years on)`,
    },
    name: {
      type: 'string',
      value: 'TEXT',
      description: "the scenario's name (default: the plan's, any year range in it changed to the projected years)",
    },
  },
  examples: [
    'send-placement estimate --history data/kent/transitions-history.csv --settings data/kent/setting-codes.csv ' +
      '--plan data/kent/scenario-2025.json --out scenario.json',
    'send-placement estimate --history data/birth-to-25/transitions-history.csv --settings ' +
      'data/birth-to-25/setting-codes.csv --population data/birth-to-25/population.csv ' +
      '--plan data/kent/scenario-2025.json --end-year 2035 --out scenario.json',
  ],
  async run({ io, args }) {
    const planFile = args.requiredString('plan');
    const endYear = args.integer('end-year', { min: 1900, max: 2200 }, undefined);
    const name = args.string('name');
    const input = await readHistoryFlags(io, args);
    // Rows the history or population left out are said even when the run then fails for want of them.
    return keepingNotes([...input.history.notes, ...(input.population?.notes ?? [])], async () => {
      let est: EstimatedTransitions;
      try {
        est = estimateTransitions(input.history.value, {
          ...(input.population ? { population: input.population.value } : {}),
          ...(input.growthDamping === undefined ? {} : { growthDamping: input.growthDamping }),
          ...(input.recencyDecay === undefined ? {} : { recencyDecay: input.recencyDecay }),
        });
      } catch (error) {
        historyError(error, input, 'estimate');
      }
      const longest = est.baseYear + SCENARIO_LIMITS.maxYears;
      if (endYear !== undefined && (endYear <= est.baseYear || endYear > longest))
        throw new UsageError(
          `--end-year must be from ${est.baseYear + 1} to ${longest}: after the history's base year, ` +
            `${est.baseYear}, and at most ${SCENARIO_LIMITS.maxYears} years on (the longest projection)`,
          'estimate',
        );
      let written: unknown;
      let droppedReferences = 0;
      // The plan is validated as the scenario it makes, so every problem is named with its line in the plan.
      const parsed = await readJsonInput(io, planFile, (plan) => {
        if (endYear === undefined) checkPlanEnd(plan, est.baseYear, planFile);
        const files = { historyFile: input.historyFile, planFile };
        const references = (plan as { references?: unknown } | null)?.references;
        if (references !== undefined) droppedReferences = Array.isArray(references) ? references.length : 1;
        written = scenarioFrom(plan, est, { endYear, years: est.years, ...files });
        if (name !== undefined) (written as Record<string, unknown>).name = name;
        checkPopulationCovers(written, est, input, endYear === undefined ? planFile : '--end-year');
        return parseScenario(written);
      });
      const scenario = written as Record<string, unknown>;
      const children = est.stock.reduce((t, e) => t + e.count, 0);
      const growth = est.joiners.growthRate.value;
      return {
        json: scenario,
        tables: [
          {
            title: `Census in ${est.baseYear} by setting, from ${input.historyFile}`,
            columns: ['setting', { key: 'children', kind: 'count' }, { key: 'share', kind: 'rate' }],
            rows: censusRows(est),
          },
        ],
        notes: [
          ...input.history.notes,
          ...(input.population?.notes ?? []),
          ...est.warnings.map((w) => `warning: ${input.historyFile}: ${w}`),
          ...unruledCells(compileScenario(parsed)).map(
            (w) => `warning: ${input.historyFile}: ${w} (the history has no move from there to estimate a rule from)`,
          ),
          ...[...capacityCensusWarnings(parsed, est), ...overfullSettingWarnings(parsed)].map(
            (w) => `warning: ${planFile}: ${w}`,
          ),
          fitNote(input),
          ...(droppedReferences > 0
            ? [
                `${planFile}'s references (${countNoun(droppedReferences, 'published figure')}) are left out: ` +
                  "they are the plan's council's " +
                  `figures, not ${input.historyFile}'s`,
              ]
            : []),
          `scenario "${scenario.name}", ${est.baseYear}-${scenario.endYear}: ${formatCount(children)} children ` +
            `in the ${est.baseYear} census (NC years ${est.minNcYear} to ${est.maxNcYear}), ` +
            `${est.transitions.length} transition rules, joiners ` +
            `${input.population ? 'per head of the population' : 'counted'}, their growth ` +
            `${(growth * 100).toFixed(1)}% a year, ${dampingWords(est.joiners.growthDamping?.value, est.baseYear)}; ` +
            `capacity, costs and the share going independent regardless from ${planFile}`,
        ],
      };
    });
  },
};
