import { allocateCohort } from '../../match/allocate-cohort.js';
import { allocateGreedy } from '../../match/allocate-greedy.js';
import type { Allocation } from '../../match/allocate-result.js';
import type { Child } from '../../schema/child.js';
import { DEFAULT_POLICY } from '../../schema/policy.js';
import type { School } from '../../schema/school.js';
import { countNoun } from '../count-noun.js';
import { formatCount } from '../figure-format.js';
import { htmlTable } from '../html.js';
import type { ReportContext } from '../report-context.js';
import type { ReportSection } from '../report-section.js';

/**
 * A round's name as admissions teams say it: Reception entry, the Year 7 transfer, Year 3, early years NC -1.
 *
 * @example
 * roundName(7); // 'the Year 7 transfer round'
 */
export function roundName(ncYear: number): string {
  if (ncYear === 7) return 'the Year 7 transfer round';
  if (ncYear === 0) return 'the Reception round';
  if (ncYear > 0 && ncYear <= 13) return `the Year ${ncYear} round`;
  return `the NC year ${ncYear} round`;
}

const UNPLACED_WORDS: Record<string, string> = {
  'no-eligible-school': 'no school passes the child’s filters',
  'eligible-schools-full': 'every school that passes is full',
};

function unplacedText(a: Allocation): string {
  const counts = new Map<string, number>();
  for (const u of a.unassigned) counts.set(u.reason, (counts.get(u.reason) ?? 0) + 1);
  return [...counts]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([reason, n]) => `${UNPLACED_WORDS[reason] ?? reason} ${formatCount(n)}`)
    .join('; ');
}

/**
 * One real allocation round (the Year 7 transfer by default): the children of that NC year compete for the
 * schools' places, allocated optimally and first come, first served, side by side.
 *
 * @example
 * cohortSection.applies(buildReportContext(input)); // whether the report shows it
 * await cohortSection.render(buildReportContext(input)); // its HTML, without the heading
 */
export const cohortSection: ReportSection = {
  id: 'allocation',
  title: (report) => `Cohort allocation: ${roundName(report.ncYear).replace(/^the /, '')}`,
  applies: (report) => report.schools !== undefined && report.children !== undefined,
  async render(report: ReportContext) {
    const schools = report.schools as School[];
    const cohort = (report.children as Child[]).filter((c) => c.ncYear === report.ncYear);
    if (cohort.length === 0)
      return (
        `<p>No child in the file is in NC year ${report.ncYear}, so ${roundName(report.ncYear)} has no one ` +
        'to place.</p>'
      );
    if (schools.length === 0)
      return (
        `<p>There are no schools, so none of the ${countNoun(cohort.length, 'child', 'children')} in ` +
        `${roundName(report.ncYear)} can be placed.</p>`
      );
    const optimal = allocateCohort(cohort, schools, report.policy, report.match);
    const greedy = allocateGreedy(cohort, schools, report.policy, report.match);
    const row = (name: string, a: Allocation) => [
      name,
      a.totals.placed,
      a.totals.placedOffFramework,
      a.unassigned.length,
      a.totals.totalScore,
      a.totals.totalAnnualCost,
      a.totals.placed > 0 ? a.totals.meanDistanceKm : null,
    ];
    const gain = optimal.totals.placed - greedy.totals.placed;
    const frameworkFirst = (report.policy ?? DEFAULT_POLICY).frameworkFirst;
    const onFramework = frameworkFirst
      ? 'then as many of them as possible at schools on the framework (framework first), '
      : '';
    return [
      `<p>In ${roundName(report.ncYear)}, ${countNoun(cohort.length, 'child', 'children')} ` +
        `${cohort.length === 1 ? 'competes' : 'compete'} for the places of ${countNoun(schools.length, 'school')}. ` +
        'The optimal allocation places as many children as possible, ' +
        `${onFramework}then gives the highest total ranking score; first come, first served places children in ` +
        'file order, each at ' +
        `their best school with room. Optimising places ${formatCount(Math.abs(gain))} ` +
        `${gain >= 0 ? 'more' : 'fewer'} ${Math.abs(gain) === 1 ? 'child' : 'children'}.</p>`,
      htmlTable(
        [
          'Allocation',
          { label: 'Placed', kind: 'count' },
          { label: 'Of them off the framework', kind: 'count' },
          { label: 'Unplaced', kind: 'count' },
          { label: 'Total score', kind: 'score' },
          { label: 'Cost a year', kind: 'gbp' },
          { label: 'Mean road km', kind: 'km' },
        ],
        [row('Optimal', optimal), row('First come, first served', greedy)],
        `${roundName(report.ncYear)
          .replace(/^the /, '')
          .replace(/^./, (c) => c.toUpperCase())}`,
      ),
      optimal.unassigned.length > 0 ? `<p>Unplaced with the optimal allocation: ${unplacedText(optimal)}.</p>` : '',
    ].join('\n');
  },
};
