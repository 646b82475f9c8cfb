/**
 * A small XML well-formedness check for the SVGs the charts produce (no XML parser is a dependency):
 * every tag closes in order, attributes are quoted and unique, entities are known, and nothing but
 * blanks surrounds the root. Returns the problems found, none for a well-formed document.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = new RegExp(
    [
      String.raw`<!--[\s\S]*?-->`,
      String.raw`<\?[\s\S]*?\?>`,
      String.raw`<!\[CDATA\[[\s\S]*?\]\]>`,
      String.raw`<\/?([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>`,
      '<',
      String.raw`&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)`,
    ].join('|'),
    'g',
  );
  let roots = 0;
  let last = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const between = xml.slice(last, m.index);
    if (stack.length === 0 && between.trim() !== '') problems.push(`text outside the root at ${last}`);
    last = m.index + m[0].length;
    if (m[0] === '<') {
      problems.push(`stray < at ${m.index}`);
      continue;
    }
    if (m[0].startsWith('&')) {
      problems.push(`unknown entity at ${m.index}`);
      continue;
    }
    if (!m[1]) continue; // comment, processing instruction, CDATA
    const attrs = [...m[2].matchAll(/([\w:.-]+)\s*=/g)].map((a) => a[1]);
    if (new Set(attrs).size !== attrs.length) problems.push(`repeated attribute in <${m[1]}> at ${m.index}`);
    if (m[0].startsWith('</')) {
      const open = stack.pop();
      if (open !== m[1]) problems.push(`</${m[1]}> closes <${open ?? 'nothing'}> at ${m.index}`);
    } else if (m[3] !== '/') {
      if (stack.length === 0) roots++;
      stack.push(m[1]);
    } else if (stack.length === 0) roots++;
  }
  if (xml.slice(last).trim() !== '') problems.push('text after the root');
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
