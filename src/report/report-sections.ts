import type { ReportSection } from './report-section.js';
import { assumptionsSection } from './sections/assumptions-section.js';
import { capacityPlanSection } from './sections/capacity-plan-section.js';
import { childrenSection } from './sections/children-section.js';
import { cohortSection } from './sections/cohort-section.js';
import { forecastsSection } from './sections/forecasts-section.js';
import { plansSection } from './sections/plans-section.js';
import { sensitivitySection } from './sections/sensitivity-section.js';
import { sufficiencySection } from './sections/sufficiency-section.js';

/**
 * The report's parts in the order it shows them; each appears when its inputs are given. A new part is a file in
 * sections/ and a line here (see ReportSection).
 *
 * @example
 * REPORT_SECTIONS.map((s) => s.id);
 * // ['sufficiency', 'plans', 'sensitivity', 'forecasts', 'matching', 'allocation', 'assumptions']
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  sufficiencySection,
  plansSection,
  sensitivitySection,
  capacityPlanSection,
  forecastsSection,
  childrenSection,
  cohortSection,
  assumptionsSection,
];
