import type { Scenario } from '../../schema/scenario.js';
import { formatCount, formatGbp, formatNumber, formatPercent } from '../figure-format.js';
import { type HtmlCell, htmlTable } from '../html.js';
import type { ReportSection } from '../report-section.js';
import { normalised, relativeToMean } from '../../sufficiency/compile-scenario.js';
import { onlyNeed } from '../../sufficiency/assumptions.js';
import { REPORT_DEFAULTS } from '../report-defaults.js';
import { type SourceNotes, sourceNotes } from '../source-notes.js';
import { SETTING_NAMES } from '../planner-words.js';
import { ncYearsText, weightsText } from '../weights-words.js';
import { runsText } from '../../schema/runs-text.js';

type Ranged = { value: number; low?: number; high?: number; source: string };

const percent = (v: number) => formatPercent(v);
const settingName = (key: string) => SETTING_NAMES[key] ?? key;
/** A setting at the start of a table row, capitalised: "Maintained special". */
const settingCell = (key: string) => settingName(key).replace(/^./, (c) => c.toUpperCase());
/** An NC year range that never wraps inside itself. */
const ncCell = (range: string) => range.replace(/ /g, '\u00a0');
const needMix = (needs: Record<string, number | undefined>) => weightsText(needs, REPORT_DEFAULTS.needsNamed);

/** A ranged number as "value (low to high)", each written by `format`. */
function rangedText(n: { value: number; low?: number; high?: number }, format: (v: number) => string): string {
  const low = n.low ?? n.value;
  const high = n.high ?? n.value;
  const range = low !== n.value || high !== n.value ? ` (${format(low)} to ${format(high)})` : '';
  return `${format(n.value)}${range}`;
}

/** `independentPlacements2025` as "Independent placements 2025". */
function keyWords(key: string): string {
  const words = key
    .replace(/_/g, '-')
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .toLowerCase()
    .replace(/\b(srp|nmiss|inmss|nc|ehcp|sen|dps)\b/g, (w) => w.toUpperCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueWithUnit(value: number, unit: string): string {
  if (/^gbp$/i.test(unit)) return formatGbp(value);
  if (unit === 'share') return formatPercent(value, 0);
  if (unit === 'NC year') return `NC year ${value}`;
  return `${formatCount(value)} ${unit}`;
}

function publishedFigures(scenario: Scenario, notes: SourceNotes): string {
  const refs = scenario.references ?? [];
  if (refs.length === 0) return '';
  return htmlTable(
    [{ label: 'Figure', kind: 'text' }, { label: 'Value', kind: 'text' }, { label: 'Note', kind: 'text' }, 'Source'],
    refs.map((r) => [keyWords(r.key), valueWithUnit(r.value, r.unit), r.description, notes.cite(r.source)]),
    'Published figures the scenario is calibrated to',
  );
}

/** Entries summed into one row: their children added, their weights mixed in proportion, sources kept. */
type Summed = {
  count: number;
  needs: Record<string, number>;
  ncYears: Record<string, number>;
  settings: Record<string, number>;
  sources: string[];
};
type Weighted = { needs: object; ncYears: object; settings?: object; source: string };

/** Adds relative weights into `into`, scaled to `count` children. */
function addWeights(into: Record<string, number>, weights: object, count: number): void {
  for (const [k, share] of normalised(weights)) into[k] = (into[k] ?? 0) + count * share;
}

/**
 * Sums entries by a key, in the order the keys first appear: a census or joiners estimated from a
 * history hold one entry per (setting, need, NC year), hundreds of rows no committee reads, while
 * one row per setting (or need) says the same. An entry's weights count in proportion to its
 * children (an entry of none still shows which needs and years its row covers).
 */
function summedBy<E extends Weighted>(
  entries: readonly E[],
  keyOf: (e: E, i: number) => string,
  countOf: (e: E) => number,
): Map<string, Summed> {
  const groups = new Map<string, Summed>();
  entries.forEach((e, i) => {
    const key = keyOf(e, i);
    const group = groups.get(key) ?? { count: 0, needs: {}, ncYears: {}, settings: {}, sources: [] };
    const count = countOf(e);
    const weight = count > 0 ? count : 1e-9;
    group.count += count;
    addWeights(group.needs, e.needs, weight);
    addWeights(group.ncYears, e.ncYears, weight);
    addWeights(group.settings, e.settings ?? {}, weight);
    if (!group.sources.includes(e.source)) group.sources.push(e.source);
    groups.set(key, group);
  });
  return groups;
}

const cites = (sources: readonly string[], notes: SourceNotes) => ({
  html: sources.map((source) => notes.cite(source).html).join(' '),
});

function childrenAtStart(scenario: Scenario, notes: SourceNotes): string {
  const bySetting = summedBy(
    scenario.stock,
    (e) => e.setting,
    (e) => e.count,
  );
  const summed = bySetting.size < scenario.stock.length;
  return htmlTable(
    [
      { label: 'Setting', kind: 'text' },
      { label: 'Children', kind: 'count' },
      { label: 'Need mix', kind: 'text' },
      { label: 'NC years', kind: 'text' },
      'Source',
    ],
    [...bySetting].map(([setting, g]) => [
      settingCell(setting),
      g.count,
      needMix(g.needs),
      ncCell(ncYearsText(g.ncYears)),
      cites(g.sources, notes),
    ]),
    `Children with an EHCP in ${scenario.baseYear}, by setting` +
      (summed ? ` (the ${formatCount(scenario.stock.length)} census entries summed by setting)` : ''),
  );
}

/**
 * How many children a joiner entry brings in the base year: its count, or for a rate per head of
 * the population, the rate times the base year's population of each of its NC years, weighted as
 * the model weighs them (relative to their mean). The population is read once for every entry.
 */
function baseYearJoiners(scenario: Scenario): (e: Scenario['joiners']['entries'][number]) => number {
  const population = new Map(
    (scenario.population?.records ?? [])
      .filter((r) => r.calendarYear === scenario.baseYear)
      .map((r) => [r.ncYear, r.count]),
  );
  return (e) => {
    const rate = e.rate;
    if (rate === undefined) return e.count ?? 0;
    // Weighed as compileScenario weighs a rate entry's years.
    return relativeToMean(e.ncYears).reduce((t, [year, w]) => t + rate * w * (population.get(Number(year)) ?? 0), 0);
  };
}

function newEhcps(scenario: Scenario, notes: SourceNotes): string {
  const growth = scenario.joiners.growthRate;
  const entries = scenario.joiners.entries;
  // Entries of one need each (an estimate's, one per need and NC year) are summed by need; others stay as written.
  const byNeed = entries.length > 1 && entries.every((e) => onlyNeed(e) !== undefined);
  const groups = summedBy(entries, (e, i) => (byNeed ? (onlyNeed(e) as string) : String(i)), baseYearJoiners(scenario));
  const perHead = entries.some((e) => e.rate !== undefined);
  return htmlTable(
    [
      { label: 'New EHCPs a year', kind: 'count' },
      { label: 'Where they start', kind: 'text' },
      { label: 'Need mix', kind: 'text' },
      { label: 'NC years', kind: 'text' },
      'Source',
    ],
    [...groups.values()].map((g) => [
      g.count,
      weightsText(g.settings, REPORT_DEFAULTS.needsNamed, settingName),
      needMix(g.needs),
      ncCell(ncYearsText(g.ncYears)),
      cites(g.sources, notes),
    ]),
    `New EHCPs in ${scenario.baseYear}, growing ${rangedText(growth, (v) => formatPercent(v))} a year` +
      (perHead ? `; rates per head of the population, shown as the children they bring in ${scenario.baseYear}` : '') +
      (byNeed ? ` (the ${formatCount(entries.length)} entries summed by need)` : ''),
  );
}

/**
 * The population a scenario carries, in one row: the years and NC years its records cover and the
 * base year's total, with its source. Its records (a year by NC year grid) are too many to list,
 * and the other tables show what it does: new EHCPs as the children their rates bring.
 */
function populationTable(scenario: Scenario, notes: SourceNotes): string {
  const population = scenario.population;
  if (!population) return '';
  const distinct = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
  const records = population.records;
  const base = records.filter((r) => r.calendarYear === scenario.baseYear);
  const perHead = scenario.joiners.entries.some((e) => e.rate !== undefined);
  return htmlTable(
    [
      { label: 'Years', kind: 'text' },
      { label: 'NC years', kind: 'text' },
      { label: `Population in ${scenario.baseYear}`, kind: 'count' },
      'Source',
    ],
    [
      [
        ncCell(runsText(distinct(records.map((r) => r.calendarYear)))),
        ncCell(runsText(distinct(records.map((r) => r.ncYear)))),
        base.length > 0 ? base.reduce((t, r) => t + r.count, 0) : null,
        notes.cite(population.source),
      ],
    ],
    `Population by year and NC year${perHead ? ', which the new EHCP rates are per head of' : ''}`,
  );
}

const DESTINATIONS = ['mainstream', 'srp', 'maintained-special', 'independent', 'non-maintained', 'other'] as const;

function yearlyMoves(scenario: Scenario, notes: SourceNotes): string {
  const used = DESTINATIONS.filter((d) => scenario.transitions.some((r) => r.from !== d && (r.to[d] ?? 0) > 0));
  const rows: HtmlCell[][] = scenario.transitions.map((r) => {
    const to = r.to as Record<string, number | undefined>;
    const total = Object.values(to).reduce<number>((t, w) => t + (w ?? 0), 0);
    const share = (key: string) => ((to[key] ?? 0) > 0 ? (to[key] as number) / total : null);
    return [
      `${settingCell(r.from)}${r.need ? ` (${r.need})` : ''}`,
      ncCell(r.ncYears[0] === r.ncYears[1] ? `${r.ncYears[0]}` : `${r.ncYears[0]} to ${r.ncYears[1]}`),
      share(r.from),
      ...used.map((d) => (d === r.from ? null : share(d))),
      share('left'),
      r.evidence,
      notes.cite(r.source),
    ];
  });
  return htmlTable(
    [
      { label: 'From', kind: 'text' },
      { label: 'NC years', kind: 'text' },
      { label: 'Stay', kind: 'rate' },
      ...used.map((d) => ({ label: `To ${settingName(d)}`, kind: 'rate' as const })),
      { label: 'Leave', kind: 'rate' },
      { label: 'Evidence (children)', kind: 'count' },
      'Source',
    ],
    rows,
    'Where children go each year, by setting and NC year',
  );
}

function places(scenario: Scenario, notes: SourceNotes): string {
  const rows: HtmlCell[][] = [];
  for (const key of ['srp', 'maintained-special'] as const) {
    const plan = scenario.capacity[key];
    if (!plan) continue;
    rows.push([
      settingCell(key),
      `${scenario.baseYear} (base)`,
      rangedText(plan.base, formatCount),
      notes.cite(plan.base.source),
    ]);
    for (const a of plan.additions) {
      rows.push([
        `${settingCell(key)}${a.need ? ` (${a.need})` : ''}`,
        `${a.year}`,
        `+${rangedText({ value: a.places, low: a.low, high: a.high }, formatCount)}`,
        notes.cite(a.source),
      ]);
    }
  }
  if (rows.length === 0) return '';
  return htmlTable(
    [
      { label: 'Provision', kind: 'text' },
      { label: 'Year', kind: 'text' },
      { label: 'Places (range)', kind: 'text' },
      'Source',
    ],
    rows,
    'Local places and the plan to add them',
  );
}

function costs(scenario: Scenario, notes: SourceNotes): string {
  const rows: HtmlCell[][] = Object.entries(scenario.costs.bySetting).flatMap(([setting, cost]) =>
    cost
      ? [
          [
            settingCell(setting),
            rangedText(cost.annualFeeGbp as Ranged, formatGbp),
            rangedText(cost.annualTransportGbp as Ranged, formatGbp),
            notes.cite(cost.annualFeeGbp.source),
            cost.annualTransportGbp.source === cost.annualFeeGbp.source
              ? ''
              : notes.cite(cost.annualTransportGbp.source),
          ],
        ]
      : [],
  );
  return htmlTable(
    [
      { label: 'Setting', kind: 'text' },
      { label: 'Fee a year (range)', kind: 'text' },
      { label: 'Transport a year (range)', kind: 'text' },
      'Source, fee',
      'Source, transport',
    ],
    rows,
    `Costs per child in ${scenario.baseYear}, fees uplifted ${rangedText(scenario.costs.feeUpliftRate, percent)} ` +
      'a year',
  );
}

function otherRates(scenario: Scenario, notes: SourceNotes): string {
  const rows: [string, Ranged][] = [
    ['Growth in new EHCPs a year', scenario.joiners.growthRate],
    ...(scenario.joiners.growthDamping
      ? [['Share of that growth kept each further year', scenario.joiners.growthDamping] as [string, Ranged]]
      : []),
    ['Share going independent even with a local place free', scenario.independentRegardless],
    ['Fee uplift a year', scenario.costs.feeUpliftRate],
  ];
  return htmlTable(
    [{ label: 'Assumption', kind: 'text' }, { label: 'Value (range)', kind: 'text' }, 'Source'],
    rows.map(([name, n]) => [name, rangedText(n, (v) => formatPercent(v)), notes.cite(n.source)]),
    'Rates',
  );
}

/** Scenario fields the tables above show; any other field's sourced numbers are listed as they are. */
const SHOWN = new Set([
  'name',
  'description',
  'references',
  'baseYear',
  'endYear',
  'maxNcYear',
  'stock',
  'joiners',
  'population',
  'transitions',
  'independentRegardless',
  'capacity',
  'costs',
]);

/** Sourced entries of fields this report does not know yet (a newer scenario), so no assumption goes unlisted. */
function otherSourced(scenario: Scenario, notes: SourceNotes): string {
  const rows: HtmlCell[][] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.source === 'string') {
        const fields = Object.entries(o)
          .filter(([k, v]) => k !== 'source' && (typeof v === 'number' || typeof v === 'string'))
          .map(([k, v]) => `${k} ${typeof v === 'number' ? formatNumber(v) : v}`);
        rows.push([path, fields.join(', '), notes.cite(o.source)]);
        return;
      }
      for (const [k, v] of Object.entries(o)) walk(v, path === '' ? k : `${path}.${k}`);
    }
  };
  for (const [key, value] of Object.entries(scenario)) if (!SHOWN.has(key)) walk(value, key);
  if (rows.length === 0) return '';
  return htmlTable(
    [{ label: 'Where', kind: 'text' }, { label: 'Values', kind: 'text' }, 'Source'],
    rows,
    'Other sourced figures',
  );
}

/**
 * The scenario's published figures and every assumption, as tables a committee can read: children by setting,
 * new EHCPs, where children go each year, local places, costs and rates, each row citing its numbered source.
 *
 * @example
 * assumptionsSection.applies(buildReportContext(input)); // whether the report shows it
 * await assumptionsSection.render(buildReportContext(input)); // its HTML, without the heading
 */
export const assumptionsSection: ReportSection = {
  id: 'assumptions',
  title: 'Figures and assumptions',
  applies: (report) => report.scenario !== undefined,
  async render(report) {
    const scenario = report.scenario as Scenario;
    const notes = sourceNotes('source');
    return [
      '<p>Every number the projection uses, with its source. Weights are shown as shares; a range is what the ' +
        'sensitivity analysis and the simulation vary the number over.</p>',
      publishedFigures(scenario, notes),
      childrenAtStart(scenario, notes),
      newEhcps(scenario, notes),
      populationTable(scenario, notes),
      yearlyMoves(scenario, notes),
      places(scenario, notes),
      costs(scenario, notes),
      otherRates(scenario, notes),
      otherSourced(scenario, notes),
      notes.list(),
    ].join('\n');
  },
};
