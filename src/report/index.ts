// The report entry point (send-placement/report): SVG charts rendered in Node and a self-contained
// HTML report. A separate entry so that importing the core never loads vega.
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
export type { ForecastChartInput, SufficiencyChartInput, TornadoChartInput, RankingChartInput, MapChartInput } from './chart-inputs.js';
