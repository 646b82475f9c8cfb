// The kinds of argument the public API takes, each with a generator of valid values, of values
// broken in one place, and of junk. An entry point lists its arguments as kinds.
import fc from 'fast-check';
import { writeChildrenCsv, writeSchoolsCsv, writeSeriesCsv } from '../../support/internals.js';
import { rankSchools } from '../../../src/match/rank.js';
import { parseSeries } from '../../../src/schema/series.js';
import { anythingArb, mutated } from './hostile.js';
import {
  MARKED_CHILDREN,
  MARKED_CHILD_LISTS,
  MARKED_TRANSITION_LISTS,
  markedChildrenCsv,
  markedTransitionsCsv,
} from './marker.js';
import { junkTextArb, mutatedText } from './text.js';
import { CAPACITY_CANDIDATE_COLUMNS } from '../../../src/io/capacity-candidates-csv.js';
import { writeCsv } from '../../../src/io/write-csv.js';
import {
  backtestOptionsArb,
  candidatesArb,
  planOptionsArb,
  fixtureRowsArb,
  fixtureText,
  forecastOptionsArb,
  methodArb,
  projectionBacktestOptionsArb,
  scenarioArb,
  sensitivityOptionsArb,
  simulateOptionsArb,
} from './valid-sufficiency.js';
import {
  childArb,
  childrenArb,
  policyArb,
  schoolArb,
  schoolsArb,
  seriesArb,
  transitionArb,
  transitionsArb,
} from './valid.js';

/** One kind of argument. */
export type ArgKind = {
  name: string;
  valid: fc.Arbitrary<unknown>;
  /** A valid value broken in exactly one place. */
  broken: fc.Arbitrary<unknown>;
  /** Values with no relation to the kind. */
  junk: fc.Arbitrary<unknown>;
  /** For kinds that carry children: values with a marker in every field but the id (see marker.ts). */
  marked?: unknown[];
};

/** A kind whose broken values are valid ones mutated in one place. */
export function structuredKind(name: string, valid: fc.Arbitrary<unknown>): ArgKind {
  return { name, valid, broken: mutated(valid), junk: anythingArb };
}

/** A kind of file content (text or bytes) whose broken values are valid texts mutated once. */
export function textKind(name: string, valid: fc.Arbitrary<string>): ArgKind {
  // Junk stays text or bytes: a reader given another type is pinned in known-bugs.test.ts.
  return { name, valid, broken: mutatedText(valid), junk: junkTextArb };
}

/** A kind that is always the same value (a mode switch, a file name). */
export function fixedKind(name: string, ...values: unknown[]): ArgKind {
  const valid = fc.constantFrom(...values);
  return { name, valid, broken: valid, junk: valid };
}

export const CHILD: ArgKind = { ...structuredKind('child', childArb), marked: MARKED_CHILDREN };
export const CHILDREN: ArgKind = { ...structuredKind('children', childrenArb()), marked: MARKED_CHILD_LISTS };
export const SCHOOL = structuredKind('school', schoolArb);
export const SCHOOLS = structuredKind('schools', schoolsArb());
export const POLICY = structuredKind('policy', policyArb);
export const SERIES = structuredKind('series', seriesArb);
export const TRANSITION = structuredKind('transition', transitionArb);
export const TRANSITIONS: ArgKind = {
  ...structuredKind('transitions', transitionsArb()),
  marked: MARKED_TRANSITION_LISTS,
};

export const SCENARIO = structuredKind('scenario', scenarioArb);
export const PLAN_OPTIONS = structuredKind('plan capacity options', planOptionsArb);
export const FORECAST_OPTIONS = structuredKind('forecast options', forecastOptionsArb);
export const METHOD = structuredKind('forecast method', methodArb);
export const BACKTEST_OPTIONS = structuredKind('backtest options', backtestOptionsArb);
export const SIMULATE_OPTIONS = structuredKind('simulate options', simulateOptionsArb);
export const SENSITIVITY_OPTIONS = structuredKind('sensitivity options', sensitivityOptionsArb);
export const PROJECTION_BACKTEST_OPTIONS = structuredKind('projection backtest options', projectionBacktestOptionsArb);
export const GAP_INPUT = structuredKind(
  'gap input',
  fc.record(
    {
      schools: schoolsArb(),
      demand: fc.array(
        fc.record(
          {
            need: fc.constantFrom('ASD', 'SEMH', 'SLCN', 'MLD'),
            district: fc.constantFrom('Ashford', 'Dover', 'Thanet'),
            count: fc.integer({ min: 0, max: 50 }),
          },
          { requiredKeys: ['need'] },
        ),
        { maxLength: 10 },
      ),
      kinds: fc.subarray(['srp', 'maintained-special', 'mainstream', 'independent'], { minLength: 1 }),
    },
    { requiredKeys: ['schools', 'demand'] },
  ),
);
export const GIAS_CSV = textKind('GIAS CSV', fixtureRowsArb('gias-sample.csv'));
export const SEN2_CSV = textKind('SEN2 CSV', fixtureRowsArb('sen2-sample.csv'));
export const TRANSITIONS_CSV: ArgKind = {
  ...textKind('transitions CSV', fixtureRowsArb('transitions-sample.csv')),
  marked: [markedTransitionsCsv(), new TextEncoder().encode(markedTransitionsCsv())],
};
export const SETTING_MAPPING_CSV = textKind('setting mapping CSV', fc.constant(fixtureText('setting-mapping.csv')));
export const SETTING_CODES_CSV = textKind('setting codes CSV', fixtureRowsArb('setting-mapping.csv'));
export const POPULATION_CSV = textKind('population CSV', fixtureRowsArb('population-sample.csv'));
export const COUNCIL_SCHOOLS_CSV = textKind('council schools CSV', fixtureRowsArb('gias-council.csv'));
/** Options of importGias: a council file to join on URN and a local authority to keep. */
export const GIAS_OPTIONS = structuredKind(
  'GIAS options',
  fc.record(
    { la: fc.constantFrom('Kent', 'KENT', 'Medway', ''), council: fixtureRowsArb('gias-council.csv') },
    { requiredKeys: [] },
  ),
);
/** Options of importSen2: a level, an area and filters, named as the DfE file names them. */
export const SEN2_OPTIONS = structuredKind(
  'SEN2 options',
  fc.record(
    {
      level: fc.constantFrom('Local authority', 'National'),
      la: fc.constantFrom('Kent', 'E10000016', '886', 'kent'),
      filters: fc.constantFrom({ ehcp_or_statement: 'Total' }, { ehcp_or_statement: 'EHCP' }, {}),
    },
    { requiredKeys: [] },
  ),
);

export const RANKING = structuredKind(
  'ranking',
  fc.tuple(childArb, schoolsArb(), fc.boolean()).map(([child, schools, listOnly]) => {
    const ranking = rankSchools(child, schools, { allowWaitingList: true, maxDistanceKm: 500 });
    return listOnly ? ranking.ranked : ranking;
  }),
);
export const CONSULTATION_OPTIONS = structuredKind(
  'consultation options',
  fc.option(
    fc.record(
      {
        parallel: fc.integer({ min: 1, max: 5 }),
        responseDays: fc.integer({ min: 1, max: 30 }),
        acceptance: fc.oneof(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.record({ lot1: fc.double({ min: 0, max: 1, noNaN: true }), none: fc.constant(0) }, { requiredKeys: [] }),
        ),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
);

export const RANK_OPTIONS = structuredKind(
  'rank options',
  fc.option(fc.record({ limit: fc.integer({ min: 0, max: 12 }) }, { requiredKeys: [] }), { nil: undefined }),
);
export const STRATEGIES = structuredKind(
  'strategies',
  fc.array(
    fc.oneof(
      fc.constantFrom('weighted-sum', 'topsis', 'framework-first-nearest'),
      fc.record({ name: fc.constantFrom('near', 'cheap', 'quality'), policy: policyArb }),
    ),
    { minLength: 1, maxLength: 3 },
  ),
);
export const MATCHER_JSON = structuredKind(
  'matcher JSON',
  fc
    .record({ schools: schoolsArb(), policy: policyArb })
    .map(({ schools, policy }) => ({ kind: 'send-placement/matcher', schools, policy: policy ?? {} })),
);

export const CHILDREN_CSV: ArgKind = {
  ...textKind(
    'children CSV',
    childrenArb().map((c) => writeChildrenCsv(c)),
  ),
  marked: [markedChildrenCsv(), new TextEncoder().encode(markedChildrenCsv())],
};
export const SCHOOLS_CSV = textKind(
  'schools CSV',
  schoolsArb().map((s) => writeSchoolsCsv(s)),
);
export const CANDIDATES_CSV = textKind(
  'capacity candidates CSV',
  candidatesArb.map((cs) => writeCsv(cs, Object.keys(CAPACITY_CANDIDATE_COLUMNS))),
);
export const SERIES_CSV = textKind(
  'series CSV',
  seriesArb.map((s) => writeSeriesCsv(parseSeries(s))),
);
export const CHILDREN_JSON: ArgKind = {
  ...textKind(
    'children JSON',
    childrenArb().map((c) => JSON.stringify(c)),
  ),
  marked: MARKED_CHILD_LISTS.map((list) => JSON.stringify(list)),
};
export const SCHOOLS_JSON = textKind(
  'schools JSON',
  schoolsArb().map((s) => JSON.stringify(s)),
);
export const SERIES_JSON = textKind(
  'series JSON',
  seriesArb.map((s) => JSON.stringify(s)),
);
export const ANY_CSV = textKind(
  'any CSV',
  fc.oneof(
    childrenArb().map((c) => writeChildrenCsv(c)),
    fc
      .array(fc.array(fc.string({ maxLength: 6 }), { minLength: 2, maxLength: 2 }), { maxLength: 5 })
      .map((rows) => ['a,b', ...rows.map((r) => r.map((c) => JSON.stringify(c)).join(','))].join('\n')),
  ),
);
