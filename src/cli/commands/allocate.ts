import { allocateCohort } from '../../index.js';
import { allocateGreedy } from '../../index.js';
import type { Command } from '../command.js';
import { createProgressBar } from '../progress-bar.js';
import { readInput } from '../read-input.js';
import { readTravelInput } from '../read-travel-input.js';
import { readPolicyFlag } from './rank.js';

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
    'children in file order, each to their best school with room (the first-come baseline).',
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
  },
  examples: [
    'send-placement allocate --schools schools.csv --children year7.csv --format csv --out allocation.csv',
    'send-placement allocate --schools schools.csv --children year7.csv --travel travel.csv',
  ],
  async run({ io, args }) {
    const schoolsFile = args.requiredString('schools');
    const childrenFile = args.requiredString('children');
    const policy = await readPolicyFlag(io, args.string('policy'));
    const schools = await readInput(io, 'schools', schoolsFile);
    const children = await readInput(io, 'children', childrenFile);
    const travelFile = args.string('travel');
    const journeys = travelFile && (await readTravelInput(io, travelFile, children.records, schools.records));
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
    const names = new Map(schools.records.map((s) => [s.urn, s.name]));
    const t = result.totals;
    return {
      json: result,
      tables: [
        {
          title: 'Assignments',
          columns: ['childId', 'urn', 'name', 'score', 'distanceKm', 'annualCost'],
          rows: result.assignments.map((a) => ({
            childId: a.childId,
            urn: a.urn,
            name: names.get(a.urn),
            score: a.score,
            distanceKm: a.distanceKm,
            annualCost: a.annualCost,
          })),
        },
        { title: 'Unassigned', columns: ['childId', 'reason'], rows: result.unassigned },
        {
          title: 'Totals',
          columns: ['placed', 'unassigned', 'totalScore', 'totalAnnualCost', 'meanDistanceKm'],
          rows: [
            {
              placed: t.placed,
              unassigned: result.unassigned.length,
              totalScore: t.totalScore,
              totalAnnualCost: t.totalAnnualCost,
              meanDistanceKm: t.meanDistanceKm,
            },
          ],
        },
      ],
      notes: [
        ...schools.warnings,
        ...children.warnings,
        ...(journeys ? journeys.warnings : []),
        `${t.placed} of ${children.records.length} children placed (${args.flag('greedy') ? 'greedy' : 'optimal'})`,
      ],
    };
  },
};
