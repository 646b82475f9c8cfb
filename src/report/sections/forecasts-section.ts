import { chartFigure } from '../chart-figure.js';
import { countNoun } from '../count-noun.js';
import { forecastChart } from '../forecast-chart.js';
import { formatAcademicYear } from '../figure-format.js';
import { escapeHtml, htmlTable } from '../html.js';
import type { ReportSection } from '../report-section.js';

/**
 * How a forecast was made, for the sentence under its heading: the automatic choice with forecast()'s
 * own summary of what it chose and how it backtested, or the method asked for.
 *
 * @example
 * methodText('auto', 'mean of naive 0.5, drift 0.5');
 * // ' Method: chosen automatically (mean of naive 0.5, drift 0.5).'
 * methodText('theta'); // ' Method: theta.'
 */
export function methodText(method: string | undefined, summary?: string): string {
  if (method === undefined) return '';
  const name = method === 'auto' ? 'chosen automatically' : method;
  return ` Method: ${name}${summary === undefined ? '' : ` (${summary})`}.`;
}

/** Forecast fan charts, one per series, titled with the series' name and its unit, each with its table.
 *
 * @example
 * forecastsSection.applies(buildReportContext(input)); // whether the report shows it
 * await forecastsSection.render(buildReportContext(input)); // its HTML, without the heading
 */
export const forecastsSection: ReportSection = {
  id: 'forecasts',
  title: 'Forecasts',
  applies: (report) => report.forecasts.length > 0,
  async render(report) {
    const parts: string[] = [];
    for (const f of report.forecasts) {
      const levels = Object.keys(f.forecast.lower).sort((a, b) => Number(a) - Number(b));
      const history = f.history as { start: number; values: number[] };
      const start = history.start + history.values.length;
      const money = f.unit !== undefined && /^(gbp|£)/i.test(f.unit.trim());
      const whole = [...history.values, ...f.forecast.mean].every((v) => Math.abs(v) >= 10);
      const kind = money ? ('gbp' as const) : whole ? ('count' as const) : ('number' as const);
      const method = methodText(f.forecast.method, f.forecast.why?.summary);
      // Years as the series' file wrote them: 2024/25 for academic or financial years, as forecast prints them.
      const year = (y: number) => (f.academicYears ? formatAcademicYear(y) : y);
      parts.push(`<h3>${escapeHtml(f.label)}</h3>`);
      parts.push(
        `<p class="muted">${countNoun(history.values.length, 'year')} of history, ` +
          `${year(history.start)}–${year(start - 1)}, forecast ${countNoun(f.forecast.mean.length, 'year')} ` +
          `ahead with ${levels.map((l) => `${l}%`).join(' and ')} ` +
          `prediction intervals.${escapeHtml(method)}</p>`,
      );
      parts.push(await chartFigure((layout) => forecastChart({ ...f, title: f.title ?? f.label, layout })));
      parts.push(
        htmlTable(
          [
            'Year',
            { label: 'Forecast', kind },
            ...levels.flatMap((l) => [
              { label: `${l}% low`, kind },
              { label: `${l}% high`, kind },
            ]),
          ],
          f.forecast.mean.map((m, k) => [
            year(start + k),
            m,
            ...levels.flatMap((l) => [f.forecast.lower[l][k], f.forecast.upper[l][k]]),
          ]),
          `${f.label}: forecast by year${money ? ' (£ a year)' : f.unit ? ` (${f.unit})` : ''}`,
        ),
      );
    }
    return parts.join('\n');
  },
};
