// The synthetic birth-to-25 history: a population simulated by cohort, and children with EHCPs
// simulated one by one from 1990 (an empty system) to the 2025 census. Only 2015-2024 records are
// written. See birth-to-25-calibration.ts for every number and its reason.
import type { NeedCode } from '../../src/needs.js';
import { type Random, createRandom } from '../../src/random.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from '../../src/schema/common.js';
import type { Setting } from '../../src/schema/transition.js';
import {
  ASD_DRIFT,
  BIRTH_TO_25,
  BIRTH_TO_25_CODES,
  DESTINATIONS,
  codeOf,
  joinerNeeds,
  joinerSettings,
  moves,
} from './birth-to-25-calibration.js';

const C = BIRTH_TO_25;
const YEARS = NC_YEAR_MAX - NC_YEAR_MIN + 1;
type Child = { setting: Setting; need: NeedCode; ncYear: number; code: string };

/** Population by census year and NC year: births, then each cohort ages with migration and noise. */
function simulatePopulation(rng: Random): Map<number, number[]> {
  const pop = new Map<number, number[]>();
  for (let year = C.populationFrom; year <= C.populationTo; year++) {
    const before = pop.get(year - 1);
    const row = Array.from({ length: YEARS }, (_, i) => {
      const ncYear = NC_YEAR_MIN + i;
      if (i === 0) return C.births(year) * (1 + C.birthNoiseSd * rng.normal());
      const older = before ? before[i - 1] : C.births(year - i);
      return older * (1 + C.migration(ncYear) + C.migrationNoiseSd * rng.normal());
    });
    pop.set(year, row);
  }
  return pop;
}

/** The rate of new EHCPs per head at each census, relative to 2015, with a yearly scatter. */
function simulateIncidence(rng: Random): Map<number, number> {
  const level = new Map<number, number>([[2015, 1]]);
  for (let year = 2016; year <= C.lastRecordYear + 1; year++)
    level.set(year, (level.get(year - 1) as number) * (1 + C.incidenceGrowth(year)));
  for (let year = 2014; year >= C.burnInFrom; year--)
    level.set(year, (level.get(year + 1) as number) / (1 + C.incidenceGrowth(year)));
  for (const [year, value] of level) level.set(year, value * (1 + C.incidenceNoiseSd * rng.normal()));
  return level;
}

/** A yearly move's weights in `year`: independent destinations drift up, post-16 leaving down. */
function movesIn(setting: Setting, ncYear: number, year: number): number[] {
  const w = [...moves(setting, ncYear)];
  const t = Math.max(0, year - C.firstRecordYear);
  w[3] *= (1 + C.independentDrift) ** t;
  w[4] *= (1 + C.independentDrift) ** t;
  if (ncYear >= 12) w[6] *= (1 + C.post16LeavingDrift) ** t;
  return w;
}

function drawNeed(rng: Random, ncYear: number, year: number): NeedCode {
  const { needs, weights } = joinerNeeds(ncYear);
  const t = Math.max(0, year - C.firstRecordYear);
  return needs[rng.weighted(weights.map((w, i) => (needs[i] === 'ASD' ? w * (1 + ASD_DRIFT) ** t : w)))];
}

/** New EHCPs arriving at the census of `census`: Poisson by NC year from the rate per head and the population. */
function joiners(rng: Random, census: number, pop: number[], incidence: number): Child[] {
  const out: Child[] = [];
  const t = Math.max(0, census - 1 - C.firstRecordYear);
  for (let i = 0; i < YEARS; i++) {
    const ncYear = NC_YEAR_MIN + i;
    const n = rng.poisson(C.incidence[i] * incidence * pop[i]);
    for (let k = 0; k < n; k++) {
      const settings = [...joinerSettings(ncYear)];
      settings[3] *= (1 + C.independentDrift) ** t;
      const setting = DESTINATIONS[rng.weighted(settings)] as Setting;
      out.push({ setting, need: drawNeed(rng, ncYear, census), ncYear, code: codeOf(setting, ncYear, rng.next()) });
    }
  }
  return out;
}

/** One record year: every child moves or leaves (at 25 all leave); returns the next census's children and rows. */
function stepChildren(rng: Random, children: Child[], year: number): { next: Child[]; rows: string[] } {
  const next: Child[] = [];
  const rows: string[] = [];
  for (const c of children) {
    const dest = c.ncYear >= NC_YEAR_MAX ? 'left' : DESTINATIONS[rng.weighted(movesIn(c.setting, c.ncYear + 1, year))];
    if (dest === 'left') {
      rows.push(`${year},${c.code},${c.need},${c.ncYear},NONSEND,,`);
      continue;
    }
    const need = rng.next() < C.needChange ? drawNeed(rng, c.ncYear + 1, year + 1) : c.need;
    const ncYear = c.ncYear + 1;
    // A child staying put keeps its code unless its age decides it (nursery to school, school to college).
    const byAge = codeOf(dest, ncYear, 0) === codeOf(dest, ncYear, 1) ? codeOf(dest, ncYear, 0) : c.code;
    const moved = { setting: dest, need, ncYear, code: dest === c.setting ? byAge : codeOf(dest, ncYear, rng.next()) };
    rows.push(`${year},${c.code},${c.need},${c.ncYear},${moved.code},${need},${ncYear}`);
    next.push(moved);
  }
  return { next, rows };
}

/**
 * Builds the three files of the birth-to-25 history, byte for byte the same for the same seed:
 * transitions-history.csv (records 2015-2024), population.csv (2015-2035) and setting-codes.csv.
 */
export function generateBirthTo25(seed = C.seed): Record<string, string> {
  const rng = createRandom(seed);
  const pop = simulatePopulation(rng);
  const incidence = simulateIncidence(rng);
  let children: Child[] = [];
  const lines = ['calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2'];
  for (let year = C.burnInFrom; year <= C.lastRecordYear; year++) {
    const { next, rows } = stepChildren(rng, children, year);
    const arrivals = joiners(rng, year + 1, pop.get(year + 1) as number[], incidence.get(year + 1) as number);
    if (year >= C.firstRecordYear) {
      lines.push(...rows);
      for (const c of arrivals) lines.push(`${year},NONSEND,,,${c.code},${c.need},${c.ncYear}`);
    }
    children = [...next, ...arrivals];
  }
  const population = ['calendar-year,academic-year,population'];
  for (let year = C.firstRecordYear; year <= C.populationTo; year++)
    for (const [i, count] of (pop.get(year) as number[]).entries())
      population.push(`${year},${NC_YEAR_MIN + i},${Math.round(count)}`);
  const codes = ['code,setting', ...BIRTH_TO_25_CODES.map(([c, s]) => `${c},${s}`)];
  return {
    'transitions-history.csv': `${lines.join('\n')}\n`,
    'population.csv': `${population.join('\n')}\n`,
    'setting-codes.csv': `${codes.join('\n')}\n`,
  };
}
