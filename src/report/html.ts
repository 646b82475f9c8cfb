/** A table cell: text or a number (numbers are formatted and right-aligned). */
export type HtmlCell = string | number | null | undefined;

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

/** Numbers as a British reader expects them: grouped thousands; fixed locale so output is the same everywhere. */
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const SMALL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/**
 * Formats a number for a report table: whole above 1,000, one decimal above 1, three below.
 *
 * @example
 * formatNumber(1171.6); // '1,172'
 * formatNumber(0.4567); // '0.457'
 */
export function formatNumber(value: number): string {
  const a = Math.abs(value);
  return a >= 1000 ? WHOLE.format(value) : a >= 1 ? NUMBER.format(value) : SMALL.format(value);
}

/**
 * Formats GBP in millions or thousands for prose: £86.7m, £51.3k, £950.
 *
 * @example
 * formatGbp(86_700_000); // '£86.7m'
 */
export function formatGbp(value: number): string {
  const a = Math.abs(value);
  if (a >= 1e6) return `£${NUMBER.format(value / 1e6)}m`;
  if (a >= 1e4) return `£${NUMBER.format(value / 1e3)}k`;
  return `£${WHOLE.format(value)}`;
}

/**
 * An HTML table with a caption; numbers right-aligned and formatted, text escaped.
 *
 * @example
 * htmlTable(['year', 'places'], [[2025, 1172]]);
 * // '<table><thead><tr><th class="num">year</th><th class="num">places</th></tr></thead><tbody><tr><td
 *   class="num">2025</td>...'
 */
export function htmlTable(
  columns: readonly string[],
  rows: readonly (readonly HtmlCell[])[],
  caption?: string,
): string {
  const numeric = columns.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || r[c] == null));
  const cls = (c: number) => (numeric[c] ? ' class="num"' : '');
  const cell = (v: HtmlCell, c: number) => {
    const text =
      v == null
        ? ''
        : typeof v === 'number'
          ? columns[c] === 'year' || /Year$/.test(columns[c])
            ? String(v)
            : formatNumber(v)
          : escapeHtml(v);
    return `<td${cls(c)}>${text}</td>`;
  };
  return [
    '<table>',
    caption ? `<caption>${escapeHtml(caption)}</caption>` : '',
    `<thead><tr>${columns.map((col, c) => `<th${cls(c)}>${escapeHtml(col)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}

/**
 * The report's stylesheet: inline, print-friendly, no web fonts or images.
 *
 * @example
 * REPORT_CSS.includes('@media print'); // true
 */
export const REPORT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body {
  font-family: Helvetica, Arial, sans-serif; color: #222; max-width: 980px; margin: 2em auto; padding: 0 1em;
  line-height: 1.45;
}
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 2px solid #0072B2; padding-bottom: 0.2em; }
h3 { font-size: 1.05em; margin-top: 1.5em; } .lead { font-size: 1.1em; } .muted { color: #666; font-size: 0.9em; }
figure { margin: 1em 0; overflow-x: auto; } figure svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.88em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
td:not(.num) { overflow-wrap: anywhere; } td.num { white-space: nowrap; } th { background: #f3f6f9; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
nav ul { columns: 2; } @media print { h2 { break-before: page; } figure, table { break-inside: avoid; } }
`;
