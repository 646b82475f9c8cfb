import { forecast } from '../../index.js';
import { renderReport } from '../../report/index.js';
import { simulateSufficiency } from '../../index.js';
import { parseScenario } from '../../index.js';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';
import { readInput, readJsonInput, SKIP_INVALID_OPTION } from '../read-input.js';
import { readTravelInput } from '../read-travel-input.js';
import { ncYearFlag } from '../nc-year-flag.js';
import { readSeriesInput, SERIES_COLUMN_OPTIONS, seriesColumnsOf, unitFromName } from '../read-series-input.js';
import { type SeriesFailure, seriesFailureNotes, throwIfAllFailed } from '../series-failures.js';
import { runsOf, SIMULATION_OPTIONS } from '../simulation-flags.js';
import { CAPACITY_PLAN_OPTIONS, capacityPlanOf, withoutPlannedAdditions } from '../capacity-plan-flags.js';
import type { CapacityPlan } from '../../index.js';
import type { CommandArgs } from '../parse-command-args.js';
import type { CliIo } from '../cli-io.js';
import { planNames } from './compare-plans.js';
import { readPolicyFlag } from './rank.js';
import { scenarioWarnings } from '../scenario-warnings.js';
import { REPORT_DEFAULTS } from '../../report/report-defaults.js';
import { countNoun } from '../../report/count-noun.js';

/** The forecasts of --series, each named and with its unit; a series that cannot be forecast is a warning. */
async function forecastsOf(io: CliIo, args: CommandArgs, file: string) {
  const horizon = args.integer('horizon', { min: 1, max: 100 }, 5);
  const input = await readSeriesInput(io, file, seriesColumnsOf(args), 'report');
  const name = args.string('series-name');
  if (name !== undefined && input.records.length > 1)
    throw new UsageError(
      `--series-name names one series, but ${file} holds ${input.records.length}: give each series its "name" ` +
        'in the file instead',
      'report',
    );
  const unit = args.string('series-unit');
  const forecasts = [];
  const failed: SeriesFailure[] = [];
  for (const [i, history] of input.records.entries()) {
    const label = name ?? input.labels[i];
    try {
      const academicYears = input.splitYears[i];
      forecasts.push({
        label,
        // The name the planner gives says more than the file's name (series.csv): guess from it first.
        unit: unit ?? (name === undefined ? undefined : unitFromName(name)) ?? input.units[i],
        academicYears,
        history,
        forecast: forecast(history, { horizon }),
      });
    } catch (error) {
      failed.push({ name: label, index: i, error });
    }
  }
  throwIfAllFailed(file, failed, input.records.length);
  return { forecasts, notes: [...input.warnings, ...seriesFailureNotes(failed, 'forecast')] };
}

/** A plan made --without-plan says so in the report, where the rest shows the scenario's own plan. */
function fromBasePlaces(plan: CapacityPlan): CapacityPlan {
  const base =
    "Planned from the scenario's base places, without its own planned additions: the candidates are the plan.";
  return { ...plan, why: { ...plan.why, summary: `${base} ${plan.why.summary}` } };
}

/**
 * `send-placement report`: writes one self-contained HTML report (charts and tables, readable offline, on a phone
 * and in print) for a scenario, and optionally matching pages, an allocation round and forecasts.
 *
 * @example
 * // send-placement report --scenario data/kent/scenario-2025.json --out kent.html
 */
export const reportCommand: Command = {
  name: 'report',
  document: 'html',
  summary: 'Write an HTML report with charts: the projection against no new capacity, assumptions, rankings.',
  details: [
    'The report is one HTML file with inline SVG charts and no external assets: it opens offline, reads on a',
    'phone and prints as committee papers. --schools and --children add ranking pages for the first children',
    'and one allocation round (--nc-year, default 7: the Year 7 transfer); --series adds forecast fan charts',
    '(method chosen automatically), titled with the series name (--series-name) and unit (--series-unit).',
    '--candidates with --budget adds where a capital budget should add places (see plan-capacity); with',
    '--without-plan that plan starts from the scenario without its own planned additions, as in plan-capacity.',
    'Give --scenario more than once to add the plans side by side (one chart, one table, each plan against the',
    'first); the rest of the report is about the first. --format does not apply: the output is always HTML, so',
    '--out names an .html file (on a terminal --out is needed; a pipe or a redirection gets the HTML as it is).',
  ].join('\n'),
  options: {
    scenario: {
      type: 'string',
      value: 'FILE',
      multiple: true,
      description: 'the sufficiency scenario, JSON; again for each plan to put side by side',
    },
    schools: { type: 'string', value: 'FILE', description: 'schools for the matching pages, CSV or JSON' },
    children: { type: 'string', value: 'FILE', description: 'children for the matching pages, CSV or JSON' },
    policy: { type: 'string', value: 'FILE', description: 'placement policy, JSON' },
    'child-pages': { type: 'string', value: 'N', description: 'children with their own ranking page (default 3)' },
    'nc-year': {
      type: 'string',
      value: 'YEAR',
      description: 'NC year of the allocation round: 7, Y7, Year 7, R or N2 (default 7, the secondary transfer)',
    },
    ...SKIP_INVALID_OPTION,
    travel: {
      type: 'string',
      value: 'FILE',
      description:
        'road km and minutes per child and school, CSV (childId,urn,km,minutes) or JSON; with --schools and --children',
    },
    series: {
      type: 'string',
      value: 'FILE',
      description: 'series to forecast with fan charts, CSV (year,value) or JSON',
    },
    'series-name': { type: 'string', value: 'TEXT', description: "the series' name for its chart (one series)" },
    'series-unit': {
      type: 'string',
      value: 'UNIT',
      description: 'what the series counts: GBP, or words such as children (default: guessed from the name)',
    },
    horizon: { type: 'string', value: 'N', description: 'years ahead for --series (default 5)' },
    ...SERIES_COLUMN_OPTIONS,
    ...SIMULATION_OPTIONS,
    ...CAPACITY_PLAN_OPTIONS,
  },
  examples: [
    'send-placement report --scenario data/kent/scenario-2025.json --runs 500 --out kent.html',
    'send-placement report --scenario data/kent/scenario-2025.json --schools data/kent/schools.json ' +
      '--children data/kent/children.json --out kent.html',
    'send-placement report --series data/kent/nmiss-spend.csv --series-name "Kent NMISS spend" --out spend.html',
    'send-placement report --scenario plan-a.json --scenario plan-b.json --out plans.html',
    'send-placement report --scenario data/kent/scenario-2025.json --candidates data/kent/capacity-candidates.csv ' +
      '--budget 12000000 --without-plan --out plan.html',
  ],
  async run({ io, args }) {
    // A page of HTML on a terminal helps nobody; a pipe or a redirection still gets it.
    if (args.out === undefined && io.stdoutIsTty)
      throw new UsageError('report writes an HTML file: give --out report.html (or redirect: > report.html)', 'report');
    const scenarioFiles = args.strings('scenario');
    const scenarioFile = scenarioFiles[0];
    const schoolsFile = args.string('schools');
    const childrenFile = args.string('children');
    const seriesFile = args.string('series');
    const maxChildren = args.integer('child-pages', { min: 0, max: 1000 }, undefined);
    const ncYear = ncYearFlag(args, 'nc-year', 'report');
    if (!scenarioFile && !schoolsFile && !seriesFile)
      throw new UsageError('give --scenario, --series, or --schools with --children', 'report');
    if ((schoolsFile === undefined) !== (childrenFile === undefined))
      throw new UsageError('--schools and --children go together', 'report');
    // A flag whose part of the report is not asked for would be ignored: said, as --seed without --runs is.
    const matchingFlag = ['policy', 'nc-year', 'child-pages'].find((f) => args.string(f) !== undefined);
    if (matchingFlag && !schoolsFile)
      throw new UsageError(`--${matchingFlag} needs --schools and --children`, 'report');
    const seriesFlag = ['horizon', 'series-name', 'series-unit', 'year-column', 'value-column'].find(
      (f) => args.string(f) !== undefined,
    );
    if (seriesFlag && !seriesFile) throw new UsageError(`--${seriesFlag} needs --series`, 'report');
    const simulate = runsOf(args, 'report');
    if (simulate && !scenarioFile) throw new UsageError('--runs needs --scenario', 'report');
    const candidatesFile = args.string('candidates');
    if (candidatesFile && !scenarioFile) throw new UsageError('--candidates needs --scenario', 'report');
    const planFlag = ['budget', 'objective', 'step'].find((f) => args.string(f) !== undefined);
    if (planFlag && !candidatesFile) throw new UsageError(`--${planFlag} needs --candidates`, 'report');
    const withoutPlan = args.flag('without-plan');
    if (withoutPlan && !candidatesFile) throw new UsageError('--without-plan needs --candidates', 'report');
    const skipInvalid = args.flag('skip-invalid');
    const policy = await readPolicyFlag(io, args.string('policy'));
    const scenarios = [];
    for (const file of scenarioFiles) scenarios.push(await readJsonInput(io, file, parseScenario));
    const scenario = scenarios[0];
    const plans = scenarios.length > 1 ? planNames(scenarios, scenarioFiles) : undefined;
    const schools = schoolsFile ? await readInput(io, 'schools', schoolsFile, { skipInvalid }) : undefined;
    const children = childrenFile ? await readInput(io, 'children', childrenFile, { skipInvalid }) : undefined;
    const series = seriesFile ? await forecastsOf(io, args, seriesFile) : undefined;
    const simulation = scenario && simulate ? simulateSufficiency(scenario, simulate) : undefined;
    const capacity =
      scenario && candidatesFile
        ? await capacityPlanOf(io, args, withoutPlan ? withoutPlannedAdditions(scenario) : scenario, simulate, 'report')
        : undefined;
    const travelFile = args.string('travel');
    if (travelFile !== undefined && (!schools || !children))
      throw new UsageError('--travel needs --schools and --children', 'report');
    const journeys =
      travelFile &&
      schools &&
      children &&
      (await readTravelInput(io, travelFile, children.records, schools.records, { skipInvalid }));
    const html = await renderReport({
      scenario,
      plans,
      simulation,
      schools: schools?.records,
      children: children?.records,
      policy,
      travel: journeys ? journeys.travel : undefined,
      skipped: skipInvalid
        ? {
            children: children?.skipped?.length ?? 0,
            schools: schools?.skipped?.length ?? 0,
            journeys: journeys ? journeys.skippedRows : 0,
          }
        : undefined,
      maxChildren,
      ncYear,
      forecasts: series?.forecasts,
      capacityPlan: capacity && (withoutPlan ? fromBasePlaces(capacity.plan) : capacity.plan),
    });
    const cohortYear = ncYear ?? REPORT_DEFAULTS.ncYear;
    const noCohort =
      children && !children.records.some((c) => c.ncYear === cohortYear)
        ? [
            `warning: no child in ${childrenFile} is in NC year ${cohortYear}, so the report's allocation round ` +
              'has no one to place (--nc-year chooses the round)',
          ]
        : [];
    return {
      text: html,
      notes: [
        ...noCohort,
        ...scenarios.flatMap((s, i) => scenarioWarnings(scenarioFiles[i], s)),
        ...(schools?.warnings ?? []),
        ...(children?.warnings ?? []),
        ...(journeys ? journeys.warnings : []),
        ...(series?.notes ?? []),
        ...(capacity?.warnings ?? []),
        ...(simulate ? [`${countNoun(simulate.runs, 'simulated run')}, seed ${simulate.seed}`] : []),
      ],
    };
  },
};
