import * as z from 'zod/mini';
import { MAX_TABLE_JOURNEY, type TravelEntry } from '../geo/travel-table.js';
import { IdentifierSchema } from '../schema/common.js';
import { strictOptions } from '../schema/strict-fields.js';
import { ValidationError, formatPath, fromZodIssues, type ValidationIssueInput } from '../schema/validation-error.js';

/** Which children and schools an OSRM table's rows and columns are, in the order they were requested. */
export type OsrmTableOptions = {
  /** One per source (row) of the request: the children, in the order their homes were sent. */
  childIds: (string | number)[];
  /** One per destination (column): the schools' URNs (text, or whole numbers as GIAS writes them), in order sent. */
  urns: (string | number)[];
};

/** What importOsrmTable returns: the journeys, how many pairs had no route, and how many OSRM only estimated. */
export type OsrmImport = {
  /** One entry per child and school, row by row (but fallback cells): the `travel` option of the matching functions. */
  travel: TravelEntry[];
  /** `fallback`: cells OSRM estimated at `fallback_speed` (its `fallback_speed_cells`), left out of `travel`. */
  summary: { pairs: number; noRoute: number; fallback: number };
};

const cell = (unit: string) =>
  z.nullable(
    z
      .number({ error: `must be a number of ${unit}, or null when there is no route` })
      .check(z.minimum(0, { error: `must be 0 or more ${unit}` })),
  );
const matrix = (unit: string, field: string) =>
  z.array(z.array(cell(unit), { error: `each row of ${field} must be a list` }), {
    error: `${field} is required (request annotations=duration,distance): a list of rows, one per source`,
  });

/** The parts of an OSRM /table response that are read; other fields (waypoints' names, hints) are left alone. */
const OsrmTableSchema = z.looseObject(
  {
    code: z.string({ error: "code is required: OSRM answers 'Ok' or an error code" }),
    message: z.optional(z.string()),
    durations: z.optional(z.unknown()),
    distances: z.optional(z.unknown()),
    sources: z.optional(z.array(z.unknown(), { error: 'sources must be a list' })),
    destinations: z.optional(z.array(z.unknown(), { error: 'destinations must be a list' })),
    fallback_speed_cells: z.optional(
      z.array(z.tuple([z.int(), z.int()]), { error: 'fallback_speed_cells must be a list of [row, column] pairs' }),
    ),
  },
  { error: 'must be the JSON object an OSRM /table request returns' },
);
const DurationsSchema = matrix('seconds', 'durations');
const DistancesSchema = matrix('metres', 'distances');
const IdsSchema = (what: string) =>
  z.array(IdentifierSchema, {
    error: `${what} must be a list of text, one per ${what === 'urns' ? 'destination' : 'source'}`,
  });
/** The ids, at paths under `options`; an option the table does not take (`sources`) is named, not dropped. */
const OptionsSchema = strictOptions(
  { childIds: IdsSchema('childIds'), urns: IdsSchema('urns') },
  { error: 'options must be { childIds, urns }: the ids of the sources and destinations, in request order' },
);

/**
 * Turns the response of an OSRM table request (`/table/v1/driving/...?sources=...&destinations=...
 * &annotations=duration,distance`, children's homes as sources and schools as destinations) into
 * a travel table: seconds become minutes, metres become km, and a null (no route) becomes km and
 * minutes null, which excludes the school for that child as `unreachable`. A cell OSRM only estimated
 * (`fallback_speed_cells`, when the request set `fallback_speed`) is left out, so matching estimates it and says
 * so. The response's shape is checked against the ids: one row per child, one column per school, in both matrices.
 *
 * @param json the parsed response body
 * @param options the child ids of the sources and the URNs of the destinations, in request order
 *   (required; no other option)
 * @throws ValidationError naming each problem's field (`durations[2][5]`, `distances`, `code`,
 *   `options.childIds[3]`), e.g. for an error response, a missing matrix or a row of the wrong length
 * @example
 * const osrm = { code: 'Ok', durations: [[1260, null]], distances: [[12400, null]] };
 * importOsrmTable(osrm, { childIds: ['C1'], urns: ['900001', '900002'] }).travel;
 * // [{ childId: 'C1', urn: '900001', km: 12.4, minutes: 21 },
 * //  { childId: 'C1', urn: '900002', km: null, minutes: null }]
 */
export function importOsrmTable(json: unknown, options: OsrmTableOptions): OsrmImport {
  const issues: ValidationIssueInput[] = [];
  const ids = checked(OptionsSchema, options, issues, ['options']);
  if (ids)
    issues.push(...duplicateIssues(ids.childIds, 'options.childIds'), ...duplicateIssues(ids.urns, 'options.urns'));
  const body = checked(OsrmTableSchema, json, issues);
  if (body !== undefined && body.code !== 'Ok') {
    const why = body.message === undefined ? '' : `: ${body.message}`;
    issues.push({ path: 'code', code: 'invalid_value', message: `OSRM answered ${body.code}${why}, not Ok` });
  }
  const ok = body !== undefined && body.code === 'Ok';
  const durations = ok ? matrixOf(DurationsSchema, body.durations, issues, 'durations') : undefined;
  const distances = ok ? matrixOf(DistancesSchema, body.distances, issues, 'distances') : undefined;
  if (ids && body && durations && distances)
    issues.push(...shapeIssues(body, durations, distances, ids.childIds.length, ids.urns.length));
  if (issues.length > 0 || !ids || !body || !durations || !distances) throw new ValidationError('OSRM table', issues);
  const fallback = new Set((body.fallback_speed_cells ?? []).map(([i, j]) => `${i},${j}`));
  return journeysOf(ids.childIds, ids.urns, durations, distances, fallback);
}

/**
 * One matrix of the response. OSRM leaves `distances` out unless asked (`annotations=duration,distance`),
 * so a missing matrix says how to ask for it rather than only that it is required.
 */
function matrixOf(
  schema: typeof DurationsSchema,
  value: unknown,
  issues: ValidationIssueInput[],
  field: 'durations' | 'distances',
): (number | null)[][] | undefined {
  if (value !== undefined) return checked(schema, value, issues, [field]);
  const message = 'is required: request the table with annotations=duration,distance';
  issues.push({ path: field, code: 'required', message });
  return undefined;
}

/** Parses with a zod/mini schema, adding its issues under `prefix` to `issues`; undefined when it fails. */
function checked<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  issues: ValidationIssueInput[],
  prefix: PropertyKey[] = [],
): z.infer<S> | undefined {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  issues.push(...fromZodIssues(parsed.error.issues, prefix));
  return undefined;
}

/** Rows and columns against the ids, and the waypoint lists when given; every journey within the bounds. */
function shapeIssues(
  body: { sources?: unknown[]; destinations?: unknown[] },
  durations: (number | null)[][],
  distances: (number | null)[][],
  rows: number,
  columns: number,
): ValidationIssueInput[] {
  const issues: ValidationIssueInput[] = [];
  // zod's codes for a list of the wrong length: too_small when short, too_big when long.
  const count = (path: string, got: number, want: number, message: string) => {
    if (got !== want) issues.push({ path, code: got < want ? 'too_small' : 'too_big', message });
  };
  if (body.sources !== undefined)
    count('sources', body.sources.length, rows, `has ${body.sources.length} sources for ${rows} child ids`);
  if (body.destinations !== undefined)
    count(
      'destinations',
      body.destinations.length,
      columns,
      `has ${body.destinations.length} destinations for ${columns} URNs`,
    );
  for (const [field, m, unit, perUnit] of [
    ['durations', durations, 'minutes', 60],
    ['distances', distances, 'km', 1000],
  ] as const) {
    count(field, m.length, rows, `has ${m.length} rows for ${rows} child ids (one row per source)`);
    m.forEach((row, i) => {
      count(`${field}[${i}]`, row.length, columns, `has ${row.length} columns for ${columns} URNs`);
      row.forEach((x, j) => {
        if (x !== null && x / perUnit > MAX_TABLE_JOURNEY)
          issues.push({
            path: formatPath([field, i, j]),
            code: 'too_big',
            message: `is over ${MAX_TABLE_JOURNEY} ${unit}: not a journey on roads`,
          });
      });
    });
  }
  return issues;
}

/** An issue with code `duplicate` for each id given again. */
function duplicateIssues(ids: readonly string[], field: string): ValidationIssueInput[] {
  const first = new Map<string, number>();
  const issues: ValidationIssueInput[] = [];
  ids.forEach((id, i) => {
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else issues.push({ path: `${field}[${i}]`, code: 'duplicate', message: `duplicate ${id} (first at [${seen}])` });
  });
  return issues;
}

/**
 * Every (child, school) journey, row by row; no route when either matrix has null. A cell OSRM filled in at its
 * fallback speed (straight line, no road) is left out, so that matching estimates it and says so (`source`).
 */
function journeysOf(
  childIds: readonly string[],
  urns: readonly string[],
  durations: (number | null)[][],
  distances: (number | null)[][],
  fallback: ReadonlySet<string>,
): OsrmImport {
  const travel: TravelEntry[] = [];
  let noRoute = 0;
  childIds.forEach((childId, i) => {
    urns.forEach((urn, j) => {
      if (fallback.has(`${i},${j}`)) return;
      const seconds = durations[i][j];
      const metres = distances[i][j];
      if (seconds === null || metres === null) {
        travel.push({ childId, urn, km: null, minutes: null });
        noRoute++;
      } else travel.push({ childId, urn, km: metres / 1000, minutes: seconds / 60 });
    });
  });
  return {
    travel,
    summary: { pairs: travel.length, noRoute, fallback: childIds.length * urns.length - travel.length },
  };
}
