/**
 * The report entry point: SVG charts drawn in Node without a browser (forecast fans, the plan against no new
 * capacity, tornado, ranking bars, maps), a self-contained HTML report, and the number formats both share. A
 * separate entry so that importing the core never loads chart code; vega is loaded only by renderSvg, for a chart
 * of your own.
 *
 * @packageDocumentation
 * @module send-placement/report
 */
export { renderSvg } from './render-svg.js';
export type { VegaLiteSpec } from './render-svg.js';
export { CHART_DEFAULTS } from './charts/chart-defaults.js';
export type { ChartLayout } from './charts/chart-defaults.js';
export { forecastChart } from './forecast-chart.js';
export { sufficiencyChart } from './sufficiency-chart.js';
export { frontierChart, FrontierChartInputSchema } from './frontier-chart.js';
export type { FrontierChartInput } from './frontier-chart.js';
export { tornadoChart } from './tornado-chart.js';
export { rankingChart } from './ranking-chart.js';
export { mapChart } from './map-chart.js';
export { renderReport } from './render-report.js';
export { REPORT_DEFAULTS } from './report-defaults.js';
export type { ReportInput } from './report-input.js';
export { escapeHtml, htmlTable } from './html.js';
export type { HtmlCell, HtmlColumn } from './html.js';
export { REPORT_CSS } from './report-css.js';
export { formatNumber, formatGbp, formatCount, formatGbpMillions, formatPercent } from './figure-format.js';
export type { FigureKind } from './figure-format.js';
export { EXCLUSION_WORDS, LOT_NAMES, lotName, SETTING_NAMES } from './planner-words.js';
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
