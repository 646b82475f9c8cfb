import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../data/synthetic/calibration.js';
import { KENT_DATA_FILES, generateKentData } from '../../data/synthetic/kent-data.js';
import { canTake } from '../../data/synthetic/placements.js';
import { ALL_TOWNS, KENT_DISTRICTS } from '../../data/synthetic/towns.js';
import { parseChildren } from '../../src/schema/child.js';
import { parseSchools } from '../../src/schema/school.js';

const kentDir = join(dirname(fileURLToPath(import.meta.url)), '../../data/kent');
const onDisk = (name: string) => readFileSync(join(kentDir, name), 'utf8');

// One generation shared by every test: it is pure, so sharing cannot leak state between tests.
const files = generateKentData();
const schools = parseSchools(JSON.parse(files['schools.json']));
const srp = parseSchools(JSON.parse(files['srp.json']));
const children = parseChildren(JSON.parse(files['children.json']));
const placements = rows(files['placements.csv']).map(([childId, urn, lot, annualFee]) => ({
  childId,
  urn,
  lot,
  annualFee: Number(annualFee),
}));
const byNeed = rows(files['placements-by-need.csv']).map(([year, need, count]) => ({
  year: Number(year),
  need,
  count: Number(count),
}));

/** Real special and independent school names in and around Kent: no invented name may use them. */
const REAL_SCHOOL_NAMES = [
  'Valence',
  'Foreland Fields',
  'Laleham Gap',
  'Five Acre Wood',
  'Meadowfield',
  'Oakley',
  'Grange Park',
  'Stone Bay',
  'Ripplevale',
  'Hope View',
  'The Beacon',
  'St Nicholas',
  'Portal House',
  'Broomhill Bank',
  'Milestone',
  'Rowhill',
  'Wyvern',
  'Bower Grove',
  'Goldwyn',
  'The Orchard',
  'Elms',
  'Ifield',
  'Snowfields',
  'Five Acre',
  'Bradfields',
  'Danecourt',
  'Abbey Court',
  'Rivermead',
  'Helen Allison',
  'Brewood',
  'Caldecott',
  'Heath Farm',
  'Bradstow',
  'Furness',
  'Dorton House',
  'Browns',
  'Nash College',
  'Great Oaks',
  'Learning Opportunities Centre',
];

function rows(text: string): string[][] {
  // Only for the files without quoted fields; spend.csv is read by readSpend below.
  return text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

function readSpend(text: string): Array<{ yearEnding: number; spendGbp: number; kind: string }> {
  return text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [, yearEnding, spendGbp, kind] = line.split(',');
      return { yearEnding: Number(yearEnding), spendGbp: Number(spendGbp), kind };
    });
}

describe('the Kent data generator', () => {
  it('reproduces every committed file byte for byte (run `npm run data` after changing the generator)', () => {
    for (const name of KENT_DATA_FILES) expect(files[name], name).toBe(onDisk(name));
  });

  it('gives the same bytes for the same seed and different records for another seed', () => {
    expect(generateKentData(CALIBRATION.seed)).toEqual(files);
    const other = generateKentData(CALIBRATION.seed + 100);
    expect(other['children.json']).not.toBe(files['children.json']);
    expect(other['figures.json']).toBe(files['figures.json']);
  });

  it('writes JSON with a 2-space indent and CSV with \\n line ends, each ending in one newline', () => {
    for (const name of KENT_DATA_FILES) {
      expect(files[name].endsWith('\n') && !files[name].endsWith('\n\n'), name).toBe(true);
      expect(files[name].includes('\r'), name).toBe(false);
      if (name.endsWith('.json')) expect(files[name]).toBe(`${JSON.stringify(JSON.parse(files[name]), null, 2)}\n`);
    }
  });
});

describe('synthetic schools', () => {
  it('are about 120 independent and non-maintained schools, about 10% non-maintained', () => {
    expect(schools.length).toBeGreaterThanOrEqual(110);
    expect(schools.length).toBeLessThanOrEqual(130);
    const nonMaintained = schools.filter((s) => s.kind === 'non-maintained').length;
    expect(schools.every((s) => s.kind === 'independent' || s.kind === 'non-maintained')).toBe(true);
    expect(nonMaintained / schools.length).toBeGreaterThan(0.07);
    expect(nonMaintained / schools.length).toBeLessThan(0.13);
  });

  it('have about a third on the framework, split between lot 1 and lot 2, lot 1 rated good or better', () => {
    const lot1 = schools.filter((s) => s.lot === 'lot1');
    const lot2 = schools.filter((s) => s.lot === 'lot2');
    const share = (lot1.length + lot2.length) / schools.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.38);
    expect(lot1.length).toBeGreaterThan(0);
    expect(lot2.length).toBeGreaterThan(0);
    expect(lot1.every((s) => s.ofsted === 'outstanding' || s.ofsted === 'good')).toBe(true);
  });

  it('keep capacity in 20-150 with small vacancies, and set a district exactly for those in Kent', () => {
    for (const s of schools) {
      expect(s.capacity).toBeGreaterThanOrEqual(20);
      expect(s.capacity).toBeLessThanOrEqual(150);
      expect(s.vacancies).toBeLessThanOrEqual(5);
      if (s.district !== undefined) expect(KENT_DISTRICTS).toContain(s.district);
    }
    const outOfKent = schools.filter((s) => s.district === undefined).length;
    expect(outOfKent).toBeGreaterThan(0);
    expect(outOfKent).toBeLessThan(schools.length / 2);
  });

  it('have URNs of 9 and five digits (a range the DfE does not use), unique across schools and SRP bases', () => {
    const urns = [...schools, ...srp].map((s) => s.urn);
    expect(urns.every((u) => /^9\d{5}$/.test(u))).toBe(true);
    expect(new Set(urns).size).toBe(urns.length);
  });
});

describe('invented names', () => {
  const names = [...schools, ...srp].map((s) => s.name);

  it('use none of the real Kent special and independent school names', () => {
    for (const real of REAL_SCHOOL_NAMES) {
      const pattern = new RegExp(`\\b${real}\\b`, 'i');
      expect(
        names.filter((n) => pattern.test(n)),
        real,
      ).toEqual([]);
    }
  });

  it('never use a real town name, so none can read "<Town> School"', () => {
    for (const town of ALL_TOWNS) {
      const pattern = new RegExp(`\\b${town.name}\\b`, 'i');
      expect(
        names.filter((n) => pattern.test(n)),
        town.name,
      ).toEqual([]);
    }
  });

  it('are unique', () => {
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('SRP bases', () => {
  it('total exactly 1,500 places over all 12 Kent districts, in mainstream hosts, with SRP need types', () => {
    expect(srp.reduce((sum, s) => sum + s.capacity, 0)).toBe(1500);
    expect(new Set(srp.map((s) => s.district))).toEqual(new Set(KENT_DISTRICTS));
    const srpNeeds = new Set(['ASD', 'SLCN', 'SEMH', 'PD', 'HI', 'VI', 'SpLD', 'MLD']);
    for (const s of srp) {
      expect(s.kind).toBe('srp');
      expect(s.lot).toBe('none');
      expect(s.residential).toBe(false);
      expect(s.needs.every((n) => srpNeeds.has(n))).toBe(true);
      expect(s.name).toMatch(/(Primary School|Academy|High School) SRP \(/);
    }
  });
});

describe('synthetic children', () => {
  it('are 1,690 pseudonymous children with ids KC00001 upwards and no name field', () => {
    expect(children.length).toBe(1690);
    expect(children[0].id).toBe('KC00001');
    expect(children.every((c) => /^KC\d{5}$/.test(c.id))).toBe(true);
    const allowed = new Set(['id', 'primaryNeed', 'secondaryNeeds', 'ncYear', 'sex', 'home', 'residential']);
    for (const raw of JSON.parse(files['children.json']) as object[]) {
      expect(Object.keys(raw).every((k) => allowed.has(k))).toBe(true);
    }
  });

  it('are mostly ASD and SEMH, mostly male, a few residential', () => {
    const share = (f: (c: (typeof children)[number]) => boolean) => children.filter(f).length / children.length;
    expect(share((c) => c.primaryNeed === 'ASD') + share((c) => c.primaryNeed === 'SEMH')).toBeGreaterThan(0.65);
    expect(share((c) => c.sex === 'male')).toBeGreaterThan(0.65);
    expect(share((c) => c.residential === true)).toBeGreaterThan(0);
    expect(share((c) => c.residential === true)).toBeLessThan(0.06);
  });

  it('show a Year 7 spike: at least a quarter more children than in Year 6 or Year 8', () => {
    const inYear = (y: number) => children.filter((c) => c.ncYear === y).length;
    expect(inYear(7)).toBeGreaterThan(1.25 * inYear(6));
    expect(inYear(7)).toBeGreaterThan(1.25 * inYear(8));
  });

  it('live in and around Kent (within a box around the county, homes being scattered a few km from towns)', () => {
    for (const c of children) {
      expect(c.home.lat).toBeGreaterThan(50.8);
      expect(c.home.lat).toBeLessThan(51.6);
      expect(c.home.lon).toBeGreaterThan(-0.2);
      expect(c.home.lon).toBeLessThan(1.7);
    }
  });
});

describe('placements', () => {
  const schoolByUrn = new Map(schools.map((s) => [s.urn, s]));

  it('give each child exactly one placement at a school that can take them', () => {
    expect(placements.map((p) => p.childId)).toEqual(children.map((c) => c.id));
    children.forEach((child, i) => {
      const school = schoolByUrn.get(placements[i].urn);
      expect(school, child.id).toBeDefined();
      expect(canTake(school!, child), child.id).toBe(true);
      expect(placements[i].lot).toBe(school!.lot);
      expect(placements[i].annualFee).toBe(school!.annualFee);
    });
  });

  it('put 900-940 children on the framework and cost within 1% of £86.7m', () => {
    const framework = placements.filter((p) => p.lot !== 'none');
    expect(framework.length).toBeGreaterThanOrEqual(900);
    expect(framework.length).toBeLessThanOrEqual(940);
    const total = placements.reduce((sum, p) => sum + p.annualFee, 0);
    expect(Math.abs(total - 86_700_000) / 86_700_000).toBeLessThan(0.01);
    const frameworkTotal = framework.reduce((sum, p) => sum + p.annualFee, 0);
    expect(Math.abs(frameworkTotal - 46_900_000) / 46_900_000).toBeLessThan(0.01);
  });

  it('cost what data/README.md says they cost', () => {
    const readme = readFileSync(join(kentDir, '../README.md'), 'utf8');
    const gbp = (n: number) => `£${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
    const total = placements.reduce((sum, p) => sum + p.annualFee, 0);
    const frameworkTotal = placements.filter((p) => p.lot !== 'none').reduce((sum, p) => sum + p.annualFee, 0);
    expect(readme).toContain(gbp(total));
    expect(readme).toContain(gbp(frameworkTotal));
  });

  it('never fill a school beyond its capacity less its vacancies', () => {
    const placed = new Map<string, number>();
    for (const p of placements) placed.set(p.urn, (placed.get(p.urn) ?? 0) + 1);
    for (const s of schools) expect(placed.get(s.urn) ?? 0, s.urn).toBeLessThanOrEqual(s.capacity - s.vacancies);
  });
});

describe('history', () => {
  it('counts independent placements by need for 2015-2025, ending at exactly 1,172 and growing every year', () => {
    const totals = new Map<number, number>();
    for (const r of byNeed) totals.set(r.year, (totals.get(r.year) ?? 0) + r.count);
    expect([...totals.keys()]).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(totals.get(2025)).toBe(1172);
    const values = [...totals.values()];
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
  });

  it('keeps spend per placement growing at the documented fee growth', () => {
    const spend = readSpend(files['spend.csv']);
    const totals = new Map<number, number>();
    for (const r of byNeed) totals.set(r.year, (totals.get(r.year) ?? 0) + r.count);
    const perPlacement = (y: number) => spend.find((r) => r.yearEnding === y)!.spendGbp / totals.get(y)!;
    const yearly = (perPlacement(2025) / perPlacement(2018)) ** (1 / 7) - 1;
    expect(yearly).toBeCloseTo(CALIBRATION.feeGrowth, 2);
  });

  it('marks the published spend figures real and every other year synthetic', () => {
    const spend = readSpend(files['spend.csv']);
    const real = spend.filter((r) => r.kind === 'real');
    expect(real.map((r) => [r.yearEnding, r.spendGbp])).toEqual([
      [2018, 27_911_115],
      [2019, 34_167_515],
      [2020, 39_772_645],
      [2021, 49_244_606],
      [2025, 86_700_000],
    ]);
    expect(spend.every((r) => r.kind === 'real' || r.kind === 'synthetic')).toBe(true);
  });
});

describe('figures.json', () => {
  it('gives every real figure a key, value, unit, description and a "Kent County Council, <paper>, <year>"', () => {
    const figures = JSON.parse(files['figures.json']) as Array<Record<string, unknown>>;
    const keys = figures.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of figures) {
      expect(Object.keys(f)).toEqual(['key', 'value', 'unit', 'description', 'source']);
      expect(f.source).toMatch(/^Kent County Council, .+, 20\d\d$/);
    }
    const value = (key: string) => figures.find((f) => f.key === key)?.value;
    expect(value('independentPlacements2025')).toBe(1172);
    expect(value('srpPlaces')).toBe(1500);
    expect(value('fundedChildren2024_25')).toBe(1690);
    expect(value('nmissSpend2024_25')).toBe(86_700_000);
  });
});
