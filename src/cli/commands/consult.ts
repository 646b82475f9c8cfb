import { planConsultation, type ConsultedSchool, type Lot } from '../../index.js';
import { parsePolicy, rankSchools, type PolicyInput } from '../../index.js';
import type { Command } from '../command.js';
import { UsageError } from '../usage-error.js';
import { readInput, readJsonInput, SKIP_INVALID_OPTION } from '../read-input.js';
import { readTravelInput } from '../read-travel-input.js';
import { lotName } from '../../report/planner-words.js';
import { formatFigure } from '../../report/figure-format.js';
import { countNoun } from '../../report/count-noun.js';

/** The schools a rate of `consultation.acceptanceByLot` is for: `none` holds state-funded and spot-purchase schools. */
const RATE_FOR: Record<Lot, string> = { lot1: 'Lot 1', lot2: 'Lot 2', none: 'schools in no lot' };

/**
 * Where a school's chance of an offer came from, as a caseworker says it, naming the lot whose rate
 * it took.
 *
 * @example
 * chanceFrom({ acceptanceSource: 'lot-default', lot: 'none' }); // 'default for schools in no lot'
 */
function chanceFrom({ acceptanceSource, lot }: Pick<ConsultedSchool, 'acceptanceSource' | 'lot'>): string {
  if (acceptanceSource === 'kpi') return "the school's acceptance rate";
  if (acceptanceSource === 'option') return 'as given';
  return `${acceptanceSource === 'policy' ? "the policy's rate" : 'default'} for ${RATE_FOR[lot]}`;
}

/**
 * `send-placement consult`: ranks the schools for one child and plans whom to consult in which
 * round, with the expected days to a first offer and the chance of no offer after each round.
 *
 * @example
 * // send-placement consult --schools schools.csv --child child.json --parallel 3
 */
export const consultCommand: Command = {
  name: 'consult',
  summary: 'Plan which schools to consult for a child, in rounds, with the expected wait for an offer.',
  details: [
    'Ranks the schools for the child, then consults them --parallel at a time in this order: state-funded',
    'settings first (maintained special schools, SRPs, mainstream), then framework Lot 1, then Lot 2, then',
    'independent schools off the framework (spot purchases); within each group, by rank. Each school answers',
    "within its median response days (else the policy's consultation.responseDays, the statutory 15 by",
    "default) and offers a place with its KPI acceptance rate, or else the policy's consultation.acceptanceByLot",
    'for its lot.',
  ].join('\n'),
  options: {
    schools: { type: 'string', value: 'FILE', required: true, description: 'candidate schools, CSV or JSON' },
    child: { type: 'string', value: 'FILE', required: true, description: 'the child, CSV or JSON (one child)' },
    policy: { type: 'string', value: 'FILE', description: 'placement policy, JSON; missing fields take the defaults' },
    travel: {
      type: 'string',
      value: 'FILE',
      description: 'road km and minutes per child and school, CSV (childId,urn,km,minutes) or JSON; others estimated',
    },
    parallel: { type: 'string', value: 'N', description: 'schools consulted at once in each round (default 1)' },
    ...SKIP_INVALID_OPTION,
  },
  examples: ['send-placement consult --schools schools.csv --child child.json --parallel 3'],
  async run({ io, args }) {
    const schoolsFile = args.requiredString('schools');
    const childFile = args.requiredString('child');
    const parallel = args.integer('parallel', { min: 1, max: 1000 }, 1);
    // The policy as written, validated: planConsultation tells a lot rate the file sets from a default only from it.
    const policyFile = args.string('policy');
    const asWritten = (x: unknown) => {
      parsePolicy(x);
      return x as PolicyInput;
    };
    const policy = policyFile === undefined ? undefined : await readJsonInput(io, policyFile, asWritten);
    const skipInvalid = args.flag('skip-invalid');
    const schools = await readInput(io, 'schools', schoolsFile, { skipInvalid });
    const children = await readInput(io, 'children', childFile, { skipInvalid });
    if (children.records.length !== 1) {
      const error = new UsageError(
        `--child must hold one child; ${childFile} holds ${children.records.length}`,
        'consult',
      );
      // With --skip-invalid, the rows left out may be why none is left: say them first.
      error.notes.push(...schools.warnings, ...children.warnings);
      throw error;
    }
    const child = children.records[0];
    const travelFile = args.string('travel');
    const journeys =
      travelFile && (await readTravelInput(io, travelFile, children.records, schools.records, { skipInvalid }));
    const ranking = rankSchools(child, schools.records, policy, journeys ? { travel: journeys.travel } : undefined);
    const plan = planConsultation(ranking, { parallel, policy });
    // Every consulted school is one of the ranking's: its kind tells a state-funded setting from a spot purchase.
    const ranked = new Map(ranking.ranked.map((r) => [r.school.urn, r.school]));
    const rows = plan.rounds.flatMap((r) =>
      r.schools.map((s) => ({
        round: r.round,
        urn: s.urn,
        name: s.name,
        lot: lotName(ranked.get(s.urn) ?? { kind: 'independent', lot: s.lot }),
        rank: s.rank,
        acceptance: s.acceptance,
        acceptanceSource: chanceFrom(s),
        responseDays: s.responseDays,
        roundEndDay: r.endDay,
        noOfferAfterRound: r.noOfferProbability,
      })),
    );
    const wait =
      plan.expectedDaysToFirstOffer === null
        ? noOfferWords(ranking.ranked.length, ranking.excluded.length)
        : `expected ${plan.expectedDaysToFirstOffer.toFixed(1)} days to a first offer`;
    return {
      json: { childId: child.id, ...plan },
      tables: [
        {
          title: `Consultation plan for child ${child.id}, ${parallel} at a time`,
          columns: [
            'round',
            { key: 'urn', label: 'URN' },
            { key: 'name', label: 'school' },
            'lot',
            'rank',
            { key: 'acceptance', label: 'chance of an offer', kind: 'rate' },
            { key: 'acceptanceSource', label: 'chance from' },
            { key: 'responseDays', label: 'response days', kind: 'days' },
            { key: 'roundEndDay', label: 'round ends, day', kind: 'days' },
            { key: 'noOfferAfterRound', label: 'no offer yet after the round', kind: 'rate' },
          ],
          rows,
        },
      ],
      notes: [
        ...schools.warnings,
        ...children.warnings,
        ...(journeys ? journeys.warnings : []),
        `child ${child.id}: ${countNoun(plan.rounds.length, 'round')}, ${wait}; chance ` +
          `of no offer at all ${formatFigure(plan.noOfferProbability, 'rate')}`,
      ],
    };
  },
};

/** Why no school can offer: none passes the child's filters (rank says why), or none ranked gives places. */
function noOfferWords(ranked: number, excluded: number): string {
  if (ranked > 0) return "no school can offer: every ranked school's chance of an offer is 0";
  const schools = countNoun(excluded, 'school');
  return `no school can offer: all ${schools} fail the child's filters ('rank' lists each school's reasons)`;
}
