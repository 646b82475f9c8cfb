import { createRandom } from '../../src/random.js';
import { CALIBRATION } from './calibration.js';
import { generateChildren } from './children.js';
import { KENT_FIGURES } from './figures.js';
import { createNamer } from './names.js';
import { placeChildren } from './placements.js';
import { placementsByNeed } from './placements-by-need.js';
import { generateSchools } from './schools.js';
import { spendSeries } from './spend.js';
import { generateSrpBases } from './srp.js';

/**
 * The files under data/kent/ this generator writes, by name.
 *
 * @example
 * KENT_DATA_FILES.includes('children.json'); // true
 */
export const KENT_DATA_FILES = [
  'figures.json',
  'schools.json',
  'srp.json',
  'children.json',
  'placements.csv',
  'placements-by-need.csv',
  'spend.csv',
] as const;

/**
 * Builds the bundled Kent reference data: the real figures, and synthetic schools, SRP bases,
 * children, placements and history calibrated to them. Pure: the same seed gives the same bytes,
 * and nothing is written (data/generate.ts writes the files).
 *
 * Each part draws from its own generator (seed + a fixed offset), so changing one part leaves
 * the others' records as they were.
 *
 * @param seed the seed; `npm run data` uses CALIBRATION.seed
 * @returns file name -> file contents (JSON with 2-space indent, CSV with \n line ends, each ending in a newline)
 * @example
 * const files = generateKentData();
 * JSON.parse(files['children.json']).length; // 1690
 */
export function generateKentData(seed: number = CALIBRATION.seed): Record<(typeof KENT_DATA_FILES)[number], string> {
  const namer = createNamer(createRandom(seed + 1));
  const schools = generateSchools(createRandom(seed + 2), namer);
  const srp = generateSrpBases(createRandom(seed + 3), namer);
  const children = generateChildren(createRandom(seed + 4));
  const placements = placeChildren(createRandom(seed + 5), children, schools);
  const spend = spendSeries();
  return {
    'figures.json': json(KENT_FIGURES),
    'schools.json': json(schools.map((s) => s.school)),
    'srp.json': json(srp),
    'children.json': json(children),
    'placements.csv': csv(
      ['childId', 'urn', 'lot', 'annualFee'],
      placements.map((p) => [p.childId, p.urn, p.lot, p.annualFee]),
    ),
    'placements-by-need.csv': csv(
      ['year', 'need', 'count'],
      placementsByNeed(spend).map((r) => [r.year, r.need, r.count]),
    ),
    'spend.csv': csv(
      ['financialYear', 'yearEnding', 'spendGbp', 'kind', 'source'],
      spend.map((r) => [r.financialYear, r.yearEnding, r.spendGbp, r.kind, r.source]),
    ),
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
function csv(header: string[], rows: Array<Array<string | number>>): string {
  const field = (v: string | number) => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\n') + '\n';
}
