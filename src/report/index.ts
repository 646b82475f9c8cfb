/**
 * The report entry point: SVG charts rendered in Node (forecast fans, the plan against no new
 * capacity, tornado, ranking bars, maps) and a self-contained HTML report. A separate entry so
 * that importing the core never loads vega.
 *
 * @packageDocumentation
 * @module send-placement/report
 */
export { renderSvg, CHART_DEFAULTS } from './render-svg.js';
export type { VegaLiteSpec } from './render-svg.js';
export { forecastChart } from './forecast-chart.js';
export { sufficiencyChart } from './sufficiency-chart.js';
export { tornadoChart } from './tornado-chart.js';
export { rankingChart } from './ranking-chart.js';
export { mapChart } from './map-chart.js';
export { renderReport, REPORT_DEFAULTS } from './render-report.js';
export type { ReportInput } from './render-report.js';
export { escapeHtml, formatNumber, formatGbp, htmlTable, REPORT_CSS } from './html.js';
export type { HtmlCell } from './html.js';
export {
  ForecastChartInputSchema,
  SufficiencyChartInputSchema,
  TornadoChartInputSchema,
  TornadoBarSchema,
  RankingChartInputSchema,
  MapChartInputSchema,
} from './chart-inputs.js';
export type {
  ForecastChartInput,
  SufficiencyChartInput,
  TornadoChartInput,
  RankingChartInput,
  MapChartInput,
} from './chart-inputs.js';
