import type { Scenario } from '../schema/scenario.js';
import { formatCount, formatGbp, formatNumber, formatPercent } from './figure-format.js';
import { onlyNeed } from '../sufficiency/assumptions.js';
import { SETTING_NAMES } from './planner-words.js';

/**
 * A rate as a table writes it: the number a value is shown as (3.63 for a share of 0.0363 written 3.63%) and its
 * unit, so the rates of one table can be written to one precision (see writeAssumptionValues).
 */
export type RateWords = { shown: (value: number) => number; unit: '%' | '' };

/** An assumption as a planner reads it: its name in plain words, how its values are written, and if it is a rate. */
export type AssumptionWords = { name: string; format: (value: number) => string; rate?: RateWords };

const PERCENT: RateWords = { shown: (v) => 100 * v, unit: '%' };

/** Words for a share in [0, 1] written as a percentage with `digits` decimals on its own. */
const percentWords = (name: string, digits = 1): AssumptionWords => ({
  name,
  format: (v) => formatPercent(v, digits),
  rate: PERCENT,
});

/**
 * A transition weight as its share of the rule: a weight is relative, so its meaning is its share of the rule with
 * the other destinations unchanged (0.15 of a rule totalling 100 is 0.15%), written as a percentage.
 */
function shareOfRule(
  name: string,
  rule: Scenario['transitions'][number] | undefined,
  destination: string,
): AssumptionWords {
  const weights = Object.values(rule?.to ?? {}) as (number | undefined)[];
  const total = weights.reduce<number>((t, w) => t + (w ?? 0), 0);
  const own = (rule?.to as Record<string, number | undefined> | undefined)?.[destination] ?? 0;
  const share = (value: number) => {
    const sum = total - own + value;
    return sum > 0 ? value / sum : 0;
  };
  return {
    name,
    format: (value) => formatPercent(share(value), share(value) < 0.1 ? 2 : 1),
    rate: { shown: (value) => 100 * share(value), unit: '%' },
  };
}

const setting = (key: string) => SETTING_NAMES[key] ?? key;
const ncRange = (a: string, b: string) => (a === b ? `NC year ${a}` : `NC years ${a} to ${b}`);

/** Each known path shape, with how to name it. The paths are those sensitivity and listAssumptions give. */
const RULES: { pattern: RegExp; words: (m: RegExpExecArray, scenario?: Scenario) => AssumptionWords }[] = [
  {
    pattern: /^joiners\.growthRate$/,
    words: () => percentWords('Growth in new EHCPs a year'),
  },
  {
    pattern: /^joiners\.growthDamping$/,
    words: () => percentWords('Share of the growth in new EHCPs kept each further year'),
  },
  {
    pattern: /^independentRegardless$/,
    words: () => percentWords('Share going independent even with a local place free'),
  },
  { pattern: /^costs\.feeUpliftRate$/, words: () => percentWords('Fee uplift a year') },
  {
    pattern: /^costs\.bySetting\.([\w-]+)\.annualFeeGbp$/,
    words: (m) => ({ name: `Annual fee, ${setting(m[1])}`, format: formatGbp }),
  },
  {
    pattern: /^costs\.bySetting\.([\w-]+)\.annualTransportGbp$/,
    words: (m) => ({ name: `Annual transport cost, ${setting(m[1])}`, format: formatGbp }),
  },
  {
    pattern: /^capacity\.([\w-]+)\.base$/,
    words: (m, s) => ({ name: `${placesOf(m[1])} in ${s?.baseYear ?? 'the base year'}`, format: formatCount }),
  },
  {
    pattern: /^capacity\.([\w-]+)\.additions\[\d+\]\.places \((\d+)(?:, (\w+))?\)$/,
    words: (m) => ({
      name: `${placesOf(m[1])} added in ${m[2]}${m[3] ? ` for ${m[3]}` : ''}`,
      format: formatCount,
    }),
  },
  {
    pattern: /^joiners\.entries\[(\d+)\]\.count$/,
    words: (m, s) => ({ name: `New EHCPs a year${joinersOf(s, Number(m[1]))}`, format: formatCount }),
  },
  {
    pattern: /^joiners\.byNeed\.(\w+)\.scale$/,
    words: (m) => percentWords(`New EHCPs a year, all ${m[1]} (as a share of the estimate)`, 0),
  },
  {
    pattern: /^joiners\.entries\[(\d+)\]\.rate$/,
    words: (m, s) => ({
      name: `New EHCPs a year per 1,000 of the population${joinersOf(s, Number(m[1]))}`,
      format: (v) => formatNumber(v * 1000),
      rate: { shown: (v) => 1000 * v, unit: '' },
    }),
  },
  {
    pattern: /^transitions\.byBand \(([\w-]+), NC (-?\d+)-(-?\d+)\)\.to\.(left|independent)\.scale$/,
    words: (m) =>
      percentWords(
        `${m[4] === 'left' ? 'Leaving the EHCP caseload' : 'Moving to independent'} each year: from ` +
          `${setting(m[1])}, ${ncRange(m[2], m[3])}, all needs (as a share of the estimate)`,
        0,
      ),
  },
  {
    pattern: /^transitions\[(\d+)\] \(([\w-]+)(?: (\w+))?, NC (-?\d+)-(-?\d+)\)\.to\.(left|independent)$/,
    words: (m, s) =>
      shareOfRule(
        `${m[6] === 'left' ? 'Leaving the EHCP caseload' : 'Moving to independent'} each year: from ` +
          `${setting(m[2])}${m[3] ? ` (${m[3]})` : ''}, ${ncRange(m[4], m[5])}`,
        s?.transitions[Number(m[1])],
        m[6],
      ),
  },
];

/**
 * Which children a joiner entry stands for, told apart from the scenario's other entries: its need
 * when it has one, and its NC years (": ASD, NC year 7"; ": NC years -1 to 11"). Empty when the
 * scenario has one entry; with the entry's number as well when another entry reads the same.
 */
function joinersOf(scenario: Scenario | undefined, index: number): string {
  const entries = scenario?.joiners.entries ?? [];
  if (index >= entries.length || entries.length === 1) return '';
  const label = joinerLabel(entries[index]);
  const same = entries.some((e, i) => i !== index && joinerLabel(e) === label);
  return label === '' || same ? `, group ${index + 1}${label ? ` (${label})` : ''}` : `: ${label}`;
}

/** A joiner entry's need (when it has one) and NC years, in words. */
function joinerLabel(entry: Scenario['joiners']['entries'][number]): string {
  const need = onlyNeed(entry);
  const years = Object.entries(entry.ncYears)
    .filter(([, w]) => (w ?? 0) > 0)
    .map(([y]) => Number(y));
  return [
    ...(need ? [need] : []),
    ...(years.length > 0 ? [ncRange(String(Math.min(...years)), String(Math.max(...years)))] : []),
  ].join(', ');
}

function placesOf(key: string): string {
  return key === 'srp' ? 'SRP places' : key === 'maintained-special' ? 'Maintained special places' : `${key} places`;
}

/**
 * The plain words for a scenario assumption named by its path (as `sensitivity` gives it), and how to write its
 * values: `joiners.entries[0].count` is "New EHCPs a year" in children, `transitions[10] (independent, NC -2-11)
 * .to.left` is "Leaving the EHCP caseload each year: from independent, NC years -2 to 11" as a share of its rule.
 * A path of another shape keeps its own words and plain numbers.
 *
 * @example
 * describeAssumption('joiners.growthRate').name; // 'Growth in new EHCPs a year'
 * describeAssumption('joiners.growthRate').format(0.04); // '4.0%'
 */
export function describeAssumption(path: string, scenario?: Scenario): AssumptionWords {
  for (const rule of RULES) {
    const m = rule.pattern.exec(path);
    if (m) return rule.words(m, scenario);
  }
  return { name: path, format: formatNumber };
}
