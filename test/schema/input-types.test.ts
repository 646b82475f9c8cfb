// The entry points' parameter types: an app developer's editor must offer the fields of a child, a
// school, a policy or a scenario (the types were `unknown` before, so it offered nothing), and data
// typed `unknown` (parsed JSON) must still be accepted, since the entry points validate at run time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  type ChildInput,
  type PolicyInput,
  type SchoolInput,
  isValidationError,
  projectSufficiency,
  rankSchools,
  writeChildrenCsv,
  writeSchoolsCsv,
  writeSeriesCsv,
} from '../../src/index.js';
import { makeSchool } from '../match/support.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The property completions an editor offers at `/*here*\/` in `code`, a module in the repository's root. */
function completionsAt(code: string): string[] {
  const file = `${root}completion-probe.ts`;
  const files = new Map([[file, code]]);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = files.get(name) ?? (ts.sys.fileExists(name) ? readFileSync(name, 'utf8') : undefined);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => ({
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      resolveJsonModule: true,
      skipLibCheck: true,
    }),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => files.has(name) || ts.sys.fileExists(name),
    readFile: (name) => files.get(name) ?? ts.sys.readFile(name),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const completions = service.getCompletionsAtPosition(file, code.indexOf('/*here*/'), {});
  return (completions?.entries ?? [])
    .filter((e) => e.kind === ts.ScriptElementKind.memberVariableElement)
    .map((e) => e.name);
}

describe("the entry points' parameter types", () => {
  it("offer a policy's and a scenario's fields in an editor", { timeout: 60_000 }, () => {
    const imports = "import { rankSchools, projectSufficiency } from './src/index.js';\n";
    expect(completionsAt(`${imports}rankSchools({ id: 'C1' }, [], { /*here*/ });`)).toEqual(
      expect.arrayContaining(['maxDistanceKm', 'weights', 'frameworkFirst', 'strategy']),
    );
    expect(completionsAt(`${imports}projectSufficiency({ /*here*/ });`)).toEqual(
      expect.arrayContaining(['baseYear', 'endYear']),
    );
    expect(completionsAt(`${imports}rankSchools({ /*here*/ }, []);`)).toEqual(
      expect.arrayContaining(['id', 'primaryNeed', 'ncYear', 'home']),
    );
  });

  it('take values typed unknown, which are checked when the call runs', () => {
    const parsed: unknown = JSON.parse('{"id": "C1"}');
    let error: unknown;
    try {
      rankSchools(parsed, []);
    } catch (e) {
      error = e;
    }
    expect(isValidationError(error)).toBe(true);
    expect(() => projectSufficiency(JSON.parse('null') as unknown)).toThrow();
  });

  it('describe what the entry points accept: numbers for ids, labels for codes', () => {
    const child: ChildInput = {
      id: 17,
      primaryNeed: 'Autistic Spectrum Disorder',
      ncYear: 7,
      home: { lat: 51, lon: 1 },
    };
    const school: SchoolInput = { ...makeSchool({ urn: '900001', location: { lat: 51, lon: 1.01 } }), urn: 900001 };
    const policy: PolicyInput = { maxDistanceKm: 40, weights: { travel: 0.5 } };
    // @ts-expect-error a misspelt field is a type error where the policy is declared with its type
    const misspelt: PolicyInput = { maxDistnceKm: 40 };
    expect(misspelt).toBeDefined();
    expect(rankSchools(child, [school], policy).ranked.map((r) => r.school.urn)).toEqual(['900001']);
  });

  it('let the writers take what the other entry points take, as they validate it too (npm run typecheck)', () => {
    const child: ChildInput = { id: 17, primaryNeed: 'asd', ncYear: 7, home: { lat: 51, lon: 1 } };
    const school: SchoolInput = { ...makeSchool({ urn: '900001' }), urn: 900001, kind: 'Independent' };
    expect(writeChildrenCsv([child]).split('\r\n')[1]).toMatch(/^17,ASD,/);
    expect(writeSchoolsCsv([school]).split('\r\n')[1]).toMatch(/^900001,.*,independent,/);
    // A bare list of numbers, as the doc comment says and forecast takes, starts in year 0.
    expect(writeSeriesCsv([5, 6])).toBe('year,value\r\n0,5\r\n1,6\r\n');
  });
});
