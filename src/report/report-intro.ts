import type { ReportContext } from './report-context.js';

/**
 * The paragraph under the report's title: how its figures can be traced and what units they are in, said only of
 * what the report holds (a forecast-only report has no assumptions to list and no spend in £m).
 *
 * @returns the paragraph's text (plain, to be escaped by the caller)
 *
 * @example
 * reportIntro(buildReportContext({ scenario: kent }));
 * // 'Made with send-placement. Every figure is traceable: the assumptions are listed with their sources. ...'
 */
export function reportIntro(report: ReportContext): string {
  const sufficiency = report.projection !== undefined || report.comparison !== undefined;
  const planned = sufficiency || report.capacityPlan !== undefined;
  const matching = report.schools !== undefined && report.children !== undefined;
  const forecasts = report.forecasts.length > 0;
  const traced = [
    report.scenario ? 'the assumptions are listed with their sources' : '',
    matching ? 'every ranking score splits into the points of each criterion' : '',
    forecasts ? 'each forecast names its method' : '',
  ].filter((s) => s !== '');
  const sentences = ['Made with send-placement.'];
  if (traced.length > 0) sentences.push(`Every figure is traceable: ${joinAnd(traced)}.`);
  if (matching) sentences.push('Children are shown by pseudonymous id only.');
  if (sufficiency) sentences.push('Children are expected counts, rounded.');
  if (planned) sentences.push(`Spend is £m with one decimal from £1m up, whole pounds below${capitalNote(report)}.`);
  if (matching) sentences.push('School costs are whole pounds a year, fee and transport.');
  if (forecasts) sentences.push("Forecasts are in each series' own unit, named beside its chart.");
  return sentences.join(' ');
}

/** How a capacity plan's £m read, when the report holds one: to two decimals, as its own summary writes them. */
function capitalNote(report: ReportContext): string {
  if (report.capacityPlan === undefined) return '';
  return (
    "; the capacity plan's sums are £m to two decimals, so capital a little under the budget does not read as " +
    'all of it'
  );
}

function joinAnd(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
