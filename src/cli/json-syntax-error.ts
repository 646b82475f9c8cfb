/** Where a JSON text first breaks the grammar, and why, in a planner's words. */
export type JsonSyntaxError = { line: number; column: number; cause: string };

/** Structural characters are safe to name in a message; any other character may be a child's data, so it is not. */
const NAMEABLE = new Set(['{', '}', '[', ']', ':', ',']);

/** Thrown inside the scanner at the first error: its offset and why. */
class Broken extends Error {
  readonly at: number;
  readonly why: string;
  constructor(at: number, why: string) {
    super(why);
    this.at = at;
    this.why = why;
  }
}

/**
 * Finds the first syntax error of a JSON text (RFC 8259) with its 1-based line and column and its cause: a missing
 * comma or bracket, a trailing comma, single quotes, a comment, an unclosed string, text after the value... The
 * text around it is never quoted, since it may hold a child's data. A scanner of its own, so the message does not
 * depend on how a JavaScript engine words its errors.
 *
 * @returns undefined when the text is valid JSON
 * @example
 * jsonSyntaxError('{\n  "id": "C1",\n  "ncYear": 7,\n}');
 * // { line: 3, column: 14, cause: 'a comma before } (JSON allows no comma after the last item)' }
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const blank = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (cause: string, at = i): never => {
    throw new Broken(at, cause);
  };
  // Wherever one stands (before a name, after a value), a comment is named as one: JSON has none.
  const comment = () => {
    if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      fail('a comment (// or /* */): comments are not allowed in JSON; delete it');
  };
  const unexpected = (): never => {
    if (i >= text.length) return fail('the file ends before the JSON is complete');
    const c = text[i];
    if (c === "'") return fail('single quotes: JSON needs double quotes around names and text');
    comment();
    return fail(NAMEABLE.has(c) ? `unexpected ${c}` : 'unexpected text: words must be in double quotes');
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('a text in double quotes is not closed before the end of the file');
      const c = text.charCodeAt(i);
      if (c === 34) return void i++;
      if (c < 32) fail('a text in double quotes runs past the end of its line');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('a backslash in a text that JSON does not know (write \\\\ for a backslash)');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail('a number in a form JSON does not allow (NaN, Infinity, a leading + or a bare dot)');
    i += (m as RegExpExecArray)[0].length;
    if (/[\w.]/.test(text[i] ?? ''))
      fail('a number in a form JSON does not allow (a leading 0, a trailing dot, or letters after it)');
  };
  /** A scalar at `i`, or the opening of a list or object (pushed on `open`, so nesting needs no recursion). */
  const value = (open: string[]) => {
    blank();
    const c = text[i];
    if (c === '{' || c === '[') {
      open.push(c === '{' ? '}' : ']');
      i++;
      return;
    }
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i) && !/\w/.test(text[i + word.length] ?? '')) {
        i += word.length;
        return;
      }
    }
    if (c === '}' || c === ']') fail(`a value is missing before ${c}`);
    if (c === ',') fail('two commas with nothing between them');
    unexpected();
  };
  /** A name and its colon, inside an object. */
  const name = () => {
    blank();
    if (text[i] === ',') fail('two commas with nothing between them');
    if (text[i] !== '"') {
      comment();
      if (text[i] === "'" || i >= text.length) unexpected();
      fail('a name in an object must be in double quotes');
    }
    string();
    blank();
    if (text[i] !== ':') fail('a colon is missing after a name');
    i++;
  };
  /** The whole text: values, and after each one inside a container a comma (then the next) or the closing bracket. */
  const document = () => {
    const open: string[] = [];
    value(open);
    // Just opened: the container may close at once, else its first item follows.
    let opened = open.length > 0;
    while (open.length > 0) {
      const close = open[open.length - 1];
      blank();
      if (opened) {
        opened = false;
        if (text[i] === close) {
          i++;
          open.pop();
          continue;
        }
      } else if (text[i] === ',') {
        const comma = i++;
        blank();
        if (text[i] === close) fail(`a comma before ${close} (JSON allows no comma after the last item)`, comma);
      } else if (text[i] === close) {
        i++;
        open.pop();
        continue;
      } else if (i >= text.length) {
        unexpected();
      } else {
        comment();
        fail(`a comma or a closing ${close} is missing`);
      }
      if (close === '}') name();
      const depth = open.length;
      value(open);
      opened = open.length > depth;
    }
  };
  try {
    blank();
    if (i >= text.length) fail('the file is empty');
    document();
    blank();
    if (i < text.length) fail('more text after the end of the JSON value');
    return undefined;
  } catch (error) {
    if (!(error instanceof Broken)) throw error;
    return { ...lineAndColumn(text, error.at), cause: error.why };
  }
}

/** 1-based line and column (in characters, as an editor counts them) of an offset. */
function lineAndColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(at, text.length));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}
