import type { TextInput } from '../options.js';
import * as z from 'zod/mini';
import { CountSchema, labelEnum, NonEmptyStringSchema, NonNegativeSchema, RateSchema } from '../../schema/common.js';
import { LOTS, OFSTED_GRADES, VacanciesByNcYearSchema } from '../../schema/school.js';
import type { CsvReadOptions } from '../options.js';
import type { ReadResult } from '../read-result.js';
import { readTypedCsv, type RecordFormat } from '../read-typed-csv.js';

/**
 * One row of a council's own school file: what GIAS does not publish (fee, framework lot, vacancies,
 * Ofsted grade, KPIs), keyed by URN. Every field but the URN is optional.
 *
 * @example
 * CouncilSchoolRowSchema.parse({ urn: '900001', lot: 'lot2' }); // { urn: '900001', lot: 'lot2' }
 */
export const CouncilSchoolRowSchema = z.object({
  urn: NonEmptyStringSchema,
  annualFee: z.optional(NonNegativeSchema),
  // Labels as a spreadsheet writes them (`Lot 1`, `Requires Improvement`), as in a schools file.
  lot: z.optional(labelEnum(LOTS, `lot must be one of ${LOTS.join(', ')}`)),
  vacancies: z.optional(CountSchema),
  capacity: z.optional(CountSchema),
  ofsted: z.optional(labelEnum(OFSTED_GRADES, `ofsted must be one of ${OFSTED_GRADES.join(', ')}`)),
  kpis: z.optional(
    z.object({
      attendance: z.optional(RateSchema),
      breakdownRate: z.optional(RateSchema),
      medianResponseDays: z.optional(NonNegativeSchema),
      acceptanceRate: z.optional(RateSchema),
    }),
  ),
  vacanciesByNcYear: z.optional(VacanciesByNcYearSchema),
  district: z.optional(NonEmptyStringSchema),
});

const COUNCIL_FORMAT: RecordFormat<CouncilSchoolRow> = {
  what: 'council school row',
  layout: {
    fields: {
      urn: 'string',
      annualFee: 'number',
      lot: 'string',
      vacancies: 'number',
      capacity: 'number',
      ofsted: 'string',
      'kpis.attendance': 'rate',
      'kpis.breakdownRate': 'rate',
      'kpis.medianResponseDays': 'number',
      'kpis.acceptanceRate': 'rate',
      district: 'string',
    },
    prefixes: { 'vacanciesByNcYear.': 'number' },
  },
  schema: CouncilSchoolRowSchema,
  keyColumn: 'urn',
  keyOf: (row) => row.urn,
  keyLabel: 'URN',
};

/** A row of the council's school file (see CouncilSchoolRowSchema). */
export type CouncilSchoolRow = z.infer<typeof CouncilSchoolRowSchema>;

/**
 * Reads a council's school file (`urn,annualFee,lot,vacancies,capacity,ofsted,kpis.attendance,
 * kpis.breakdownRate,kpis.medianResponseDays,kpis.acceptanceRate,vacanciesByNcYear.N,district`),
 * the file importGias joins on URN. Bad rows and repeated URNs are rejected with their line.
 *
 * @example
 * readCouncilSchoolsCsv('urn,annualFee,lot\n900001,"£58,500",lot1\n').records; // [{ urn: '900001', annualFee: 58500,
 *   lot: 'lot1' }]
 */
export function readCouncilSchoolsCsv(input: TextInput, options: CsvReadOptions = {}): ReadResult<CouncilSchoolRow> {
  return readTypedCsv(input, COUNCIL_FORMAT, options);
}
