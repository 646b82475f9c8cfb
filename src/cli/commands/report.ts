import { renderReport } from '../../report/render-report.js';
import { parseScenario } from '../../schema/scenario.js';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';
import { readInput, readJsonInput } from '../read-input.js';
import { readPolicyFlag } from './rank.js';

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
    'prints cleanly. --schools and --children add matching pages (rankings, maps, cohort allocation).',
    '--format does not apply: the output is always HTML.',
  ].join('\n'),
  options: {
    scenario: { type: 'string', value: 'FILE', description: 'the sufficiency scenario, JSON' },
    schools: { type: 'string', value: 'FILE', description: 'schools for the matching pages, CSV or JSON' },
    children: { type: 'string', value: 'FILE', description: 'children for the matching pages, CSV or JSON' },
    policy: { type: 'string', value: 'FILE', description: 'placement policy, JSON' },
    'child-pages': { type: 'string', value: 'N', description: 'children with their own ranking page (default 3)' },
  },
  examples: [
    'send-placement report --scenario data/kent/scenario-2025.json --out kent.html',
    'send-placement report --scenario data/kent/scenario-2025.json --schools schools.csv --children year7.csv --out kent.html',
  ],
  async run({ io, args }) {
    const scenarioFile = args.string('scenario');
    const schoolsFile = args.string('schools');
    const childrenFile = args.string('children');
    const maxChildren = args.integer('child-pages', { min: 0, max: 1000 }, undefined);
    if (!scenarioFile && !schoolsFile) throw new UsageError('give --scenario, or --schools with --children', 'report');
    if ((schoolsFile === undefined) !== (childrenFile === undefined)) throw new UsageError('--schools and --children go together', 'report');
    const policy = await readPolicyFlag(io, args.string('policy'));
    const scenario = scenarioFile ? await readJsonInput(io, scenarioFile, parseScenario) : undefined;
    const schools = schoolsFile ? await readInput(io, 'schools', schoolsFile) : undefined;
    const children = childrenFile ? await readInput(io, 'children', childrenFile) : undefined;
    const html = await renderReport({ scenario, schools: schools?.records, children: children?.records, policy, maxChildren });
    return { text: html, notes: [...(schools?.warnings ?? []), ...(children?.warnings ?? [])] };
  },
};
