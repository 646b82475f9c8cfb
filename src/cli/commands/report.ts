import { forecast } from '../../index.js';
import { renderReport } from '../../report/index.js';
import { simulateSufficiency } from '../../index.js';
import { parseScenario } from '../../index.js';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';
import { readInput, readJsonInput } from '../read-input.js';
import { readTravelInput } from '../read-travel-input.js';
import { readSeriesInput, SERIES_COLUMN_OPTIONS, seriesColumnsOf } from '../read-series-input.js';
import { readPolicyFlag } from './rank.js';

/** A series' heading: its area and category when an import gave them, else the file (and position). */
function labelOf(series: object, index: number, count: number, file: string): string {
  const { area, category } = series as { area?: unknown; category?: unknown };
  const named = [area, category].filter((x): x is string => typeof x === 'string');
  if (named.length > 0) return named.join(': ');
  return count > 1 ? `${file} (series ${index + 1})` : file;
}

/**
 * `send-placement report`: writes one self-contained HTML report (charts and tables, readable
 * offline) for a scenario, and optionally matching pages for schools and children.
 *
 * @example
 * // send-placement report --scenario data/kent/scenario-2025.json --out kent.html
 */
export const reportCommand: Command = {
  name: 'report',
  summary: 'Write an HTML report with charts: the projection against no new capacity, assumptions, rankings.',
  details: [
    'The report is one HTML file with inline SVG charts and no external assets: it opens offline and',
    'prints cleanly. --schools and --children add matching pages (rankings, maps, cohort allocation);',
    '--series adds forecast fan charts (method chosen automatically).',
    '--format does not apply: the output is always HTML.',
  ].join('\n'),
  options: {
    scenario: { type: 'string', value: 'FILE', description: 'the sufficiency scenario, JSON' },
    schools: { type: 'string', value: 'FILE', description: 'schools for the matching pages, CSV or JSON' },
    children: { type: 'string', value: 'FILE', description: 'children for the matching pages, CSV or JSON' },
    policy: { type: 'string', value: 'FILE', description: 'placement policy, JSON' },
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
    horizon: { type: 'string', value: 'N', description: 'years ahead for --series (default 5)' },
    ...SERIES_COLUMN_OPTIONS,
    runs: { type: 'string', value: 'N', description: 'Monte Carlo runs for a band around the plan (with --seed)' },
    seed: { type: 'string', value: 'N', description: 'seed of the Monte Carlo runs' },
    'child-pages': { type: 'string', value: 'N', description: 'children with their own ranking page (default 3)' },
  },
  examples: [
    'send-placement report --scenario data/kent/scenario-2025.json --out kent.html',
    'send-placement report --scenario data/kent/scenario-2025.json --schools schools.csv --children year7.csv ' +
      '--out kent.html',
    'send-placement report --scenario data/kent/scenario-2025.json --series spend.csv --out kent.html',
  ],
  async run({ io, args }) {
    const scenarioFile = args.string('scenario');
    const schoolsFile = args.string('schools');
    const childrenFile = args.string('children');
    const maxChildren = args.integer('child-pages', { min: 0, max: 1000 }, undefined);
    const seriesFile = args.string('series');
    const horizon = args.integer('horizon', { min: 1, max: 100 }, 5);
    if (!scenarioFile && !schoolsFile && !seriesFile)
      throw new UsageError('give --scenario, --series, or --schools with --children', 'report');
    if ((schoolsFile === undefined) !== (childrenFile === undefined))
      throw new UsageError('--schools and --children go together', 'report');
    const policy = await readPolicyFlag(io, args.string('policy'));
    const scenario = scenarioFile ? await readJsonInput(io, scenarioFile, parseScenario) : undefined;
    const schools = schoolsFile ? await readInput(io, 'schools', schoolsFile) : undefined;
    const children = childrenFile ? await readInput(io, 'children', childrenFile) : undefined;
    const travelFile = args.string('travel');
    if (travelFile !== undefined && (!schools || !children))
      throw new UsageError('--travel needs --schools and --children', 'report');
    const journeys =
      travelFile && schools && children && (await readTravelInput(io, travelFile, children.records, schools.records));
    const runs = args.integer('runs', { min: 1, max: 100_000 }, undefined);
    const seed = args.integer('seed', { min: 0 }, undefined);
    if ((runs === undefined) !== (seed === undefined)) throw new UsageError('--runs and --seed go together', 'report');
    if (runs !== undefined && !scenario) throw new UsageError('--runs needs --scenario', 'report');
    const simulation = scenario && runs !== undefined ? simulateSufficiency(scenario, { runs, seed }) : undefined;
    const series = seriesFile ? await readSeriesInput(io, seriesFile, seriesColumnsOf(args), 'report') : undefined;
    const forecasts = series?.records.map((history, i) => ({
      label: labelOf(history, i, series.records.length, seriesFile as string),
      history,
      forecast: forecast(history, { horizon }),
    }));
    const html = await renderReport({
      scenario,
      simulation,
      schools: schools?.records,
      children: children?.records,
      policy,
      travel: journeys ? journeys.travel : undefined,
      maxChildren,
      forecasts,
    });
    return {
      text: html,
      notes: [
        ...(schools?.warnings ?? []),
        ...(children?.warnings ?? []),
        ...(journeys ? journeys.warnings : []),
        ...(series?.warnings ?? []),
      ],
    };
  },
};
