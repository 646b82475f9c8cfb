/**
 * Finds the 1-based line where each of the given paths starts in a JSON text, so a problem in a JSON
 * input can be reported with its line like one in a CSV file. Paths are written as the validators
 * write them (`[3].home.lat`, `scenario.years`, `(root)`). A path that is absent from the text (a
 * missing required field) gets the line of its nearest present parent.
 *
 * Only runs when a file has problems, so it is written for clarity; it still skips the subtrees no
 * path points into without building their paths.
 *
 * @param text the JSON text (already known to parse)
 * @param paths the paths to locate
 * @returns path -> line, for every path given
 * @example
 * locateJsonLines('[\n  {"id": "C1"},\n  {"id": ""}\n]', ['[1].id', '[1].home']);
 * // Map { '[1].id' => 3, '[1].home' => 3 }
 */
export function locateJsonLines(text: string, paths: readonly string[]): Map<string, number> {
  const wanted = new Set<string>();
  for (const path of paths) for (const prefix of prefixesOf(path)) wanted.add(prefix);
  const found = new Map<string, number>();
  let i = 0;
  let line = 1;

  const skipBlank = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const join = (parent: string, key: string | number) =>
    typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;

  const value = (path: string, record: boolean) => {
    skipBlank();
    if (record && wanted.has(path === '' ? '(root)' : path)) found.set(path === '' ? '(root)' : path, line);
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const isObject = c === 123;
      i++;
      let index = 0;
      for (;;) {
        skipBlank();
        if (text.charCodeAt(i) === (isObject ? 125 : 93)) {
          i++;
          return;
        }
        let key: string | number = index++;
        if (isObject) {
          key = readString();
          skipBlank();
          i++; // colon
        }
        const child = join(path, key);
        value(child, record && wanted.has(child));
        skipBlank();
        if (text.charCodeAt(i) === 44 /* , */) i++;
      }
    } else if (c === 34) {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
    }
  };
  value('', true);

  const result = new Map<string, number>();
  for (const path of paths) {
    const hit = prefixesOf(path)
      .reverse()
      .find((p) => found.has(p));
    result.set(path, hit === undefined ? 1 : (found.get(hit) as number));
  }
  return result;
}

/** `(root)`, `[3]`, `[3].home`, `[3].home.lat` for `[3].home.lat`. */
function prefixesOf(path: string): string[] {
  const out = ['(root)'];
  if (path === '(root)') return out;
  const re = /\[\d+\]|\.?[^.[]+/g;
  let acc = '';
  for (const part of path.match(re) ?? []) {
    acc += part;
    out.push(acc);
  }
  return out;
}
