import type { Scenario } from '../../schema/scenario.js';
import { sensitivity } from '../../sufficiency/sensitivity.js';
import { describeAssumption } from '../assumption-words.js';
import type { TornadoChartInput } from '../chart-inputs.js';
import { chartFigure } from '../chart-figure.js';
import { formatCount } from '../figure-format.js';
import { htmlTable } from '../html.js';
import { writeAssumptionValues } from '../rate-precision.js';
import type { ReportContext } from '../report-context.js';
import { REPORT_DEFAULTS } from '../report-defaults.js';
import type { ReportSection } from '../report-section.js';
import { tornadoChart } from '../tornado-chart.js';

/**
 * The tornado of a scenario's end year: independent placements with each assumption at its low and at its high,
 * the assumption named in plain words with the two values it was set to.
 */
function tornadoOf(scenario: Scenario): TornadoChartInput & { year: number } {
  const result = sensitivity(scenario);
  const rows = result.rows.slice(0, REPORT_DEFAULTS.tornadoBars);
  const words = rows.map((r) => describeAssumption(r.assumption, scenario));
  // Rates to one precision across the tornado: '2.0%' beside '3.6%', not '2.0%' beside '3.63%'.
  const inputs = writeAssumptionValues(rows.map((r, i) => ({ words: words[i], low: r.low, high: r.high })));
  return {
    year: result.year,
    base: result.basePlacements,
    bars: rows.map((r, i) => ({
      assumption: words[i].name,
      low: r.placementsAtLow,
      high: r.placementsAtHigh,
      inputLow: inputs[i].low,
      inputHigh: inputs[i].high,
    })),
    title: `Independent placements in ${result.year}: each assumption at its low and high`,
    valueLabel: `Independent placements in ${result.year} (children)`,
  };
}

/** The caller's tornado, or the scenario's; undefined when there is none. */
function tornadoFor(report: ReportContext): (TornadoChartInput & { year?: number }) | undefined {
  if (report.sensitivity === false) return undefined;
  return report.sensitivity ?? (report.scenario ? tornadoOf(report.scenario) : undefined);
}

/** Which assumptions move the end year's placements most: the tornado and its table.
 *
 * @example
 * sensitivitySection.applies(buildReportContext(input)); // whether the report shows it
 * await sensitivitySection.render(buildReportContext(input)); // its HTML, without the heading
 */
export const sensitivitySection: ReportSection = {
  id: 'sensitivity',
  title: (report) => `What moves ${report.projection?.endYear ?? 'the result'} most`,
  applies: (report) => report.sensitivity !== false && (report.sensitivity !== undefined || !!report.scenario),
  async render(report) {
    const tornado = tornadoFor(report) as TornadoChartInput & { year?: number };
    const bars = [...tornado.bars].sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
    const intro =
      tornado.year === undefined
        ? ''
        : `<p>Each assumption is set to its low and then to its high value, all others as stated; the bars show ` +
          `independent placements in ${tornado.year} at each. With every assumption as stated they are ` +
          `${formatCount(tornado.base)}. ` +
          `${bars.length === 1 ? 'The widest swing is' : `The ${bars.length} widest swings are`} shown.</p>`;
    return [
      intro,
      await chartFigure((layout) => tornadoChart({ ...tornado, layout })),
      htmlTable(
        [
          { label: 'Assumption', kind: 'text' },
          { label: 'Low', kind: 'text' },
          { label: 'High', kind: 'text' },
          { label: 'Placements at low', kind: 'count' },
          { label: 'Placements at high', kind: 'count' },
          { label: 'Swing', kind: 'count' },
        ],
        bars.map((b) => [b.assumption, b.inputLow, b.inputHigh, b.low, b.high, Math.abs(b.high - b.low)]),
        `Base case: ${formatCount(tornado.base)}`,
      ),
    ].join('\n');
  },
};
