// How the report tests read a rendered report: its prose as a reader sees it, and the problems of an input.
import { renderReport } from '../../../src/report/render-report.js';
import { ValidationError, type ValidationIssue } from '../../../src/schema/validation-error.js';

/** The document's text outside charts, styles and tags, as a reader sees it, one space between words. */
export const proseOf = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** The issues renderReport's ValidationError lists for an input, or none when it renders. */
export async function reportIssuesOf(input: Parameters<typeof renderReport>[0]): Promise<ValidationIssue[]> {
  try {
    await renderReport(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  return [];
}
