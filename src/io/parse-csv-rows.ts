/** One physical record of a CSV file: its cells and the 1-based line it starts on. */
export type CsvRow = {
  /** 1-based physical line of the file where the record starts (a quoted newline moves later rows down). */
  line: number;
  cells: string[];
  /** Why the record is malformed (an unclosed quote, text after a closing quote), if it is. */
  problem?: string;
};

/**
 * Splits CSV text into records by RFC 4180: fields separated by the delimiter, records by CRLF, LF
 * or a lone CR; a quoted field may hold delimiters, line breaks and doubled quotes (`""`).
 * Lines with no characters at all, and rows whose cells are all empty and unquoted (Excel's `,,,`
 * padding), are not records and are left out. The text must already be decoded (see decodeText).
 *
 * Hot path: one pass over the characters, slicing runs of plain text rather than adding one
 * character at a time, because a county's GIAS extract has millions of characters.
 *
 * @example
 * parseCsvRows('a,b\r\n"x, y","say ""hi"""\n', ',');
 * // [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x, y', 'say "hi"'] }]
 */
export function parseCsvRows(text: string, delimiter = ','): CsvRow[] {
  const rows: CsvRow[] = [];
  const n = text.length;
  const sep = delimiter.charCodeAt(0);
  let i = 0;
  let line = 1;

  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let anyQuoted = false;
    let problem: string | undefined;
    // One record: fields until an unquoted line break or the end.
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === 34 /* " */) {
        anyQuoted = true;
        i++;
        let closed = false;
        let runStart = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === 34) {
            if (text.charCodeAt(i + 1) === 34) {
              value += text.slice(runStart, i + 1);
              i += 2;
              runStart = i;
              continue;
            }
            value += text.slice(runStart, i);
            i++;
            closed = true;
            break;
          }
          if (c === 10) line++;
          else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
          i++;
        }
        if (!closed) {
          value += text.slice(runStart, i);
          problem ??= 'a quoted field is not closed before the end of the file';
        }
        // Text between the closing quote and the next separator breaks RFC 4180; keep it, flag the row.
        const afterStart = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === sep || c === 10 || c === 13) break;
          i++;
        }
        if (i > afterStart) {
          value += text.slice(afterStart, i);
          problem ??= `text after a closing quote in field ${cells.length + 1}`;
        }
      } else {
        const runStart = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === sep || c === 10 || c === 13) break;
          i++;
        }
        value = text.slice(runStart, i);
      }
      cells.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === sep) {
        i++;
        if (i >= n) {
          cells.push('');
          break;
        }
        continue;
      }
      // A line break ends the record.
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      break;
    }
    const blank = !anyQuoted && cells.every((cell) => cell === '');
    if (!blank) rows.push(problem ? { line: start, cells, problem } : { line: start, cells });
  }
  return rows;
}
