// Where the built package's entries are, read from package.json's `exports` as Node resolves them,
// so the tests of the builds follow the package wherever its files are laid out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, { import: { default: string }; require: { default: string } }>;
};

/**
 * The absolute path of an entry's built file: `builtEntry('index', 'import')` is the ESM core.
 *
 * @param entry 'index' (the core), 'node', 'gias' or 'report'
 * @param condition 'import' (ESM) or 'require' (CommonJS)
 */
export function builtEntry(entry: string, condition: 'import' | 'require'): string {
  const key = entry === 'index' ? '.' : `./${entry}`;
  return join(ROOT, pkg.exports[key][condition].default);
}
