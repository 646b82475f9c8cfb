import { allocateCohort } from '../../index.js';
import { allocateGreedy } from '../../index.js';
import type { School } from '../../index.js';
import { lotName } from '../../report/planner-words.js';
import type { Command } from '../command.js';
import { type Column, firstOf, type Table, tableCsv } from '../format-output.js';
import { createProgressBar } from '../progress-bar.js';
import { readInput, SKIP_INVALID_OPTION } from '../read-input.js';
import { readTravelInput } from '../read-travel-input.js';

/** Why a child is unplaced, as a caseworker says it (the JSON keeps the library's codes). */
const UNPLACED_WORDS: Record<string, string> = {
  'no-eligible-school': "no school passes the child's filters",
  'eligible-schools-full': 'every school that passes is full',
};

/** Why a child went to a school off the framework, as a caseworker says it (the JSON lists the schools). */
function offFrameworkWords(reason: { reason: string; fullSchools: { urn: string }[] } | undefined): string {
  if (!reason) return '';
  if (reason.fullSchools.length === 0) return 'no framework school passes the filters';
  const urns = reason.fullSchools.map((s) => s.urn);
  return `framework schools that could take them are full (URN ${firstOf(urns, 3)})`;
}
import { JOURNEY_COLUMN, journeyWords, readPolicyFlag } from './rank.js';
import { countNoun } from '../../report/count-noun.js';

/** A school's lot in words ('state-funded' for an SRP, not 'off framework'); empty for no school. */
const lotOf = (school: Pick<School, 'kind' | 'lot'> | undefined) => (school ? lotName(school) : '');

/** The assignments' columns, as a caseworker reads them; with a travel table, which km are the table's. */
const assignmentColumns = (withTable: boolean): Column[] => [
  { key: 'childId', label: 'child' },
  { key: 'urn', label: 'URN' },
  { key: 'name', label: 'school' },
  'lot',
  { key: 'score', kind: 'score' },
  { key: 'distanceKm', label: 'road km', kind: 'km' },
  ...(withTable ? [JOURNEY_COLUMN] : []),
  { key: 'annualCost', label: 'cost a year £', kind: 'gbp' },
  { key: 'offFramework', label: 'off the framework because' },
];

/**
 * The CSV of an allocation: one row per child of the file, in its order, placed or not, so that a spreadsheet of it
 * accounts for every child (an unplaced child has empty school cells and says why in "unplaced because").
 */
function everyChildCsv(ids: readonly string[], rows: Table['rows'], withTable: boolean): string {
  const byChild = new Map(rows.map((row) => [row.childId, row]));
  return tableCsv({
    columns: [...assignmentColumns(withTable), { key: 'unplaced', label: 'unplaced because' }],
    rows: ids.map((id) => byChild.get(id) ?? { childId: id }),
  });
}

/**
 * `send-placement allocate`: places a whole cohort in the limited places, exactly optimal (or first
 * come, first served with `--greedy`, to see what optimisation saves).
 *
 * @example
 * // send-placement allocate --schools schools.csv --children year7.csv
 */
export const allocateCommand: Command = {
  name: 'allocate',
  summary: 'Allocate a cohort to limited places: most children placed, then the best total score.',
  details: [
    'Each child gets at most one school that passes its filters and has a place. The optimal allocation',
    'places as many children as possible and then maximises the total ranking score; --greedy places',
    'children in file order, each to their best school with room (the first-come baseline). CSV output has a row',
    'for every child, in file order: an unplaced child with empty school cells and why in "unplaced because".',
  ].join('\n'),
  options: {
    schools: {
      type: 'string',
      value: 'FILE',
      required: true,
      description: 'schools with their vacancies, CSV or JSON',
    },
    children: { type: 'string', value: 'FILE', required: true, description: 'the cohort, CSV or JSON' },
    policy: { type: 'string', value: 'FILE', description: 'placement policy, JSON; missing fields take the defaults' },
    travel: {
      type: 'string',
      value: 'FILE',
      description: 'road km and minutes per child and school, CSV (childId,urn,km,minutes) or JSON; others estimated',
    },
    greedy: { type: 'boolean', description: 'first come, first served instead of the optimum' },
    ...SKIP_INVALID_OPTION,
  },
  examples: [
    'send-placement allocate --schools schools.csv --children year7.csv --format csv --out allocation.csv',
    'send-placement allocate --schools schools.csv --children year7.csv --travel travel.csv',
  ],
  async run({ io, args }) {
    const schoolsFile = args.requiredString('schools');
    const childrenFile = args.requiredString('children');
    const policy = await readPolicyFlag(io, args.string('policy'));
    const skipInvalid = args.flag('skip-invalid');
    const schools = await readInput(io, 'schools', schoolsFile, { skipInvalid });
    const children = await readInput(io, 'children', childrenFile, { skipInvalid });
    const travelFile = args.string('travel');
    const journeys =
      travelFile && (await readTravelInput(io, travelFile, children.records, schools.records, { skipInvalid }));
    const options = journeys ? { travel: journeys.travel } : undefined;
    // One solver call: the bar shows that work is under way and clears when it is done.
    const bar = createProgressBar(io, args.flag('greedy') ? 'allocating (greedy)' : 'allocating (optimal)', 1);
    let result: ReturnType<typeof allocateCohort>;
    try {
      const allocate = args.flag('greedy') ? allocateGreedy : allocateCohort;
      result = allocate(children.records, schools.records, policy, options);
      bar.tick();
    } finally {
      bar.done();
    }
    const byUrn = new Map(schools.records.map((s) => [s.urn, s]));
    const t = result.totals;
    const assigned = result.assignments.map((a) => ({
      childId: a.childId,
      urn: a.urn,
      name: byUrn.get(a.urn)?.name,
      lot: lotOf(byUrn.get(a.urn)),
      score: a.score,
      distanceKm: a.distanceKm,
      journey: journeyWords(a.travel.source),
      annualCost: a.annualCost,
      offFramework: offFrameworkWords(a.offFramework),
    }));
    const unplaced = result.unassigned.map((u) => ({
      childId: u.childId,
      unplaced: UNPLACED_WORDS[u.reason] ?? u.reason,
    }));
    return {
      json: result,
      tables: [
        { title: 'Assignments', columns: assignmentColumns(options !== undefined), rows: assigned },
        {
          title: 'Unplaced',
          columns: [
            { key: 'childId', label: 'child' },
            { key: 'unplaced', label: 'reason' },
          ],
          rows: unplaced,
        },
        {
          title: 'Totals',
          columns: [
            { key: 'placed', kind: 'count' },
            { key: 'unassigned', label: 'unplaced', kind: 'count' },
            { key: 'totalScore', label: 'total score', kind: 'score' },
            { key: 'totalAnnualCost', label: 'cost a year £', kind: 'gbp' },
            { key: 'meanDistanceKm', label: 'mean road km', kind: 'km' },
          ],
          rows: [
            {
              placed: t.placed,
              unassigned: result.unassigned.length,
              totalScore: t.totalScore,
              totalAnnualCost: t.totalAnnualCost,
              meanDistanceKm: t.placed > 0 ? t.meanDistanceKm : null,
            },
          ],
        },
      ],
      csv: everyChildCsv(
        children.records.map((c) => c.id),
        [...assigned, ...unplaced],
        options !== undefined,
      ),
      notes: [
        ...schools.warnings,
        ...children.warnings,
        ...(journeys ? journeys.warnings : []),
        `${t.placed} of ${countNoun(children.records.length, 'child', 'children')} placed ` +
          `(${args.flag('greedy') ? 'greedy' : 'optimal'})`,
      ],
    };
  },
};
