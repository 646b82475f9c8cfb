import { escapeHtml } from './html.js';
import { inputNotes } from './input-notes.js';
import { buildReportContext } from './report-context.js';
import { REPORT_CSS } from './report-css.js';
import { reportGlossary } from './report-glossary.js';
import { reportIntro } from './report-intro.js';
import type { ReportInput } from './report-input.js';
import { REPORT_SECTIONS } from './report-sections.js';

/**
 * Builds one self-contained HTML report — inline SVG charts and CSS, tables, no scripts, no external assets — that
 * opens offline in any browser, reads on a phone without sideways scrolling and prints as committee papers (each
 * part on a new page). Parts appear for what is given: the projection against no new capacity (with the simulated
 * band and what it means), the assumptions that move it most, forecast fan charts, ranking pages for the first
 * children, one real allocation round (Year 7 by default), every figure and assumption with its source, and the
 * shorthand it uses (SRP, EHCP, NC year...) in plain words.
 *
 * @param input see ReportInput; every input is validated and one ValidationError lists every problem with its path
 * @returns the HTML document
 * @example
 * const html = await renderReport({ scenario: JSON.parse(readFileSync('data/kent/scenario-2025.json', 'utf8')) });
 * html.includes('Independent placements by year'); // true
 */
export async function renderReport(input: ReportInput): Promise<string> {
  const report = buildReportContext(input);
  const sections: { id: string; title: string; html: string }[] = [];
  for (const section of REPORT_SECTIONS) {
    if (!section.applies(report)) continue;
    const title = typeof section.title === 'string' ? section.title : section.title(report);
    sections.push({ id: section.id, title, html: await section.render(report) });
  }
  const glossary = reportGlossary(sections.map((s) => s.html).join('\n'));
  if (glossary !== '') sections.push({ id: 'glossary', title: 'Words used in this report', html: glossary });
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${REPORT_CSS}</style></head><body>`,
    `<header><h1>${escapeHtml(report.title)}</h1>`,
    `<p class="muted">${escapeHtml(reportIntro(report))}</p>`,
    inputNotes(report),
    `<nav><ul>${sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('')}</ul></nav>`,
    '</header>',
    ...sections.map((s) => `<section id="${s.id}"><h2>${escapeHtml(s.title)}</h2>${s.html}</section>`),
    '</body></html>',
    '',
  ].join('\n');
}
