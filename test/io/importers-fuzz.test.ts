// The importers take files councils download or export by hand: whatever the bytes, each returns a
// result that accounts for every row, or throws a ValidationError for the whole file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importGias } from '../../src/io/gias/import-gias.js';
import { importSen2 } from '../../src/io/import-sen2.js';
import { importTransitions } from '../../src/io/import-transitions.js';
import { isValidationError } from '../../src/schema/validation-error.js';

const runs = Number(process.env.FUZZ_RUNS ?? 100);

const cell = fc.oneof(
  fc.constantFrom(
    '',
    'Open',
    'Closed',
    'Kent',
    'Other independent special school',
    'Academy converter',
    'Resourced provision',
    'NONSEND',
    'MMS',
    'ASD',
  ),
  fc.constantFrom(
    '11',
    '18',
    '-1',
    '4.5',
    '1e300',
    'NaN',
    'Infinity',
    '0',
    '530000',
    '180000',
    'c',
    'z',
    '202425',
    '2024',
  ),
  fc.string({ maxLength: 6 }),
);
const table = (header: string[]) =>
  fc
    .array(fc.array(cell, { minLength: header.length - 1, maxLength: header.length + 1 }), { maxLength: 12 })
    .map((rows) =>
      [header, ...rows]
        .map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
        .join('\r\n'),
    );

const GIAS_HEADER = [
  'URN',
  'LA (name)',
  'EstablishmentName',
  'TypeOfEstablishment (name)',
  'EstablishmentStatus (name)',
  'StatutoryLowAge',
  'StatutoryHighAge',
  'SchoolCapacity',
  'NumberOfPupils',
  'SEN1 (name)',
  'TypeOfResourcedProvision (name)',
  'ResourcedProvisionCapacity',
  'Easting',
  'Northing',
];
const SEN2_HEADER = ['time_period', 'geographic_level', 'la_name', 'establishment_type', 'num_caseload'];
const TRANSITIONS_HEADER = [
  'calendar-year',
  'setting-1',
  'need-1',
  'academic-year-1',
  'setting-2',
  'need-2',
  'academic-year-2',
];

function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (e) {
    if (!isValidationError(e)) throw e;
    return undefined;
  }
}

const finite = (x: unknown): boolean =>
  typeof x === 'number'
    ? Number.isFinite(x)
    : typeof x === 'object' && x !== null
      ? Object.values(x).every(finite)
      : true;

/** Every problem of every rejected row carries a machine-readable code, as ValidationError's issues do. */
const coded = (r: { rejected: { problems: { code: string }[] }[] }): boolean =>
  r.rejected.every((row) => row.problems.every((p) => /^[a-z_]+$/.test(p.code)));

describe('importers on arbitrary input', () => {
  it('importGias accounts for every row and outputs only finite numbers', () => {
    fc.assert(
      fc.property(table(GIAS_HEADER), fc.constantFrom(undefined, 'Kent'), (csv, la) => {
        const r = outcome(() => importGias(csv, { la })) as ReturnType<typeof importGias> | undefined;
        if (!r) return;
        const s = r.summary;
        expect(s.imported + s.rejected + s.closed + s.notOpen + s.otherLa + s.notAPlacement).toBe(s.read);
        expect(r.records).toHaveLength(s.imported);
        expect(finite(r.records)).toBe(true);
        expect(coded(r)).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('importSen2 accounts for every row and outputs only finite numbers', () => {
    fc.assert(
      fc.property(table(SEN2_HEADER), (csv) => {
        const r = outcome(() => importSen2(csv)) as ReturnType<typeof importSen2> | undefined;
        if (!r) return;
        const s = r.summary;
        expect(s.imported + s.rejected + s.suppressed + s.leftOut).toBe(s.read);
        expect(finite(r.records)).toBe(true);
        expect(coded(r)).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('importTransitions accounts for every row', () => {
    fc.assert(
      fc.property(table(TRANSITIONS_HEADER), table(['code', 'setting']), (csv, settings) => {
        const r = outcome(() => importTransitions(csv, settings)) as ReturnType<typeof importTransitions> | undefined;
        if (!r) return;
        expect(r.summary.imported + r.summary.rejected).toBe(r.summary.read);
        expect(r.records).toHaveLength(r.summary.imported);
        expect(coded(r)).toBe(true);
      }),
      { numRuns: runs },
    );
  });
});
