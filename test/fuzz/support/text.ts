// Breaking a valid CSV or JSON file the way spreadsheets and hand edits do: a stray quote or comma,
// a cell replaced, a line cut short, a BOM, CRLF, trailing blank lines, Windows-1252 or random bytes.
import fc from 'fast-check';
import { nastyValueArb } from './hostile.js';

const SNIPPETS = [
  '"',
  ',',
  '\n',
  '\r\n',
  '\r',
  '""',
  '\u0000',
  '\ufeff',
  ';',
  'NaN',
  '1e300',
  '-1',
  'Infinity',
  '-0',
  ' ',
  '£',
  '\u202e',
  '😀',
];

type TextMutation =
  | { op: 'insert'; pos: number; text: string }
  | { op: 'delete'; pos: number; length: number }
  | { op: 'truncate'; pos: number }
  | { op: 'replace-cell'; pick: number; with: unknown }
  | { op: 'bom' | 'crlf' | 'lf' | 'blank-lines' | 'windows-1252' | 'utf8-bytes' };

const textMutationArb: fc.Arbitrary<TextMutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('insert' as const),
      pos: fc.nat(),
      text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'grapheme', maxLength: 8 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('delete' as const),
      pos: fc.nat(),
      length: fc.integer({ min: 1, max: 20 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), pos: fc.nat() }) },
  {
    weight: 5,
    arbitrary: fc.record({ op: fc.constant('replace-cell' as const), pick: fc.nat(), with: nastyValueArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constantFrom(
        'bom' as const,
        'crlf' as const,
        'lf' as const,
        'blank-lines' as const,
        'windows-1252' as const,
        'utf8-bytes' as const,
      ),
    }),
  },
);

function applyTextMutation(text: string, m: TextMutation): string | Uint8Array {
  const at = (pos: number) => (text.length === 0 ? 0 : pos % (text.length + 1));
  switch (m.op) {
    case 'insert':
      return text.slice(0, at(m.pos)) + m.text + text.slice(at(m.pos));
    case 'delete':
      return text.slice(0, at(m.pos)) + text.slice(at(m.pos) + m.length);
    case 'truncate':
      return text.slice(0, at(m.pos));
    case 'replace-cell': {
      const cells = text.split(',');
      cells[m.pick % cells.length] = typeof m.with === 'string' ? m.with : (JSON.stringify(m.with) ?? 'undefined');
      return cells.join(',');
    }
    case 'bom':
      return `\ufeff${text}`;
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'lf':
      return text.replace(/\r\n/g, '\n');
    case 'blank-lines':
      return `${text}\r\n\r\n\n`;
    case 'windows-1252':
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    case 'utf8-bytes':
      return new TextEncoder().encode(text);
  }
}

/** Texts from `valid`, each broken once (sometimes turned into bytes). */
export function mutatedText(valid: fc.Arbitrary<string>): fc.Arbitrary<string | Uint8Array> {
  return fc.tuple(valid, textMutationArb).map(([text, m]) => applyTextMutation(text, m));
}

/** Text or bytes with no structure at all. */
export const junkTextArb: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }),
  fc.constantFrom(
    '',
    '\ufeff',
    ',',
    '"',
    '\r\n\r\n',
    'a,a\n1,2\n',
    'id\n"',
    '[1,2',
    'null',
    '{}',
    '[]',
    '[null]',
    '{"values":[1]}',
  ),
);
