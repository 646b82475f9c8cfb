/** Longest cell text quoted in a message; a longer cell is cut with an ellipsis. */
export const QUOTED_CELL_MAX = 80;

/**
 * A cell's text for a one-line message, in double quotes: line breaks, tabs and other control
 * characters become spaces (a message is one line on a terminal and in a log), runs of spaces one,
 * and text over QUOTED_CELL_MAX characters is cut. Only for cells of establishment files (types,
 * provision names), never for a child's fields, which messages do not quote.
 *
 * @example
 * quoteCell('Academy\r\nconverter'); // '"Academy converter"'
 */
export function quoteCell(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this flattens
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ');
  return `"${flat.length > QUOTED_CELL_MAX ? `${flat.slice(0, QUOTED_CELL_MAX - 1)}…` : flat}"`;
}
