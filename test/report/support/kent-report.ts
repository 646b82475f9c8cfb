import { readFileSync } from 'node:fs';
import { renderReport } from '../../../src/report/render-report.js';

const json = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

let cached: Promise<string> | undefined;

/** The report for Kent's scenario with matching pages for a few children, rendered once per test file. */
export function kentReport(): Promise<string> {
  cached ??= renderReport({
    scenario: json('data/kent/scenario-2025.json'),
    schools: json('data/kent/schools.json'),
    children: json('data/kent/children.json').slice(0, 40),
    maxChildren: 2,
  });
  return cached;
}
