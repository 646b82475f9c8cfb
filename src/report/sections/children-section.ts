import { greatCircleKm } from '../../geo/great-circle-km.js';
import { rankSchools, type RankExclusionReason } from '../../match/rank.js';
import type { Child } from '../../schema/child.js';
import type { School } from '../../schema/school.js';
import { chartFigure } from '../chart-figure.js';
import { countNoun } from '../count-noun.js';
import { formatCount } from '../figure-format.js';
import { escapeHtml, htmlTable } from '../html.js';
import { mapChart } from '../map-chart.js';
import { namedSchoolWords } from '../named-school-words.js';
import { rankingChart } from '../ranking-chart.js';
import { exclusionWordsFor, lotName } from '../planner-words.js';
import type { ReportContext } from '../report-context.js';
import { REPORT_DEFAULTS } from '../report-defaults.js';
import type { ReportSection } from '../report-section.js';

/** How many schools fail each filter, most first (ties by name): the exclusions at a glance. */
function reasonCounts(
  excluded: readonly { reasons: readonly RankExclusionReason[] }[],
): [RankExclusionReason, number][] {
  const counts = new Map<RankExclusionReason, number>();
  for (const e of excluded) for (const r of e.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

async function childPage(child: Child, schools: School[], report: ReportContext): Promise<string> {
  const { ranked, excluded } = rankSchools(child, schools, report.policy, report.match);
  const shown = ranked.slice(0, report.limit);
  const heading = `<h3>Child ${escapeHtml(child.id)}: ${escapeHtml(child.primaryNeed)}, NC year ${child.ncYear}</h3>`;
  if (schools.length === 0) return `${heading}\n<p>There are no schools to rank for this child.</p>`;
  const parts = [
    heading,
    `<p>${formatCount(ranked.length)} of ${countNoun(schools.length, 'school')} ` +
      `${ranked.length === 1 ? 'passes' : 'pass'} every filter` +
      (shown.length < ranked.length ? `; the best ${shown.length === 1 ? 'is' : `${shown.length} are`} shown.` : '.') +
      '</p>',
  ];
  const named = namedSchoolWords(child, ranked, excluded, shown.length);
  // Said before the table, so the parents' preference is the first thing a panel reads about the child.
  if (named !== undefined) parts.push(`<p>${escapeHtml(named.charAt(0).toUpperCase() + named.slice(1))}.</p>`);
  if (shown.length === 0) {
    parts.push('<p>No school passes every filter for this child; the reasons are below.</p>');
  } else {
    parts.push(
      await chartFigure((layout) =>
        rankingChart({ ranked: shown, title: `Child ${child.id}: points by criterion`, layout }),
      ),
    );
    if (report.match) {
      const fromTable = shown.filter((r) => r.travel.source === 'table').length;
      parts.push(
        `<p>Journeys shown: ${formatCount(fromTable)} from the travel table, ` +
          `${formatCount(shown.length - fromTable)} estimated.</p>`,
      );
    }
    const rankOf = new Map(shown.map((r) => [r.school.urn, r.rank]));
    // The nearest excluded schools give the map its context; ties by URN keep it deterministic.
    const others = excluded
      .map((e) => ({ school: e.school, km: greatCircleKm(child.home, e.school.location) }))
      .sort((a, b) => a.km - b.km || (a.school.urn < b.school.urn ? -1 : 1))
      .slice(0, REPORT_DEFAULTS.mapOtherSchools)
      .map((e) => e.school);
    const nearby = [...shown.map((r) => r.school), ...others];
    parts.push(
      await chartFigure((layout) =>
        mapChart({
          home: child.home,
          schools: nearby.map((s) => ({ urn: s.urn, name: s.name, location: s.location, rank: rankOf.get(s.urn) })),
          title: `Child ${child.id}: home and the nearby schools`,
          layout,
        }),
      ),
    );
    const topsis = report.policy?.strategy === 'topsis';
    parts.push(
      htmlTable(
        [
          'Rank',
          { label: 'School', kind: 'text' },
          { label: 'URN', kind: 'text' },
          { label: 'Lot', kind: 'text' },
          { label: 'Score', kind: 'score' },
          // Under TOPSIS the closeness orders the rows, not the score: without it a reader sees ranks out of step.
          ...(topsis ? [{ label: 'TOPSIS closeness', kind: 'score' as const }] : []),
          { label: 'Road km', kind: 'km' },
          { label: 'Minutes', kind: 'minutes' },
          ...(report.match ? [{ label: 'Journey', kind: 'text' as const }] : []),
          { label: 'Cost a year, with transport', kind: 'gbp' },
        ],
        shown.map((r) => [
          r.rank,
          r.named ? `${r.school.name} (named by parents)` : r.school.name,
          r.school.urn,
          lotName(r.school),
          r.score,
          ...(topsis ? [r.closeness ?? null] : []),
          r.distanceKm,
          r.travelMinutes,
          ...(report.match ? [r.travel.source === 'table' ? 'travel table' : 'estimate'] : []),
          r.annualCost,
        ]),
        'Ranked schools',
      ),
    );
  }
  if (excluded.length > 0) parts.push(exclusions(excluded, child));
  return parts.join('\n');
}

/** The exclusions summarised by reason, with the full list (every reason of every school) folded away. */
function exclusions(excluded: ReturnType<typeof rankSchools>['excluded'], child: Child): string {
  const words = (reason: RankExclusionReason) => exclusionWordsFor(reason, child);
  const counts = reasonCounts(excluded)
    .map(([reason, n]) => `${words(reason)} ${formatCount(n)}`)
    .join('; ');
  return [
    `<p>${countNoun(excluded.length, 'school')} excluded. How many fail each filter (a school can fail several): ` +
      `${escapeHtml(counts)}.</p>`,
    `<details><summary>Every excluded school, with every filter it fails (${formatCount(excluded.length)})</summary>`,
    htmlTable(
      [
        { label: 'School', kind: 'text' },
        { label: 'URN', kind: 'text' },
        { label: 'Fails', kind: 'text' },
      ],
      excluded.map((e) => [e.school.name, e.school.urn, e.reasons.map(words).join('; ')]),
    ),
    '</details>',
  ].join('');
}

/** A ranking page for each of the first children: the points behind each score, a map, and the exclusions.
 *
 * @example
 * childrenSection.applies(buildReportContext(input)); // whether the report shows it
 * await childrenSection.render(buildReportContext(input)); // its HTML, without the heading
 */
export const childrenSection: ReportSection = {
  id: 'matching',
  title: 'Placement matching, child by child',
  applies: (report) => report.schools !== undefined && report.children !== undefined && report.maxChildren > 0,
  async render(report) {
    const schools = report.schools as School[];
    const children = (report.children as Child[]).slice(0, report.maxChildren);
    if (children.length === 0) return '<p>No children were given, so there is nothing to match.</p>';
    const pages: string[] = [];
    for (const child of children) pages.push(await childPage(child, schools, report));
    return pages.join('\n');
  },
};
