/**
 * The report's stylesheet: inline, no web fonts or images. On a phone (under 640 px) the page never scrolls
 * sideways: charts switch to their narrow layout, wide tables scroll inside their own box, and text wraps only
 * between words. In print, each part starts a page and charts and table rows are never split.
 *
 * @example
 * REPORT_CSS.includes('@media print'); // true
 */
export const REPORT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  font-family: Helvetica, Arial, sans-serif; color: #222; max-width: 960px; margin: 0 auto;
  padding: 1.5em 20px 3em; line-height: 1.5; font-size: 16px;
}
h1 { font-size: 1.7em; line-height: 1.2; margin: 0.3em 0 0.4em; }
h2 {
  font-size: 1.3em; line-height: 1.25; margin: 2.2em 0 0.6em; border-bottom: 2px solid #0072B2;
  padding-bottom: 0.2em;
}
h3 { font-size: 1.08em; margin: 1.6em 0 0.4em; }
p, li { max-width: 46em; overflow-wrap: break-word; }
.lead { font-size: 1.1em; }
.muted { color: #555; font-size: 0.92em; }
.summary { background: #f3f6f9; border-left: 4px solid #0072B2; padding: 0.5em 1em; margin: 1em 0; }
.summary p { margin: 0.3em 0; }
figure { margin: 1.2em 0; }
figure svg { display: block; max-width: 100%; height: auto; }
.chart-narrow { display: none; }
.table-scroll { overflow-x: auto; margin: 0.8em 0; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.9em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td {
  border-bottom: 1px solid #ddd; padding: 0.3em 0.6em; text-align: left; vertical-align: top;
  overflow-wrap: normal; word-break: normal; hyphens: manual;
}
th { background: #f3f6f9; }
td:first-child:not(.num) { min-width: 9em; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
details { margin: 0.6em 0; }
summary { cursor: pointer; }
nav ul { columns: 2; padding-left: 1.2em; }
a { color: #0059a0; }
ol.sources li { font-size: 0.92em; margin: 0.2em 0; }
.glossary dt { font-weight: bold; margin-top: 0.6em; }
.glossary dd { margin: 0.1em 0 0 1.2em; max-width: 46em; }
@media (max-width: 639px) {
  body { padding: 1em 12px 2em; font-size: 15px; }
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
  nav ul { columns: 1; }
}
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  section { break-before: page; }
  h2, h3, caption, .lead { break-after: avoid; }
  figure, tr, .summary { break-inside: avoid; }
  .chart-wide { display: block; }
  .chart-narrow { display: none; }
  .table-scroll { overflow: visible; }
  /* A4 leaves 182 mm (688 px) between the margins: the projection's eleven columns fit only a size smaller. */
  table { font-size: 8.5pt; }
  th, td { padding: 0.25em 0.35em; }
  a { color: inherit; text-decoration: none; }
}
`;
