// Lines of code at most 120 characters (biome's formatter wraps code to 120, but leaves comments and
// strings as written). Prints every longer line with its file and number; exit 1 if there is one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX = 120;
const ROOTS = ['src', 'test', 'bench', 'examples', 'data'];
const long = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|mts|js|mjs)$/.test(name))
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if ([...line].length > MAX) long.push(`${path}:${i + 1}: ${[...line].length} characters`);
        });
  }
};
for (const root of ROOTS) walk(root);
if (long.length > 0) {
  console.error(`${long.length} lines over ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`no line over ${MAX} characters`);
