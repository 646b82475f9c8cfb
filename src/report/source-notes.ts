import { escapeHtml } from './html.js';

/**
 * Numbered sources for a report's tables: each distinct source text gets a number the first time it is cited, a
 * table cell shows `[n]` linking to it, and the list is written once under the tables. Kent's 49 sources repeat
 * across 60 numbers; numbering them keeps the tables narrow enough for a phone.
 */
export type SourceNotes = {
  /** The cell for a source: `[n]`, linked to its entry in the list. */
  cite: (source: string) => { html: string };
  /** The numbered list, in the order first cited; empty when nothing was cited. */
  list: () => string;
};

/**
 * Starts a numbered list of sources for one report section.
 *
 * @param prefix makes the anchors unique in the page (`assumption-source-3`)
 *
 * @example
 * const notes = sourceNotes('source');
 * notes.cite('Kent County Council, minutes, 2025').html; // '<a href="#source-1">[1]</a>'
 */
export function sourceNotes(prefix: string): SourceNotes {
  const numbers = new Map<string, number>();
  return {
    cite(source) {
      let n = numbers.get(source);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(source, n);
      }
      return { html: `<a href="#${prefix}-${n}">[${n}]</a>` };
    },
    list() {
      if (numbers.size === 0) return '';
      const items = [...numbers].map(([text, n]) => `<li id="${prefix}-${n}">${escapeHtml(text)}</li>`).join('');
      return `<h3>Sources</h3><ol class="sources">${items}</ol>`;
    },
  };
}
