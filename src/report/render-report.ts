import { greatCircleKm } from '../geo/great-circle-km.js';
import { allocateCohort } from '../match/allocate-cohort.js';
import { allocateGreedy } from '../match/allocate-greedy.js';
import { rankSchools } from '../match/rank.js';
import { parseChildren, type Child } from '../schema/child.js';
import { parsePolicy } from '../schema/policy.js';
import { parseScenario, type Scenario } from '../schema/scenario.js';
import { parseSchools, type School } from '../schema/school.js';
import { parseSeries } from '../schema/series.js';
import { ValidationError } from '../schema/validation-error.js';
import { projectSufficiency, type SufficiencyProjection } from '../sufficiency/project-sufficiency.js';
import { sensitivity } from '../sufficiency/sensitivity.js';
import type { SufficiencySimulation } from '../sufficiency/simulate-sufficiency.js';
import type { ForecastChartInput, TornadoChartInput } from './chart-inputs.js';
import { forecastChart } from './forecast-chart.js';
import { REPORT_CSS, escapeHtml, formatGbp, formatNumber, htmlTable } from './html.js';
import { mapChart } from './map-chart.js';
import { rankingChart } from './ranking-chart.js';
import { sufficiencyChart } from './sufficiency-chart.js';
import { tornadoChart } from './tornado-chart.js';

/** What a report can show; give any subset (at least one of scenario, forecasts, or schools with children). */
export type ReportInput = {
  /** Heading of the report (default: the scenario's name, else 'send-placement report'). */
  title?: string;
  /** A sufficiency scenario: the projection, its counterfactual and the sourced assumptions are shown. */
  scenario?: unknown;
  /** A projection already computed from `scenario` (saves running it again). */
  projection?: SufficiencyProjection;
  /**
   * Monte Carlo bands from `simulateSufficiency`: the 5th-95th percentile band is drawn around the plan, and tabled.
   */
  simulation?: SufficiencySimulation;
  /**
   * Tornado data shown under the projection. By default, with a scenario, the library's one-at-a-time
   * `sensitivity` of the end year's independent placements (its biggest swings); `false` leaves it out.
   */
  sensitivity?: TornadoChartInput | false;
  /** Forecasts to show as fan charts, each with a label. */
  forecasts?: (ForecastChartInput & { label: string })[];
  /** Schools for the matching pages. */
  schools?: unknown;
  /** Children for the matching pages: each of the first `maxChildren` gets a ranking and a map; all are allocated. */
  children?: unknown;
  /** Placement policy for the matching pages; missing fields take the defaults. */
  policy?: unknown;
  /** Real journeys for the matching pages (see MatchOptions); pairs not in it use the estimate. */
  travel?: unknown;
  /** How many children get their own ranking page (default 3: a report is read, not searched). */
  maxChildren?: number;
  /** How many ranked schools each child's page shows (default 10). */
  limit?: number;
};

/**
 * Report defaults in one place, each with its reason.
 *
 * @example
 * REPORT_DEFAULTS.maxChildren; // 3
 */
export const REPORT_DEFAULTS = {
  /** Ranking pages: enough to show the method on real children without making a book of it. */
  maxChildren: 3,
  /** Schools per ranking chart and table: a caseworker's shortlist. */
  limit: 10,
  /** Assumptions in the tornado: the biggest swings; the full table is one `sensitivity` call away. */
  tornadoBars: 12,
  /** Excluded schools drawn on a child's map, nearest first: enough to show what is around, few enough to read. */
  mapOtherSchools: 15,
} as const;

/** The tornado of a scenario's end year: independent placements at each assumption's low and high. */
function tornadoOf(scenario: Scenario): TornadoChartInput {
  const result = sensitivity(scenario);
  return {
    base: result.basePlacements,
    bars: result.rows
      .slice(0, REPORT_DEFAULTS.tornadoBars)
      .map((r) => ({ assumption: r.assumption, low: r.placementsAtLow, high: r.placementsAtHigh })),
    title: `Independent placements in ${result.year}: each assumption at its low and high`,
    valueLabel: `Independent placements in ${result.year}`,
  };
}

/**
 * Builds one self-contained HTML report — inline SVG charts and CSS, tables, no scripts, no
 * external assets — that opens offline in any browser and prints cleanly. Sections appear for what
 * is given: the sufficiency projection against no new capacity with its headline numbers, yearly
 * table and every sourced assumption; a sensitivity tornado; forecast fan charts; and matching
 * pages (per child: ranking bars by criterion, a map and the exclusions; for the cohort: optimal
 * against first-come allocation).
 *
 * @param input see ReportInput; inputs are validated (ValidationError lists every problem)
 * @returns the HTML document
 * @example
 * const html = await renderReport({ scenario: JSON.parse(readFileSync('data/kent/scenario-2025.json', 'utf8')) });
 * html.includes('Independent placements by year'); // true
 */
export async function renderReport(input: ReportInput): Promise<string> {
  const scenario = input.scenario === undefined ? undefined : parseScenario(input.scenario);
  const schools = input.schools === undefined ? undefined : parseSchools(input.schools);
  const children = input.children === undefined ? undefined : parseChildren(input.children);
  const policy = input.policy === undefined ? undefined : parsePolicy(input.policy);
  const travel = input.travel === undefined ? undefined : { travel: input.travel };
  if ((schools === undefined) !== (children === undefined)) {
    throw new ValidationError('report input', [
      { path: schools ? 'children' : 'schools', message: 'the matching pages need both schools and children' },
    ]);
  }
  const projection = input.projection ?? (scenario ? projectSufficiency(scenario) : undefined);
  if (!projection && !input.forecasts?.length && !schools) {
    throw new ValidationError('report input', [
      { path: '(root)', message: 'give a scenario, forecasts, or schools and children' },
    ]);
  }

  const sections: { id: string; title: string; html: string }[] = [];
  if (projection)
    sections.push({
      id: 'sufficiency',
      title: 'Sufficiency: independent placements',
      html: await sufficiencySection(projection, scenario, input.simulation),
    });
  const tornado =
    input.sensitivity === false ? undefined : (input.sensitivity ?? (scenario ? tornadoOf(scenario) : undefined));
  if (tornado)
    sections.push({
      id: 'sensitivity',
      title: 'Sensitivity: what moves the end year most',
      html: await sensitivitySection(tornado),
    });
  if (scenario)
    sections.push({ id: 'assumptions', title: 'Figures and assumptions', html: assumptionsSection(scenario) });
  if (input.forecasts?.length)
    sections.push({ id: 'forecasts', title: 'Forecasts', html: await forecastsSection(input.forecasts) });
  if (schools && children) {
    const shown = children.slice(0, input.maxChildren ?? REPORT_DEFAULTS.maxChildren);
    sections.push({
      id: 'matching',
      title: 'Placement matching',
      html: await matchingSection(shown, schools, policy, travel, input.limit ?? REPORT_DEFAULTS.limit),
    });
    if (children.length > 1)
      sections.push({
        id: 'allocation',
        title: 'Cohort allocation',
        html: allocationSection(children, schools, policy, travel),
      });
  }

  const title = input.title ?? scenario?.name ?? 'send-placement report';
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    '<p class="muted">Made with send-placement. Every figure is traceable: the assumptions and their sources ' +
      'are listed, and every ranking score splits into the points of each criterion. Children are shown by ' +
      'pseudonymous id only.</p>',
    `<nav><ul>${sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('')}</ul></nav>`,
    ...sections.map((s) => `<section id="${s.id}"><h2>${escapeHtml(s.title)}</h2>${s.html}</section>`),
    '</body></html>',
    '',
  ].join('\n');
}

async function sufficiencySection(
  projection: SufficiencyProjection,
  scenario: Scenario | undefined,
  simulation?: SufficiencySimulation,
): Promise<string> {
  const s = projection.summary;
  const without = new Map(projection.counterfactual.map((r) => [r.year, r]));
  const rows = projection.rows.map((r) => [
    r.year,
    r.independentPlacements,
    without.get(r.year)?.independentPlacements,
    r.newIndependent,
    r.srpPlaces,
    r.srpDemand,
    r.srpShortfall,
    r.spend,
    without.get(r.year)?.spend,
    r.cumulativeSaving,
  ]);
  return [
    scenario?.description ? `<p>${escapeHtml(scenario.description)}</p>` : '',
    `<p class="lead">Independent placements go from <strong>${formatNumber(s.independentFirst)}</strong> in ` +
      `${projection.baseYear} to <strong>${formatNumber(s.independentLast)}</strong> in ${projection.endYear} ` +
      `under the plan, against <strong>${formatNumber(s.counterfactualLast)}</strong> with no new capacity. ` +
      `Without the plan the council would spend <strong>${formatGbp(s.extraSpendWithoutPlan)}</strong> more ` +
      `over the period.</p>`,
    `<figure>${await sufficiencyChart({
      projection,
      title: 'Independent placements by year: the plan against no new capacity',
      band: bandOf(simulation),
    })}</figure>`,
    htmlTable(
      [
        'year',
        'independent (plan)',
        'independent (no new capacity)',
        'new independent',
        'SRP places',
        'SRP demand',
        'SRP shortfall',
        'spend £ (plan)',
        'spend £ (no new capacity)',
        'cumulative saving £',
      ],
      rows,
      'Projection by year (expected counts; spend in GBP a year)',
    ),
    simulation ? simulationTable(simulation) : '',
  ].join('\n');
}

/** The widest band the simulation has among p5-p95 (or its outermost percentiles). */
function bandOf(
  simulation: SufficiencySimulation | undefined,
): { year: number; low: number; high: number }[] | undefined {
  if (!simulation || simulation.percentiles.length < 2) return undefined;
  const low = `p${Math.min(...simulation.percentiles)}`;
  const high = `p${Math.max(...simulation.percentiles)}`;
  return simulation.independentPlacements.map((b) => ({ year: b.year, low: b[low], high: b[high] }));
}

function simulationTable(simulation: SufficiencySimulation): string {
  const keys = [...simulation.percentiles].sort((a, b) => a - b).map((p) => `p${p}`);
  return htmlTable(
    ['year', 'mean', ...keys.map((k) => `${k.slice(1)}th percentile`)],
    simulation.independentPlacements.map((b) => [b.year, b.mean, ...keys.map((k) => b[k])]),
    `Independent placements over ${simulation.runs} simulated runs (seed ${simulation.seed})`,
  );
}

async function sensitivitySection(input: TornadoChartInput): Promise<string> {
  const bars = [...input.bars].sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
  return [
    `<figure>${await tornadoChart(input)}</figure>`,
    htmlTable(
      ['assumption', 'low setting', 'high setting', 'swing'],
      bars.map((b) => [b.assumption, b.low, b.high, Math.abs(b.high - b.low)]),
      `Base case: ${formatNumber(input.base)}`,
    ),
  ].join('\n');
}

/** Every number in the scenario that carries a source, and the published figures it is calibrated to. */
function assumptionsSection(scenario: Scenario): string {
  const out: string[] = [];
  const refs =
    (scenario as { references?: { key: string; value: number; unit?: string; description?: string; source: string }[] })
      .references ?? [];
  if (refs.length > 0) {
    out.push(
      htmlTable(
        ['figure', 'value', 'unit', 'note', 'source'],
        refs.map((r) => [r.key, r.value, r.unit, r.description, r.source]),
        'Published figures',
      ),
    );
  }
  const sourced: [string, number | string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value))
      value.forEach((v, i) => {
        walk(v, `${path}[${i}]`);
      });
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.source === 'string' && path !== '' && !path.startsWith('references')) {
        const text = JSON.stringify(Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'source')));
        sourced.push([
          path,
          typeof o.value === 'number' ? o.value : text.length > 160 ? `${text.slice(0, 157)}...` : text,
          o.source,
        ]);
        return;
      }
      for (const [k, v] of Object.entries(o)) walk(v, path === '' ? k : `${path}.${k}`);
    }
  };
  walk(scenario, '');
  if (sourced.length > 0)
    out.push(htmlTable(['parameter', 'value', 'source'], sourced, 'Assumptions of the model, each with its source'));
  return out.join('\n');
}

async function forecastsSection(forecasts: (ForecastChartInput & { label: string })[]): Promise<string> {
  const parts: string[] = [];
  for (const f of forecasts) {
    const levels = Object.keys(f.forecast.lower).sort((a, b) => Number(a) - Number(b));
    const history = parseSeries(f.history);
    const start = history.start + history.values.length;
    parts.push(`<h3>${escapeHtml(f.label)}</h3>`);
    parts.push(
      `<figure>${await forecastChart({
        ...f,
        title: f.title ?? `${f.label}${f.forecast.method ? ` — method: ${f.forecast.method}` : ''}`,
      })}</figure>`,
    );
    parts.push(
      htmlTable(
        ['year', 'mean', ...levels.flatMap((l) => [`lower ${l}%`, `upper ${l}%`])],
        f.forecast.mean.map((m, k) => [
          start + k,
          m,
          ...levels.flatMap((l) => [f.forecast.lower[l][k], f.forecast.upper[l][k]]),
        ]),
      ),
    );
  }
  return parts.join('\n');
}

async function matchingSection(
  children: Child[],
  schools: School[],
  policy: unknown,
  travel: unknown,
  limit: number,
): Promise<string> {
  const parts: string[] = [];
  for (const child of children) {
    const { ranked, excluded } = rankSchools(child, schools, policy, travel);
    const shown = ranked.slice(0, limit);
    parts.push(`<h3>Child ${escapeHtml(child.id)} — ${escapeHtml(child.primaryNeed)}, NC year ${child.ncYear}</h3>`);
    if (shown.length === 0) {
      parts.push('<p>No school passes every filter for this child; see the exclusions below.</p>');
    } else {
      parts.push(
        `<figure>${await rankingChart({ ranked: shown, title: `Child ${child.id}: points by criterion` })}</figure>`,
      );
      const rankOf = new Map(shown.map((r) => [r.school.urn, r.rank]));
      // The nearest excluded schools give the map its context; ties by URN keep it deterministic.
      const others = excluded
        .map((e) => ({ school: e.school, km: greatCircleKm(child.home, e.school.location) }))
        .sort((a, b) => a.km - b.km || (a.school.urn < b.school.urn ? -1 : 1))
        .slice(0, REPORT_DEFAULTS.mapOtherSchools)
        .map((e) => e.school);
      const nearby = [...shown.map((r) => r.school), ...others];
      parts.push(
        `<figure>${await mapChart({
          home: child.home,
          schools: nearby.map((s) => ({ urn: s.urn, name: s.name, location: s.location, rank: rankOf.get(s.urn) })),
          title: `Child ${child.id}: home and candidate schools`,
        })}</figure>`,
      );
      parts.push(
        htmlTable(
          ['rank', 'URN', 'school', 'lot', 'score', 'road km', 'minutes', 'annual cost £'],
          shown.map((r) => [
            r.rank,
            r.school.urn,
            r.school.name,
            r.school.lot,
            r.score,
            r.distanceKm,
            r.travelMinutes,
            r.annualCost,
          ]),
          'Ranked schools',
        ),
      );
    }
    if (excluded.length > 0) {
      parts.push(
        htmlTable(
          ['URN', 'school', 'reasons'],
          excluded.map((e) => [e.school.urn, e.school.name, e.reasons.join(', ')]),
          'Excluded schools, with every filter they fail',
        ),
      );
    }
  }
  return parts.join('\n');
}

function allocationSection(children: Child[], schools: School[], policy: unknown, travel: unknown): string {
  const optimal = allocateCohort(children, schools, policy, travel);
  const greedy = allocateGreedy(children, schools, policy, travel);
  const row = (name: string, a: typeof optimal) => [
    name,
    a.totals.placed,
    a.unassigned.length,
    a.totals.totalScore,
    a.totals.totalAnnualCost,
    a.totals.meanDistanceKm,
  ];
  return [
    `<p>${children.length} children compete for the places of ${schools.length} schools. The optimal allocation ` +
      `places as many children as possible, then maximises the total ranking score; first come, first served ` +
      `takes children in file order.</p>`,
    htmlTable(
      ['allocation', 'placed', 'unplaced', 'total score', 'total annual cost £', 'mean road km'],
      [row('optimal', optimal), row('first come, first served', greedy)],
    ),
  ].join('\n');
}
