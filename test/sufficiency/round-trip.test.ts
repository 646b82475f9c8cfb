// The transitions CSV (witan.send layout + setting mapping) round-trips through the importer and
// estimateTransitions into a projection that conserves children, on random histories.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTransitions } from '../../src/io/import-transitions.js';
import type { Transition } from '../../src/schema/transition.js';
import { estimateTransitions } from '../../src/sufficiency/estimate-transitions.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { expectConservation } from './conservation.js';

const CODES = {
  mainstream: 'MMS',
  srp: 'MRP',
  'maintained-special': 'MSS',
  independent: 'ISS',
  'non-maintained': 'NMSS',
  other: 'FE',
} as const;
const MAPPING =
  'code,setting\n' +
  Object.entries(CODES)
    .map(([s, c]) => `${c},${s}`)
    .join('\n') +
  '\n';
const setting = fc.constantFrom(...(Object.keys(CODES) as Array<keyof typeof CODES>));
const need = fc.constantFrom('ASD' as const, 'SEMH' as const, 'MLD' as const);

const record = fc
  .record({
    year: fc.integer({ min: 2019, max: 2023 }),
    kind: fc.constantFrom('stay', 'stay', 'stay', 'join', 'leave'),
    from: setting,
    to: setting,
    need,
    ncYear: fc.integer({ min: -1, max: 13 }),
  })
  .map((r): Transition => {
    if (r.kind === 'join')
      return { calendarYear: r.year, setting1: 'new', setting2: r.to, need2: r.need, ncYear2: r.ncYear + 1 };
    if (r.kind === 'leave')
      return { calendarYear: r.year, setting1: r.from, need1: r.need, ncYear1: r.ncYear, setting2: 'left' };
    return {
      calendarYear: r.year,
      setting1: r.from,
      need1: r.need,
      ncYear1: r.ncYear,
      setting2: r.to,
      need2: r.need,
      ncYear2: r.ncYear + 1,
    };
  });

function toCsv(history: Transition[]): string {
  const code = (s: string) => (s === 'new' || s === 'left' ? 'NONSEND' : CODES[s as keyof typeof CODES]);
  const rows = history.map((t) =>
    [
      t.calendarYear,
      code(t.setting1),
      t.need1 ?? '',
      t.ncYear1 ?? '',
      code(t.setting2),
      t.need2 ?? '',
      t.ncYear2 ?? '',
    ].join(','),
  );
  return ['calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2', ...rows].join('\n') + '\n';
}

describe('transitions CSV round trip', () => {
  it('imports what was written, estimates it and projects it with conservation', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 200 }), (history) => {
        const read = importTransitions(toCsv(history), MAPPING);
        expect(read.rejected).toEqual([]);
        expect(read.records).toEqual(history);
        const est = estimateTransitions(read.records);
        const p = projectSufficiency({
          name: 'round trip',
          baseYear: est.baseYear,
          endYear: est.baseYear + 4,
          maxNcYear: est.maxNcYear,
          stock: est.stock,
          joiners: est.joiners,
          transitions: est.transitions,
          independentRegardless: { value: 0.1, source: 'assumption: test' },
          capacity: { srp: { base: { value: 5, source: 'assumption: test' }, additions: [] } },
          costs: { feeUpliftRate: { value: 0, source: 'assumption: test' }, bySetting: {} },
        });
        const lastYear = Math.max(...history.map((t) => t.calendarYear));
        const inLastCensus = history.filter((t) => t.calendarYear === lastYear && t.setting2 !== 'left').length;
        expect(p.rows[0].total).toBeCloseTo(inLastCensus, 9);
        expectConservation(p.rows);
        expectConservation(p.counterfactual);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 25), seed: 5 },
    );
  });
});
