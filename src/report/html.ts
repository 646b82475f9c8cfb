import { type FigureKind, formatFigure, formatGbpMillions, formatNumber } from './figure-format.js';

/**
 * A table cell: text (escaped), a number (written by its column's kind and right-aligned), or `{ html }`, markup the
 * report built itself (a link to a source), written as it is.
 */
export type HtmlCell = string | number | null | undefined | { html: string };

/**
 * A column of an HTML table: its heading, and how its numbers read — a FigureKind, `gbp-millions` for a column of
 * spend all in £m (`decimals` of them, default 1), or `text`. A bare string is a heading whose numbers read as plain
 * numbers (years as they are).
 */
export type HtmlColumn = string | { label: string; kind?: FigureKind | 'gbp-millions' | 'text'; decimals?: number };

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b> & "q"'); // '&lt;b&gt; &amp; &quot;q&quot;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A bare heading's kind: years as they are, everything else a plain number. */
function kindOf(column: HtmlColumn): FigureKind | 'gbp-millions' | 'text' {
  if (typeof column !== 'string') return column.kind ?? 'number';
  return /^year$|year$/i.test(column) ? 'year' : 'number';
}

function cellText(value: HtmlCell, kind: FigureKind | 'gbp-millions' | 'text', decimals?: number): string {
  if (value == null) return '';
  if (typeof value === 'object') return value.html;
  if (typeof value !== 'number') return escapeHtml(value);
  if (kind === 'gbp-millions') return formatGbpMillions(value, decimals);
  return kind === 'text' ? formatNumber(value) : formatFigure(value, kind);
}

/**
 * An HTML table with a caption, in a box that scrolls sideways on its own when the table is wider than the page
 * (a phone), so the page itself never does. Numbers are right-aligned and written by their column's kind; text is
 * escaped and wraps only between words.
 *
 * @example
 * htmlTable(['year', { label: 'places', kind: 'count' }], [[2025, 1171.6]]);
 * // '<div class="table-scroll"><table><thead><tr><th class="num">year</th><th class="num">places</th></tr></thead>
 * //  <tbody><tr><td class="num">2025</td><td class="num">1,172</td></tr></tbody></table></div>'
 */
export function htmlTable(
  columns: readonly HtmlColumn[],
  rows: readonly (readonly HtmlCell[])[],
  caption?: string,
): string {
  const kinds = columns.map(kindOf);
  const decimals = columns.map((column) => (typeof column === 'string' ? undefined : column.decimals));
  const numeric = columns.map(
    (_, c) => kinds[c] !== 'text' && rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || r[c] == null),
  );
  const cls = (c: number) => (numeric[c] ? ' class="num"' : '');
  const cell = (v: HtmlCell, c: number) => `<td${cls(c)}>${cellText(v, kinds[c], decimals[c])}</td>`;
  const label = (column: HtmlColumn) => escapeHtml(typeof column === 'string' ? column : column.label);
  return [
    '<div class="table-scroll"><table>',
    caption ? `<caption>${escapeHtml(caption)}</caption>` : '',
    `<thead><tr>${columns.map((col, c) => `<th${cls(c)}>${label(col)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map((v, c) => cell(v, c)).join('')}</tr>`).join('')}`,
    '</tbody>',
    '</table></div>',
  ].join('');
}
