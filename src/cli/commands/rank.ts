import { createMatcher } from '../../index.js';
import { rankSchools, type RankedSchool } from '../../index.js';
import { parsePolicy, type Policy } from '../../index.js';
import type { Command } from '../command.js';
import { type Column, firstOf, type Table } from '../format-output.js';
import { createProgressBar } from '../progress-bar.js';
import { exclusionWordsFor, lotName } from '../../report/planner-words.js';
import { readInput, readJsonInput, SKIP_INVALID_OPTION } from '../read-input.js';
import { readTravelInput } from '../read-travel-input.js';
import { countNoun } from '../../report/count-noun.js';
import { namedSchoolWords } from '../../report/named-school-words.js';

/**
 * Rows of a ranking table: the school, its score, and the points each criterion gave it.
 *
 * @example
 * rankedRows(rankSchools(child, schools).ranked)[0]; // { rank: 1, urn: '900001', name: ..., score: 0.89, ..., travel:
 *   0.3 }
 */
export function rankedRows(ranked: readonly RankedSchool[], childId?: string): Table['rows'] {
  return ranked.map((r) => ({
    ...(childId === undefined ? {} : { childId }),
    rank: r.rank,
    urn: r.school.urn,
    name: r.school.name,
    ...(r.named ? { named: NAMED_WORDS } : {}),
    lot: lotName(r.school),
    score: r.score,
    ...(r.closeness === undefined ? {} : { closeness: r.closeness }),
    distanceKm: r.distanceKm,
    travelMinutes: r.travelMinutes,
    journey: journeyWords(r.travel.source),
    annualCost: r.annualCost,
    ...r.contributions,
  }));
}

/**
 * Where a row's road km and minutes come from, in the words of the report's Journey column.
 *
 * @example
 * journeyWords('table'); // 'travel table'
 */
export const journeyWords = (source: 'table' | 'estimate'): string =>
  source === 'table' ? 'travel table' : 'estimate';

/**
 * The column that says which journeys come from `--travel` and which are estimated; only shown with a table,
 * so that output without one keeps its columns.
 */
export const JOURNEY_COLUMN: Column = { key: 'journey', label: 'journey' };

/**
 * The column that marks the parents' named school in a ranking table; only shown when a child names one, so
 * that output for children without a named school keeps its columns.
 */
const NAMED_COLUMN: Column = { key: 'named', label: 'named by parents' };

/** The named column's cell in the row of the parents' named school (the others are left empty). */
const NAMED_WORDS = 'yes';

/**
 * The TOPSIS closeness column: under `strategy: 'topsis'` it sets the order, not the score beside it, so a table
 * without it shows a school ranked above one with a higher score and no number that says why.
 */
const CLOSENESS_COLUMN: Column = { key: 'closeness', label: 'TOPSIS closeness', kind: 'score' };

/**
 * The ranking table's columns, as a caseworker reads them; the points of each criterion (headed "need points" and
 * so on) add up to the score.
 * With a travel table, a journey column after the minutes says which row's km and minutes are the table's;
 * under TOPSIS, the closeness that orders the rows follows the score; when a child names a school, a column after
 * the school's name marks it.
 */
const rankedColumns = (withTable: boolean, topsis = false, named = false): Column[] => [
  'rank',
  { key: 'urn', label: 'URN' },
  { key: 'name', label: 'school' },
  ...(named ? [NAMED_COLUMN] : []),
  'lot',
  { key: 'score', kind: 'score' },
  ...(topsis ? [CLOSENESS_COLUMN] : []),
  { key: 'distanceKm', label: 'road km', kind: 'km' },
  { key: 'travelMinutes', label: 'minutes', kind: 'minutes' },
  ...(withTable ? [JOURNEY_COLUMN] : []),
  { key: 'annualCost', label: 'cost a year £', kind: 'gbp' },
  // "points", as the help says: a bare "cost" of 0.090 beside "cost a year £" read as a second cost.
  ...['need', 'quality', 'capacity', 'cost', 'travel'].map((key) => ({
    key,
    label: `${key} points`,
    kind: 'score' as const,
  })),
];

/**
 * Reads `--policy FILE` (JSON) if given; missing fields take the library's defaults.
 *
 * @example
 * await readPolicyFlag(io, 'policy.json'); // the full policy, or InputError with each problem's line
 */
export async function readPolicyFlag(
  io: Parameters<Command['run']>[0]['io'],
  file: string | undefined,
): Promise<Policy | undefined> {
  return file === undefined ? undefined : readJsonInput(io, file, parsePolicy);
}

/**
 * `send-placement rank`: ranks the candidate schools for one child with every exclusion reason, or
 * for every child of a file with the batch matcher (a progress bar on a terminal).
 *
 * @example
 * // send-placement rank --schools schools.csv --child child.json --limit 3
 */
export const rankCommand: Command = {
  name: 'rank',
  summary: 'Rank candidate schools for a child (or every child in a file), with the points behind each score.',
  details: [
    'With one child in --child, prints the ranked schools and every school excluded with all the filters',
    "it failed. With several children, prints each child's top --limit schools (batch matcher); a child with",
    'no eligible school has a row of its own, its school cells empty and why in "no school because".',
    "When a child names a school (namedSchoolUrn), a column marks the parents' named school and a note says",
    'where it stands: its rank, every reason it is excluded, or that it is not in the schools file.',
    'CSV output is the ranking table; JSON output keeps everything, including the school records.',
  ].join('\n'),
  options: {
    schools: { type: 'string', value: 'FILE', required: true, description: 'candidate schools, CSV or JSON' },
    child: { type: 'string', value: 'FILE', required: true, description: 'the child (or children), CSV or JSON' },
    policy: { type: 'string', value: 'FILE', description: 'placement policy, JSON; missing fields take the defaults' },
    travel: {
      type: 'string',
      value: 'FILE',
      description: 'road km and minutes per child and school, CSV (childId,urn,km,minutes) or JSON; others estimated',
    },
    limit: {
      type: 'string',
      value: 'N',
      description: 'show the best N schools (default: all for one child, 10 each for several)',
    },
    ...SKIP_INVALID_OPTION,
  },
  examples: [
    'send-placement rank --schools schools.csv --child child.json --limit 5',
    'send-placement rank --schools schools.csv --child year7.csv --limit 3 --format csv --out shortlists.csv',
    'send-placement rank --schools schools.csv --child child.json --travel travel.csv',
  ],
  async run({ io, args }) {
    const schoolsFile = args.requiredString('schools');
    const childFile = args.requiredString('child');
    const limit = args.integer('limit', { min: 1 }, undefined);
    const policy = await readPolicyFlag(io, args.string('policy'));
    const skipInvalid = args.flag('skip-invalid');
    const schools = await readInput(io, 'schools', schoolsFile, { skipInvalid });
    const children = await readInput(io, 'children', childFile, { skipInvalid });
    const travelFile = args.string('travel');
    const journeys =
      travelFile && (await readTravelInput(io, travelFile, children.records, schools.records, { skipInvalid }));
    const options = journeys ? { travel: journeys.travel } : undefined;
    const notes = [...schools.warnings, ...children.warnings, ...(journeys ? journeys.warnings : [])];

    if (children.records.length === 1) {
      const child = children.records[0];
      const { ranked, excluded } = rankSchools(child, schools.records, policy, options);
      const shown = limit === undefined ? ranked : ranked.slice(0, limit);
      const excludedRows = excluded.map((e) => ({
        urn: e.school.urn,
        name: e.school.name,
        ...(e.named ? { named: NAMED_WORDS } : {}),
        reasons: e.reasons.map((reason) => exclusionWordsFor(reason, child)).join('; '),
      }));
      notes.push(`child ${child.id}: ${countNoun(ranked.length, 'school')} ranked, ${excluded.length} excluded`);
      const named = namedSchoolWords(child, ranked, excluded, shown.length);
      if (named !== undefined) notes.push(`child ${child.id}: ${named}`);
      return {
        json: { childId: child.id, ranked: shown, excluded },
        tables: [
          {
            title: `Ranking for child ${child.id}`,
            columns: rankedColumns(options !== undefined, policy?.strategy === 'topsis', named !== undefined),
            rows: rankedRows(shown),
          },
          {
            title: 'Excluded',
            columns: [
              { key: 'urn', label: 'URN' },
              { key: 'name', label: 'school' },
              ...(named !== undefined ? [NAMED_COLUMN] : []),
              'reasons',
            ],
            rows: excludedRows,
          },
        ],
        notes,
      };
    }

    const matcher = createMatcher(schools.records, policy, options);
    const bar = createProgressBar(io, 'ranking', children.records.length);
    const results = [];
    try {
      for (const child of children.records) {
        results.push({ childId: child.id, ranked: matcher.rank(child, { limit: limit ?? 10 }) });
        bar.tick();
      }
    } finally {
      bar.done();
    }
    notes.push(batchNote(results));
    const urns = new Set(schools.records.map((s) => s.urn));
    const missing = children.records.filter((c) => c.namedSchoolUrn !== undefined && !urns.has(c.namedSchoolUrn));
    if (missing.length > 0) {
      // Ids only: the URN no school has is the child's own field, and logs carry no child field.
      const which = firstOf(
        missing.map((c) => c.id),
        10,
      );
      const who = countNoun(missing.length, 'child', 'children');
      notes.push(`the parents' named school is not in the schools file for ${who} (${which})`);
    }
    const anyNamed = children.records.some((c) => c.namedSchoolUrn !== undefined);
    // A child with no eligible school keeps a row (school cells empty, the reason said), so none is lost from a
    // spreadsheet of the shortlists.
    const rows = results.flatMap((r) =>
      r.ranked.length > 0 ? rankedRows(r.ranked, r.childId) : [{ childId: r.childId, none: NO_SCHOOL }],
    );
    const none = { key: 'none', label: 'no school because' };
    return {
      json: results,
      tables: [
        {
          columns: [
            { key: 'childId', label: 'child' },
            ...rankedColumns(options !== undefined, policy?.strategy === 'topsis', anyNamed),
            none,
          ],
          rows,
        },
      ],
      notes,
    };
  },
};

/** Why a child of a batch has no shortlist, in its row. */
const NO_SCHOOL = "no school passes the child's filters";

/** How many children were ranked, and which have no eligible school (their ids, the first ten). */
function batchNote(results: { childId: string; ranked: unknown[] }[]): string {
  const none = results.filter((r) => r.ranked.length === 0).map((r) => r.childId);
  const head = `${countNoun(results.length, 'child', 'children')} ranked; ${none.length} with no eligible school`;
  if (none.length === 0) return head;
  return `${head} (${firstOf(none, 10)}); rank a child on its own to see every school's reasons`;
}
