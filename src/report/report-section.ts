import type { ReportContext } from './report-context.js';

/**
 * One part of the report: its anchor, its heading, whether the inputs hold what it needs, and its HTML.
 *
 * A new part is one file in src/report/sections/ exporting a ReportSection, and one line in REPORT_SECTIONS (in
 * the order the report shows them); a part that needs a new input adds the field to ReportInput, ReportInputSchema
 * and ReportContext. Charts go through chartFigure (both layouts), tables through htmlTable, numbers through
 * figure-format — so the new part reads like the others on a phone, on screen and in print.
 */
export type ReportSection = {
  /** The `id` of the section element, linked from the contents list. */
  id: string;
  /** The heading, or a function of the inputs (`What moves 2030 most`). */
  title: string | ((report: ReportContext) => string);
  /** Whether to show the section for these inputs. */
  applies: (report: ReportContext) => boolean;
  /** The section's HTML, without its heading. */
  render: (report: ReportContext) => Promise<string>;
};
