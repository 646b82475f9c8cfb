/**
 * Advance widths of Helvetica / Arial for printable ASCII, in thousandths of the font size (the fonts' published
 * metrics). A chart is laid out in Node with no font at hand, so text is measured from this table; Helvetica,
 * Arial and Liberation Sans share these widths, so what is measured is what a browser draws.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** Characters outside ASCII that charts commonly show. */
const OTHER_WIDTHS: Record<string, number> = { '£': 556, '–': 556, '—': 1000, '·': 278, '’': 222, '…': 1000 };

/** Bold Helvetica is about 7% wider than regular on running text. */
const BOLD_FACTOR = 1.07;

/**
 * The width in pixels of `text` set in the charts' font at `fontSize`.
 *
 * @example
 * textWidth('1,172', 12); // 30.024
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    units += code >= 32 && code < 127 ? ASCII_WIDTHS[code - 32] : (OTHER_WIDTHS[ch] ?? 556);
  }
  return (units / 1000) * fontSize * (bold ? BOLD_FACTOR : 1);
}

/**
 * Wraps `text` into lines no wider than `maxWidth` pixels, breaking only at spaces: a word is never cut, so a word
 * wider than a line gets a line of its own.
 *
 * @returns the lines, in order; joined with spaces they give back the text with its runs of blanks collapsed
 * @example
 * wrapText('Independent placements in 2030', 120, 12); // ['Independent', 'placements in 2030']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
