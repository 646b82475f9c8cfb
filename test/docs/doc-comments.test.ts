// Every value the package exports (function, class, const) carries a doc comment with an @example,
// as STYLE.md asks. Read with the TypeScript compiler so that re-exports are followed to the
// declaration a user's editor shows on hover.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRY_POINTS = ['src/index.ts', 'src/node/index.ts', 'src/io/gias/index.ts', 'src/report/index.ts'];
const root = fileURLToPath(new URL('../../', import.meta.url));

type Missing = { entry: string; name: string; problem: string };

/** The exported values of each entry point whose declaration lacks a doc comment or an @example. */
function undocumentedExports(): Missing[] {
  const files = ENTRY_POINTS.map((entry) => root + entry);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    // Only declarations are read, never types checked: leaving out the standard library and
    // @types/node keeps the program small (seconds instead of tens of seconds on a busy machine).
    types: [],
    noLib: true,
  });
  const checker = program.getTypeChecker();
  const missing: Missing[] = [];
  for (const [i, file] of files.entries()) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`cannot read ${ENTRY_POINTS[i]}`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`${ENTRY_POINTS[i]} is not a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      // Types and interfaces are documented by the values that use them; the rule is for values.
      if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable))) continue;
      const declaration = symbol.declarations?.[0];
      if (!declaration) continue;
      // A const's comment sits on its statement, two parents up from the declaration.
      const host = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      const docs = ts.getJSDocCommentsAndTags(host).filter(ts.isJSDoc);
      const name = exported.getName();
      if (docs.length === 0) missing.push({ entry: ENTRY_POINTS[i], name, problem: 'no doc comment' });
      else if (!docs.some((doc) => doc.tags?.some((tag) => tag.tagName.text === 'example'))) {
        missing.push({ entry: ENTRY_POINTS[i], name, problem: 'no @example' });
      }
    }
  }
  return missing;
}

describe('doc comments of the public API', () => {
  it('gives every exported function, class and const a doc comment with an @example', () => {
    const missing = undocumentedExports().map((m) => `${m.entry}: ${m.name} (${m.problem})`);
    expect(missing).toEqual([]);
  });
});
