import { TornadoChartInputSchema, parseChartInput, type TornadoChartInput } from './chart-inputs.js';
import { type BarRow, barRowsChart } from './charts/bar-rows-chart.js';
import { CHART_DEFAULTS } from './charts/chart-defaults.js';
import { formatCount, formatGbp } from './figure-format.js';

/**
 * A tornado chart of a one-at-a-time sensitivity analysis: one row per assumption, with a bar from the base case
 * to the outcome at the assumption's low setting and one to the outcome at its high setting, each outcome written
 * at its bar's end; widest swing on top, the base case as a vertical rule. When a bar carries `inputLow` and
 * `inputHigh`, they are written under its name ("low 1,600 · high 2,400"), so a reader sees what was varied.
 *
 * @param input `bars` (`{ assumption, low, high, inputLow?, inputHigh? }`), `base` (the outcome with every
 *   assumption at its central value), optional `title`, `valueLabel`, `unit` ('GBP' for money) and `layout`
 * @returns SVG markup
 * @example
 * const svg = await tornadoChart({ base: 905, bars: [
 *   { assumption: 'Joiners per year', low: 850, high: 980 },
 *   { assumption: 'SRP places added', low: 940, high: 880 },
 * ] });
 * svg.includes('Joiners per year'); // true
 */
export async function tornadoChart(input: TornadoChartInput): Promise<string> {
  const {
    bars,
    base,
    title,
    valueLabel,
    unit,
    layout = 'wide',
  } = parseChartInput(TornadoChartInputSchema, input, 'tornado chart');
  const format = unit !== undefined && /^(gbp|£)/i.test(unit.trim()) ? formatGbp : formatCount;
  // Widest swing first; ties by name so the order never depends on the input order.
  const ordered = [...bars].sort(
    (a, b) =>
      Math.abs(b.high - b.low) - Math.abs(a.high - a.low) ||
      (a.assumption < b.assumption ? -1 : a.assumption > b.assumption ? 1 : 0),
  );
  const [lowColor, highColor] = [CHART_DEFAULTS.palette[2], CHART_DEFAULTS.palette[3]];
  const rows: BarRow[] = ordered.map((b) => ({
    label: b.assumption,
    note:
      b.inputLow !== undefined || b.inputHigh !== undefined
        ? `low ${b.inputLow ?? '?'} · high ${b.inputHigh ?? '?'}`
        : undefined,
    segments: [
      { from: base, to: b.low, color: lowColor, title: `${b.assumption}, low setting: ${format(b.low)}` },
      { from: base, to: b.high, color: highColor, title: `${b.assumption}, high setting: ${format(b.high)}` },
    ],
    values: endValues(base, b.low, b.high, format),
  }));
  return barRowsChart({
    title: title ?? 'What moves the result most',
    valueTitle: valueLabel ?? 'Result with each assumption at its low and high setting',
    layout,
    unit: format === formatGbp ? 'gbp' : 'count',
    rows,
    rule: { value: base, label: `base ${format(base)}` },
    legend: [
      { label: 'low setting', color: lowColor, mark: 'box' },
      { label: 'high setting', color: highColor, mark: 'box' },
    ],
  });
}

/**
 * The outcomes written at the bars' ends: each outside its bar, away from the base. Two outcomes on the same side
 * of the base would be written over each other, so only the farther is written (the other is in its tooltip).
 */
function endValues(base: number, low: number, high: number, format: (v: number) => string) {
  const side = (v: number): 'before' | 'after' => (v < base ? 'before' : 'after');
  if (side(low) !== side(high)) return [low, high].map((v) => ({ at: v, text: format(v), side: side(v) }));
  const far = Math.abs(high - base) >= Math.abs(low - base) ? high : low;
  return [{ at: far, text: format(far), side: side(far) }];
}
