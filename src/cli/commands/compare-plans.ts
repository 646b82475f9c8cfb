import { compareScenarios, parseScenario, type Scenario } from '../../index.js';
import { formatCount, formatGbp } from '../../report/figure-format.js';
import type { CliIo } from '../cli-io.js';
import { type Column, type CommandOutput, tableCsv } from '../format-output.js';
import { readJsonInput } from '../read-input.js';
import { scenarioWarnings } from '../scenario-warnings.js';
import { leavesSpecialShort } from '../../report/sections/sufficiency-section.js';

/** The children's columns of plans side by side: expected counts (whole in a table, to 0.1 under 10; to 0.1 in CSV). */
const CHILDREN_COLUMNS: Column[] = [
  'plan',
  'year',
  { key: 'independent', label: 'independent', kind: 'count' },
  { key: 'independentVsFirst', label: 'independent vs first plan', kind: 'count' },
  { key: 'srpPlaces', label: 'SRP places', kind: 'count' },
  { key: 'srpShortfall', label: 'SRP shortfall', kind: 'count' },
];

/**
 * Maintained special schools' shortfall, after SRP's, when some plan leaves them short (leavesSpecialShort, the
 * report's rule): where they overflow it drives independent placements as SRP's does.
 */
const SPECIAL_COLUMN: Column = { key: 'specialShortfall', label: 'special school shortfall', kind: 'count' };

/** The spend columns: £ a year, all settings (£m in a table, whole pounds in CSV). */
const SPEND_COLUMNS: Column[] = [
  { key: 'spend', label: 'spend £, all settings', kind: 'gbp' },
  { key: 'spendVsFirst', label: 'spend £ vs first plan', kind: 'gbp' },
  { key: 'cumulativeSpend', label: 'spend so far £', kind: 'gbp' },
];

/**
 * Each scenario as a plan for compareScenarios, named by its scenario's name, and by its place and file as well
 * where two scenarios share one (plan names must differ).
 *
 * @example
 * planNames([kent, kent], ['a.json', 'b.json']).map((p) => p.name);
 * // ['Kent SRP growth plan, 2025-2030 (plan 1, a.json)', 'Kent SRP growth plan, 2025-2030 (plan 2, b.json)']
 */
export function planNames(scenarios: readonly Scenario[], files: readonly string[]) {
  return scenarios.map((scenario, i) => ({
    name:
      scenarios.filter((t) => t.name === scenario.name).length > 1
        ? `${scenario.name} (plan ${i + 1}, ${files[i]})`
        : scenario.name,
    scenario,
  }));
}

/**
 * `sufficiency` with `--scenario` more than once: the plans side by side (compareScenarios), one row
 * per plan and year, each read against the first (plans named by planNames).
 *
 * @param files the scenario files, in the order given; the first is the reference
 * @example
 * const out = await comparePlans(io, ['data/kent/scenario-2025.json', 'stop-in-2027.json']);
 * out.notes[1]; // 'Kent plan stopped after 2027: 1,315 independent placements in 2030, £2,526.3m spent 2025-2030'
 */
export async function comparePlans(io: CliIo, files: readonly string[]): Promise<CommandOutput> {
  const scenarios: Scenario[] = [];
  for (const file of files) scenarios.push(await readJsonInput(io, file, parseScenario));
  const plans = planNames(scenarios, files);
  const names = plans.map((p) => p.name);
  const comparison = compareScenarios(plans);
  const rows = comparison.rows.map((r) => ({
    plan: r.name,
    year: r.year,
    independent: r.independentPlacements,
    independentVsFirst: r.independentVsFirst,
    srpPlaces: r.srpPlaces,
    srpShortfall: r.srpShortfall,
    specialShortfall: r.specialShortfall,
    spend: r.spend,
    spendVsFirst: r.spendVsFirst,
    cumulativeSpend: r.cumulativeSpend,
  }));
  const warnings = scenarios.flatMap((scenario, i) => scenarioWarnings(files[i], scenario));
  const summaries = comparison.plans.map((plan) => {
    const last = comparison.rows.filter((row) => row.name === plan.name).at(-1);
    const placements = `${formatCount(last?.independentPlacements ?? 0)} independent placements in ${plan.endYear}`;
    const spent = `${formatGbp(last?.cumulativeSpend ?? 0)} spent ${plan.baseYear}-${plan.endYear}`;
    return `${plan.name}: ${placements}, ${spent}`;
  });
  const against = `against ${names[0]}`;
  const children = [...CHILDREN_COLUMNS, ...(leavesSpecialShort(comparison) ? [SPECIAL_COLUMN] : [])];
  return {
    json: comparison,
    tables: [
      { title: `${names.length} plans side by side: children (${against})`, columns: children, rows },
      {
        title: `${names.length} plans side by side: spend £ a year`,
        columns: ['plan', 'year', ...SPEND_COLUMNS],
        rows,
      },
    ],
    csv: tableCsv({ columns: [...children, ...SPEND_COLUMNS], rows }),
    notes: [...warnings, ...summaries],
  };
}
