import * as z from 'zod/mini';
import { strictOptions } from '../schema/strict-fields.js';
import { CsvReadOptionsSchema, type CsvReadOptions } from './options.js';

/** Which columns of a statistics file hold what. Defaults match the DfE's published EHCP files. */
export type Sen2Columns = {
  /** The year: `2024` (calendar year of the January census) or `202425` (academic year). Default `time_period`. */
  year?: string;
  /** The area's name. Default `la_name`. */
  area?: string;
  /** The area's code, kept alongside. Default `new_la_code`. */
  areaCode?: string;
  /** The placement or establishment type each count is for. Default `establishment_type`. */
  category?: string;
  /** The count. Default `num_caseload` (caseload files; use `num_new_plans` for new plans). */
  value?: string;
  /** The geographic level. Default `geographic_level`. */
  level?: string;
  /** The age band of the age-group files ("Age 16 to 19"), kept as its own series when present. Default `age`. */
  age?: string;
};

/** Options of importSen2. */
export type Sen2Options = CsvReadOptions & {
  columns?: Sen2Columns;
  /** Keep rows at this geographic level. Default `Local authority`. */
  level?: string;
  /** Keep only this area (name or code, any case). */
  la?: string;
  /**
   * Keep only rows whose column has this value, for columns present in the file. Default
   * `{ ehcp_or_statement: 'Total' }`, so plans are not counted twice (EHCP + Statement + Total).
   */
  filters?: Record<string, string>;
};

/**
 * The defaults of importSen2: the column names and filters of the DfE's "Education, health and care
 * plans" downloads from explore-education-statistics.
 *
 * @example
 * SEN2_DEFAULTS.columns.value; // 'num_caseload'
 */
export const SEN2_DEFAULTS = {
  columns: {
    year: 'time_period',
    area: 'la_name',
    areaCode: 'new_la_code',
    category: 'establishment_type',
    value: 'num_caseload',
    level: 'geographic_level',
    age: 'age',
  },
  level: 'Local authority',
  filters: { ehcp_or_statement: 'Total' } as Record<string, string>,
  /** Symbols the DfE publishes in place of a number: suppressed, not available, not applicable, rounds to 0. */
  suppressed: ['c', 'x', 'z', 'u', 'low', ':', '..'],
} as const;

const ColumnName = z.optional(z.string({ error: 'a column name must be text' }));
/**
 * The options of importSen2, validated at the door.
 *
 * @example
 * Sen2OptionsSchema.safeParse({ columns: { age: 'age_group' } }).success; // true
 */
export const Sen2OptionsSchema = strictOptions(
  {
    ...CsvReadOptionsSchema.shape,
    columns: z.optional(
      strictOptions(
        {
          year: ColumnName,
          area: ColumnName,
          areaCode: ColumnName,
          category: ColumnName,
          value: ColumnName,
          level: ColumnName,
          age: ColumnName,
        },
        { error: 'columns must be an object of column names' },
      ),
    ),
    level: z.optional(z.string({ error: 'level must be text' })),
    la: z.optional(z.string({ error: 'la must be text' })),
    filters: z.optional(
      z.record(
        z.string({ error: 'a filter column must be text' }),
        z.string({ error: 'a filter value must be text' }),
        {
          error: 'filters must map column names to values',
        },
      ),
    ),
  },
  { error: 'options must be an object' },
);
