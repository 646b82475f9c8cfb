// The Kent data the package ships (package.json `files`) can be imported by name, as the doc
// comments' examples and an app's `import scenario from 'send-placement/data/kent/scenario-2025.json'`
// do: `exports` lists every subpath a bundler or Node may load, so a file shipped but not exported
// is refused (ERR_PACKAGE_PATH_NOT_EXPORTED; TypeScript: cannot find module).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; files: string[] };
// The package resolving its own name, as an app that installed it would (Node's self-reference).
const require = createRequire(join(root, 'package.json'));

describe('the Kent data in the published package', () => {
  it('is shipped, and every file of it resolves by the package name', () => {
    expect(pkg.files).toContain('data/kent');
    const files = readdirSync(join(root, 'data/kent'));
    expect(files).toContain('scenario-2025.json');
    for (const file of files) {
      expect(require.resolve(`${pkg.name}/data/kent/${file}`)).toBe(join(root, 'data/kent', file));
    }
  });
});
