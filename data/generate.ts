// `npm run data`: rebuilds data/kent/ from the seeded generator. Run it after changing anything in
// data/synthetic/; the test in test/data/ fails until the committed files match the generator again.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateKentData } from './synthetic/kent-data.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), 'kent');
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(generateKentData())) {
  writeFileSync(join(outDir, name), text);
  console.log(`wrote data/kent/${name} (${text.length} bytes)`);
}
