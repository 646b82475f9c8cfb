// The quick-start demo: validates the bundled Kent reference data and prints what it holds.
// It grows with the library: ranking and the sufficiency projection are added as they land.
import { readFileSync } from 'node:fs';
import { parseSchools } from '../src/index.js';

const schools = parseSchools(JSON.parse(readFileSync(new URL('../data/kent/schools.json', import.meta.url), 'utf8')));
console.log(`send-placement demo: ${schools.length} synthetic Kent independent and non-maintained special schools loaded`);
