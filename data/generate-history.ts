// `npx tsx data/generate-history.ts`: rebuilds data/kent/transitions-history.csv and
// data/kent/setting-codes.csv, and the three files of data/birth-to-25/, from seeds. Both histories
// are synthetic. Kent's: children simulated one by one under the transition rules and joiners of
// data/kent/scenario-2025.json at a tenth of Kent's scale, without capacity caps (the history
// records where children went; caps are the plan's business), so that estimateTransitions and
// backtestProjection can be shown recovering known rates. The birth-to-25 one: an invented area
// whose population, EHCP rates and moves change over time as real ones do
// (data/synthetic/birth-to-25.ts), to measure the model against baselines on data it was not made from.
// test/sufficiency/generate-history.test.ts fails until the committed files match this generator.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NEED_CODES } from '../src/needs.js';
import { createRandom } from '../src/random.js';
import { NC_YEAR_MIN } from '../src/schema/common.js';
import { parseScenario } from '../src/schema/scenario.js';
import { SETTINGS, type Setting } from '../src/schema/transition.js';
import { compileScenario } from '../src/sufficiency/compile-scenario.js';
import { D, LEFT, N, S, Y, cell } from '../src/sufficiency/state-space.js';
import { generateBirthTo25 } from './synthetic/birth-to-25.js';

/** What the generator does, in one place. */
export const HISTORY_OPTIONS = {
  seed: 20250916, // the date of the committee meeting whose figures the scenario uses
  scale: 0.1, // a tenth of Kent: large enough to estimate band rates, small enough to ship
  firstYear: 2018, // calendar year of the first census of the first record
  recordYears: 7, // 2018-2024 records, so censuses 2018-2025
};

/** Setting codes of the file (the style of the widely used layout), and the setting each maps to. */
export const SETTING_CODES: Array<[string, Setting]> = [
  ['MMS', 'mainstream'],
  ['MRP', 'srp'],
  ['MSS', 'maintained-special'],
  ['ISS', 'independent'],
  ['NMSS', 'non-maintained'],
  ['FE', 'other'],
  ['AP', 'other'],
];
const CODE_OF: Record<Setting, string[]> = Object.fromEntries(
  SETTINGS.map((s) => [s, SETTING_CODES.filter(([, t]) => t === s).map(([c]) => c)]),
) as Record<Setting, string[]>;

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the two files' text, byte for byte the same for the same options. */
export function generateHistory(options = HISTORY_OPTIONS): Record<string, string> {
  const scenario = parseScenario(JSON.parse(readFileSync(join(here, 'kent', 'scenario-2025.json'), 'utf8')));
  const m = compileScenario(scenario);
  const rng = createRandom(options.seed);
  type Child = { setting: number; need: number; ncYear: number; code: string };
  const codeFor = (setting: number) => rng.pick(CODE_OF[SETTINGS[setting]]);
  let children: Child[] = [];
  for (let st = 0; st < S; st++) {
    for (let n = 0; n < N; n++) {
      for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
        const k = rng.poisson(m.stock[cell(st, n, y)] * options.scale);
        for (let i = 0; i < k; i++) children.push({ setting: st, need: n, ncYear: y, code: codeFor(st) });
      }
    }
  }

  const lines = ['calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2'];
  for (let r = 0; r < options.recordYears; r++) {
    const year = options.firstYear + r;
    const next: Child[] = [];
    for (const c of children) {
      const need = NEED_CODES[c.need];
      let dest: number = LEFT;
      if (c.ncYear < m.maxNcYear) {
        const at = cell(c.setting, c.need, c.ncYear + 1) * D;
        dest = rng.weighted(Array.from(m.moves.subarray(at, at + D)));
      }
      if (dest === LEFT) {
        lines.push(`${year},${c.code},${need},${c.ncYear},NONSEND,,`);
        continue;
      }
      const moved = {
        setting: dest,
        need: c.need,
        ncYear: c.ncYear + 1,
        code: dest === c.setting ? c.code : codeFor(dest),
      };
      lines.push(`${year},${c.code},${need},${c.ncYear},${moved.code},${need},${moved.ncYear}`);
      next.push(moved);
    }
    // Joiners arrive at the next census, growing as the scenario says.
    const growth = (1 + m.joinerGrowth) ** r;
    for (let st = 0; st < S; st++) {
      for (let n = 0; n < N; n++) {
        for (let y = NC_YEAR_MIN; y < NC_YEAR_MIN + Y; y++) {
          const k = rng.poisson(m.joiners[cell(st, n, y)] * growth * options.scale);
          for (let i = 0; i < k; i++) {
            const child = { setting: st, need: n, ncYear: y, code: codeFor(st) };
            lines.push(`${year},NONSEND,,,${child.code},${NEED_CODES[n]},${y}`);
            next.push(child);
          }
        }
      }
    }
    children = next;
  }
  const codes = ['code,setting', ...SETTING_CODES.map(([c, s]) => `${c},${s}`)];
  return { 'transitions-history.csv': lines.join('\n') + '\n', 'setting-codes.csv': codes.join('\n') + '\n' };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folders: Array<[string, Record<string, string>]> = [
    ['kent', generateHistory()],
    ['birth-to-25', generateBirthTo25()],
  ];
  for (const [folder, files] of folders) {
    mkdirSync(join(here, folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(here, folder, name), text);
      console.log(`wrote data/${folder}/${name} (${text.length} bytes)`);
    }
  }
}
