// Every public entry point of the library, one line each: the exports it needs, the kinds of its
// arguments, and how to call it. The fuzz, privacy and determinism suites all read this table, so
// adding an entry point here covers it everywhere. An entry whose exports have not landed yet is
// skipped, with its name in the skip message.
import fc from 'fast-check';
import {
  ANY_CSV,
  CHILD,
  CHILDREN,
  CHILDREN_CSV,
  CHILDREN_JSON,
  POLICY,
  SCHOOL,
  SCHOOLS,
  SCHOOLS_CSV,
  SCHOOLS_JSON,
  SERIES,
  SERIES_CSV,
  SERIES_JSON,
  TRANSITIONS,
  RANK_OPTIONS,
  STRATEGIES,
  MATCHER_JSON,
  RANKING,
  CONSULTATION_OPTIONS,
  SCENARIO,
  PLAN_OPTIONS,
  CANDIDATES_CSV,
  FORECAST_OPTIONS,
  METHOD,
  BACKTEST_OPTIONS,
  SIMULATE_OPTIONS,
  SENSITIVITY_OPTIONS,
  PROJECTION_BACKTEST_OPTIONS,
  GAP_INPUT,
  GIAS_CSV,
  SEN2_CSV,
  TRANSITIONS_CSV,
  POPULATION_CSV,
  SETTING_MAPPING_CSV,
  SETTING_CODES_CSV,
  COUNCIL_SCHOOLS_CSV,
  GIAS_OPTIONS,
  SEN2_OPTIONS,
  fixedKind,
  structuredKind,
  type ArgKind,
} from './support/kinds.js';

/** The library's exports, from src or from a build. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Api = Record<string, any>;

/** One public entry point. */
export type EntryPoint = {
  name: string;
  /** Exports the call uses; the entry is skipped until all of them exist. */
  needs: string[];
  args: ArgKind[];
  call: (api: Api, args: unknown[]) => unknown;
  /**
   * Set for building blocks documented as trusting their input (call the parse functions first):
   * they get valid arguments only, and must still never return NaN or Infinity.
   */
  trusts?: boolean;
  /** Another invariant of a successful output: a message when it fails. */
  check?: (output: unknown) => string | undefined;
  /**
   * Share of FUZZ_RUNS at CI size for entry points that are slow per case (default 1); full-size runs do all FUZZ_RUNS.
   */
  runsShare?: number;
};

type Read = { records: unknown[]; rejected: unknown[]; summary: { read: number; imported: number; rejected: number } };

/** Every reader accounts for every row: read = imported + rejected. */
function noLostRows(output: unknown): string | undefined {
  const { summary } = output as Read;
  return summary.read === summary.imported + summary.rejected
    ? undefined
    : `summary ${JSON.stringify(summary)}: read != imported + rejected`;
}

/**
 * An importer also counts the rows it leaves out on purpose (closed schools, another council,
 * suppressed cells): read must equal imported + rejected + every such count.
 */
function everyRowCounted(output: unknown): string | undefined {
  const summary = (output as { summary: Record<string, unknown> }).summary;
  let accounted = 0;
  for (const [key, n] of Object.entries(summary)) if (key !== 'read' && typeof n === 'number') accounted += n;
  return summary.read === accounted
    ? undefined
    : `summary ${JSON.stringify(summary)}: read != the sum of the other counts`;
}

/**
 * A row reader also returns one record per imported row and one rejection per rejected row (a series reader folds rows
 * into one series).
 */
function rowsAccounted(output: unknown): string | undefined {
  const { records, rejected, summary } = output as Read;
  if (records.length !== summary.imported || rejected.length !== summary.rejected)
    return `summary ${JSON.stringify(summary)} does not match the lists`;
  return noLostRows(output);
}

/**
 * Simulation options with at most 12 Monte Carlo runs where the count is valid or missing (the
 * default is 1,000 runs, tens of seconds a case); invalid counts pass through to be rejected.
 */
function fewRuns(options: unknown): unknown {
  if (options === undefined) return { runs: 12 };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return options;
  const runs = (options as { runs?: unknown }).runs;
  if (runs === undefined || (Number.isInteger(runs) && (runs as number) > 12 && (runs as number) <= 100_000))
    return { ...options, runs: 12 };
  return options;
}

/** A table reader keeps one row per imported row and one rejection per rejected row. */
function tableAccounted(output: unknown): string | undefined {
  const { rows, rejected, summary } = output as { rows: unknown[]; rejected: unknown[]; summary: Read['summary'] };
  if (rows.length !== summary.imported || rejected.length !== summary.rejected)
    return `summary ${JSON.stringify(summary)} does not match the lists`;
  return noLostRows(output);
}

/** A setting mapping maps each code to one of the six settings. */
function settingsOnly(output: unknown): string | undefined {
  const { mapping } = output as { mapping: Map<string, string> };
  const settings = ['mainstream', 'srp', 'maintained-special', 'independent', 'non-maintained', 'other'];
  for (const [code, setting] of mapping)
    if (code === '' || !settings.includes(setting))
      return `mapping ${JSON.stringify(code)} -> ${JSON.stringify(setting)}`;
  return undefined;
}

const one = (name: string, kind: ArgKind): EntryPoint => ({
  name,
  needs: [name],
  args: [kind],
  call: (api, [x]) => api[name](x),
});

export const ENTRY_POINTS: EntryPoint[] = [
  // validation
  one('parseChild', CHILD),
  one('parseChildren', CHILDREN),
  one('parseSchool', SCHOOL),
  one('parseSchools', SCHOOLS),
  one('parsePolicy', POLICY),
  one('parseSeries', SERIES),
  one('parseTransitions', TRANSITIONS),
  {
    name: 'pseudonymise',
    needs: ['pseudonymise'],
    args: [CHILDREN, fixedKind('key', 'a-key-of-sixteen-chars', 'short', new Uint8Array(32))],
    call: (api, [c, k]) => api.pseudonymise(c, k),
  },

  // io: readers return every row as a record or a rejection; they throw only for the whole file
  { name: 'readCsv', needs: ['readCsv'], args: [ANY_CSV], call: (api, [t]) => api.readCsv(t), check: rowsAccounted },
  {
    name: 'readChildrenCsv',
    needs: ['readChildrenCsv'],
    args: [CHILDREN_CSV],
    call: (api, [t]) => api.readChildrenCsv(t),
    check: rowsAccounted,
  },
  {
    name: 'readSchoolsCsv',
    needs: ['readSchoolsCsv'],
    args: [SCHOOLS_CSV],
    call: (api, [t]) => api.readSchoolsCsv(t),
    check: rowsAccounted,
  },
  {
    name: 'readSeriesCsv',
    needs: ['readSeriesCsv'],
    args: [SERIES_CSV],
    call: (api, [t]) => api.readSeriesCsv(t),
    check: rowsAccounted,
  },
  {
    name: 'readCapacityCandidatesCsv',
    needs: ['readCapacityCandidatesCsv'],
    args: [CANDIDATES_CSV],
    call: (api, [t]) => api.readCapacityCandidatesCsv(t),
    check: rowsAccounted,
  },
  {
    name: 'readCouncilSchoolsCsv',
    needs: ['readCouncilSchoolsCsv'],
    args: [COUNCIL_SCHOOLS_CSV],
    call: (api, [t]) => api.readCouncilSchoolsCsv(t),
    check: rowsAccounted,
  },
  {
    name: 'readCsvTable',
    needs: ['readCsvTable'],
    args: [ANY_CSV],
    call: (api, [t]) => api.readCsvTable(t),
    check: tableAccounted,
  },
  // Returns { mapping, rejected, warnings }: no summary to check, so the fuzz checks the mapping itself.
  {
    name: 'readSettingMapping',
    needs: ['readSettingMapping'],
    args: [SETTING_CODES_CSV],
    call: (api, [t]) => api.readSettingMapping(t),
    check: settingsOnly,
  },
  { name: 'decodeText', needs: ['decodeText'], args: [ANY_CSV], call: (api, [t]) => api.decodeText(t) },
  {
    name: 'readRecords children JSON',
    needs: ['readRecords'],
    args: [CHILDREN_JSON],
    call: (api, [t]) => api.readRecords('children', t, 'children.json'),
    check: rowsAccounted,
  },
  {
    name: 'readRecords schools JSON',
    needs: ['readRecords'],
    args: [SCHOOLS_JSON],
    call: (api, [t]) => api.readRecords('schools', t, 'schools.json'),
    check: rowsAccounted,
  },
  {
    name: 'readRecords series JSON',
    needs: ['readRecords'],
    args: [SERIES_JSON],
    call: (api, [t]) => api.readRecords('series', t, 'series.json'),
    check: noLostRows,
  },
  {
    name: 'readRecords series CSV',
    needs: ['readRecords'],
    args: [SERIES_CSV],
    call: (api, [t]) => api.readRecords('series', t, 'series.csv'),
    check: noLostRows,
  },

  // matching
  {
    name: 'rankSchools',
    needs: ['rankSchools'],
    args: [CHILD, SCHOOLS, POLICY],
    call: (api, [c, s, p]) => api.rankSchools(c, s, p),
  },
  {
    name: 'createMatcher().rank',
    needs: ['createMatcher'],
    args: [SCHOOLS, POLICY, CHILD, RANK_OPTIONS],
    call: (api, [s, p, c, o]) => api.createMatcher(s, p).rank(c, o),
  },
  {
    name: 'createMatcher().rankMany',
    needs: ['createMatcher'],
    args: [SCHOOLS, POLICY, CHILDREN, RANK_OPTIONS],
    call: (api, [s, p, c, o]) => [...api.createMatcher(s, p).rankMany(c, o)],
  },
  {
    name: 'Matcher.load().rank',
    needs: ['Matcher'],
    args: [MATCHER_JSON, CHILD],
    call: (api, [json, c]) => api.Matcher.load(json).rank(c),
  },
  {
    name: 'weightSensitivity',
    needs: ['weightSensitivity'],
    args: [CHILD, SCHOOLS, POLICY],
    call: (api, [c, s, p]) => api.weightSensitivity(c, s, p),
  },
  {
    name: 'compareStrategies',
    needs: ['compareStrategies'],
    args: [CHILDREN, SCHOOLS, STRATEGIES],
    call: (api, [c, s, st]) => api.compareStrategies(c, s, st),
  },

  {
    name: 'allocateCohort',
    needs: ['allocateCohort'],
    args: [CHILDREN, SCHOOLS, POLICY],
    call: (api, [c, s, p]) => api.allocateCohort(c, s, p),
  },
  {
    name: 'allocateGreedy',
    needs: ['allocateGreedy'],
    args: [CHILDREN, SCHOOLS, POLICY],
    call: (api, [c, s, p]) => api.allocateGreedy(c, s, p),
  },
  {
    name: 'planConsultation',
    needs: ['planConsultation'],
    args: [RANKING, CONSULTATION_OPTIONS],
    call: (api, [r, o]) => api.planConsultation(r, o),
  },

  // forecasting
  {
    name: 'forecast',
    needs: ['forecast'],
    args: [SERIES, FORECAST_OPTIONS],
    call: (api, [s, o]) => api.forecast(s, o),
    runsShare: 0.5,
  },
  {
    name: 'backtest',
    needs: ['backtest'],
    args: [SERIES, METHOD, BACKTEST_OPTIONS],
    call: (api, [s, m, o]) => api.backtest(s, m, o),
    runsShare: 0.5,
  },

  // sufficiency (a projection runs a dense transition model: fewer cases, same kinds of input)
  one('parseScenario', SCENARIO),
  {
    name: 'projectSufficiency',
    needs: ['projectSufficiency'],
    args: [SCENARIO],
    call: (api, [s]) => api.projectSufficiency(s),
    runsShare: 0.5,
  },
  {
    name: 'simulateSufficiency',
    needs: ['simulateSufficiency'],
    args: [SCENARIO, SIMULATE_OPTIONS],
    call: (api, [s, o]) => api.simulateSufficiency(s, fewRuns(o)),
    runsShare: 0.1,
  },
  {
    name: 'sensitivity',
    needs: ['sensitivity'],
    args: [SCENARIO, SENSITIVITY_OPTIONS],
    call: (api, [s, o]) => api.sensitivity(s, o),
    runsShare: 0.1,
  },
  {
    name: 'planCapacity',
    needs: ['planCapacity'],
    args: [SCENARIO, PLAN_OPTIONS],
    call: (api, [s, o]) => api.planCapacity(s, o),
    runsShare: 0.1,
  },
  {
    name: 'estimateTransitions',
    needs: ['estimateTransitions'],
    args: [TRANSITIONS],
    call: (api, [h]) => api.estimateTransitions(h),
  },
  {
    name: 'backtestProjection',
    needs: ['backtestProjection'],
    args: [TRANSITIONS, PROJECTION_BACKTEST_OPTIONS],
    call: (api, [h, o]) => api.backtestProjection(h, o),
    runsShare: 0.25,
  },
  {
    name: 'compareScenarios',
    needs: ['compareScenarios'],
    args: [SCENARIO, SCENARIO],
    call: (api, [a, b]) =>
      api.compareScenarios([
        { name: 'first', scenario: a },
        { name: 'second', scenario: b },
      ]),
    runsShare: 0.25,
  },
  {
    name: 'sufficiencyGaps',
    needs: ['sufficiencyGaps'],
    args: [GAP_INPUT],
    call: (api, [g]) => api.sufficiencyGaps(g),
  },

  // importers of DfE formats
  {
    name: 'importGias',
    needs: ['importGias'],
    args: [GIAS_CSV],
    call: (api, [t]) => api.importGias(t),
    check: everyRowCounted,
  },
  {
    name: 'importSen2',
    needs: ['importSen2'],
    args: [SEN2_CSV],
    call: (api, [t]) => api.importSen2(t),
    check: everyRowCounted,
  },
  {
    name: 'importGias with options',
    needs: ['importGias'],
    args: [GIAS_CSV, GIAS_OPTIONS],
    call: (api, [t, o]) => api.importGias(t, o),
    check: everyRowCounted,
  },
  {
    name: 'importSen2 with options',
    needs: ['importSen2'],
    args: [SEN2_CSV, SEN2_OPTIONS],
    call: (api, [t, o]) => api.importSen2(t, o),
    check: everyRowCounted,
  },
  {
    name: 'importTransitions',
    needs: ['importTransitions'],
    args: [TRANSITIONS_CSV, SETTING_MAPPING_CSV],
    call: (api, [t, m]) => api.importTransitions(t, m),
    check: everyRowCounted,
  },

  {
    name: 'importPopulation',
    needs: ['importPopulation'],
    args: [POPULATION_CSV],
    call: (api, [t]) => api.importPopulation(t),
    check: rowsAccounted,
  },

  // matching building blocks (trust their input)
  {
    name: 'evaluateSchool',
    needs: ['evaluateSchool', 'parsePolicy'],
    trusts: true,
    args: [CHILD, SCHOOL, POLICY],
    call: (api, [c, s, p]) => api.evaluateSchool(c, s, api.parsePolicy(p)),
  },
  {
    name: 'parseCsvRows',
    needs: ['parseCsvRows'],
    trusts: true,
    args: [ANY_CSV],
    call: (api, [t]) => api.parseCsvRows(typeof t === 'string' ? t : api.decodeText(t)),
  },
];

/** The arguments of one generated case, and how they were made (for the summary). */
export type Case = { how: 'valid' | 'broken' | 'junk' | 'all-junk'; args: unknown[] };

/**
 * Cases for an entry point: all arguments valid; one argument broken in one place (the most
 * common case: it finds the missing check); one argument replaced by junk; or every argument junk.
 */
export function casesFor(entry: EntryPoint): fc.Arbitrary<Case> {
  const valid = fc.tuple(...entry.args.map((k) => k.valid)).map((args): Case => ({ how: 'valid', args }));
  if (entry.trusts) return valid;
  const n = entry.args.length;
  const oneReplaced = (how: 'broken' | 'junk') =>
    fc
      .nat(n - 1)
      .chain((i) =>
        fc.tuple(...entry.args.map((k, j) => (j === i ? k[how] : k.valid))).map((args): Case => ({ how, args })),
      );
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    { weight: 6, arbitrary: oneReplaced('broken') },
    { weight: 1, arbitrary: oneReplaced('junk') },
    {
      weight: 1,
      arbitrary: fc.tuple(...entry.args.map((k) => k.junk)).map((args): Case => ({ how: 'all-junk', args })),
    },
  );
}

/** Names of the exports an entry point needs that `api` lacks. */
export function missingExports(entry: EntryPoint, api: Api): string[] {
  return entry.needs.filter((name) => typeof api[name] !== 'function');
}

export { structuredKind };
