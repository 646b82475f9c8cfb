import { TornadoChartInputSchema, parseChartInput, type TornadoChartInput } from './chart-inputs.js';
import { CHART_DEFAULTS, renderSvg } from './render-svg.js';
import { WRAPPED_LINE_HEIGHT, wrapLabel, wrappedLabelAxis } from './wrap-label.js';

/**
 * A tornado chart of a one-at-a-time sensitivity analysis: one bar per assumption from the outcome
 * at its low setting to the outcome at its high setting, widest swing on top, with the base case
 * as a vertical rule. It shows at a glance which assumption matters most.
 *
 * @param input `bars` (`{ assumption, low, high }`), `base` (the outcome with every assumption at its
 *   central value), optional `title` and `valueLabel` (the x axis)
 * @returns SVG markup
 * @example
 * const svg = await tornadoChart({ base: 905, bars: [
 *   { assumption: 'Joiners per year', low: 850, high: 980 },
 *   { assumption: 'SRP places added', low: 940, high: 880 },
 * ] });
 * svg.includes('Joiners per year'); // true
 */
export async function tornadoChart(input: TornadoChartInput): Promise<string> {
  const { bars, base, title, valueLabel } = parseChartInput(TornadoChartInputSchema, input, 'tornado chart');
  // Widest swing first; ties by name so the order never depends on the input order.
  const ordered = [...bars].sort(
    (a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low) || a.assumption.localeCompare(b.assumption),
  );
  // Assumption names are paths such as `transitions[2] (mainstream, NC 8-11).to.independent`: wrapped
  // onto lines (joined by \n, split again by labelExpr) so the axis shows them whole, never cut short.
  const lines = new Map(ordered.map((b) => [b.assumption, wrapLabel(b.assumption, CHART_DEFAULTS.labelChars)]));
  const label = (assumption: string) => lines.get(assumption)!.join('\n');
  const mostLines = Math.max(...[...lines.values()].map((l) => l.length));
  const values = ordered.flatMap((b) => [
    {
      label: label(b.assumption),
      assumption: b.assumption,
      from: base,
      to: b.low,
      setting: 'low setting',
      value: b.low,
    },
    {
      label: label(b.assumption),
      assumption: b.assumption,
      from: base,
      to: b.high,
      setting: 'high setting',
      value: b.high,
    },
  ]);
  const y = {
    field: 'label',
    type: 'nominal',
    title: null,
    sort: ordered.map((b) => label(b.assumption)),
    axis: wrappedLabelAxis(mostLines),
  };
  return renderSvg({
    title: title ?? 'What moves the result most',
    width: CHART_DEFAULTS.width,
    height: Math.max(120, ordered.length * Math.max(28, mostLines * WRAPPED_LINE_HEIGHT + 8)),
    layer: [
      {
        data: { values },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y,
          x: {
            field: 'from',
            type: 'quantitative',
            title: valueLabel ?? 'Result',
            scale: { zero: false, ...flatDomain(base, ordered) },
          },
          x2: { field: 'to' },
          color: {
            field: 'setting',
            type: 'nominal',
            title: null,
            scale: {
              domain: ['low setting', 'high setting'],
              range: [CHART_DEFAULTS.palette[2], CHART_DEFAULTS.palette[3]],
            },
          },
          tooltip: [{ field: 'assumption' }, { field: 'setting' }, { field: 'value', format: ',.0f' }],
        },
      },
      {
        data: { values: [{ base }] },
        mark: { type: 'rule', color: '#222222', strokeWidth: 1.5 },
        encoding: { x: { field: 'base', type: 'quantitative' } },
      },
    ],
  });
}

/** Below this width the axis cannot be ticked: vega's tick step underflows on a subnormal range. */
const MIN_DRAWABLE_SPAN = 1e-300;

/**
 * An explicit axis range for swings too small to draw (a scenario whose assumption moves the result
 * by 1e-323): one unit, or 1% of the value, either side of the middle, so the chart shows flat bars
 * instead of failing. Wider ranges are left to vega.
 */
function flatDomain(base: number, bars: readonly { low: number; high: number }[]): { domain?: [number, number] } {
  const values = [base, ...bars.flatMap((b) => [b.low, b.high])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (hi - lo >= MIN_DRAWABLE_SPAN) return {};
  const middle = lo / 2 + hi / 2;
  const pad = Math.max(Math.abs(middle) * 0.01, 1);
  return { domain: [middle - pad, middle + pad] };
}
