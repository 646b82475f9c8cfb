import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/schema/scenario.js';
import { DEFAULT_SUFFICIENCY } from '../../src/sufficiency/defaults.js';
import { estimateTransitions } from '../../src/sufficiency/estimate-transitions.js';
import { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
import { ValidationError } from '../../src/schema/validation-error.js';
import { codesOf, issuesOf } from '../support/issues-of.js';
import { expectConservation } from './conservation.js';
import { joinerRecords, kentHistory, stayerRecords } from './history.js';

const kent = JSON.parse(readFileSync(new URL('../../data/kent/scenario-2025.json', import.meta.url), 'utf8'));

describe('estimateTransitions', () => {
  it('counts moves by setting, need and band of the NC year entered, with a pooled rule', () => {
    const est = estimateTransitions([
      {
        calendarYear: 2023,
        setting1: 'mainstream',
        need1: 'ASD',
        ncYear1: 6,
        setting2: 'srp',
        need2: 'ASD',
        ncYear2: 7,
      },
      {
        calendarYear: 2023,
        setting1: 'mainstream',
        need1: 'ASD',
        ncYear1: 6,
        setting2: 'mainstream',
        need2: 'ASD',
        ncYear2: 7,
      },
      { calendarYear: 2023, setting1: 'mainstream', need1: 'SEMH', ncYear1: 8, setting2: 'left' },
      { calendarYear: 2023, setting1: 'new', setting2: 'independent', need2: 'SEMH', ncYear2: 9 },
    ]);
    expect(est.baseYear).toBe(2024);
    expect(est.maxNcYear).toBe(9);
    const secondary = est.transitions.filter((r) => r.from === 'mainstream' && r.ncYears[0] === 7);
    expect(secondary.map((r) => [r.need ?? 'all', r.to, r.evidence])).toEqual([
      ['all', { mainstream: 1, srp: 1, left: 1 }, 3],
      ['ASD', { mainstream: 1, srp: 1 }, 2],
      ['SEMH', { left: 1 }, 1],
    ]);
    expect(est.joiners.entries).toEqual([
      {
        count: 1,
        needs: { SEMH: 1 },
        ncYears: { '9': 1 },
        settings: { independent: 1 },
        evidence: 1,
        source: expect.any(String),
      },
    ]);
    expect(est.stock.map((e) => [e.setting, e.count])).toEqual([
      ['mainstream', 1],
      ['srp', 1],
      ['independent', 1],
    ]);
  });

  it('recovers the rates the synthetic history was generated with', () => {
    const est = estimateTransitions(kentHistory());
    expect(est.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const truth = parseScenario(kent);
    // Secondary mainstream children leave at 3.9% a year (weights 92.3 : 1.3 : 2 : 0.5 : 3.9) in years 8-11,
    // and 4.5% at the Year 7 transfer, pooled into the 7-11 band.
    const rate = est.leaverRates.find((r) => r.from === 'mainstream' && r.ncYears[0] === 7)!;
    expect(rate.rate).toBeGreaterThan(0.025);
    expect(rate.rate).toBeLessThan(0.05);
    const srpSecondary = est.transitions.find((r) => r.from === 'srp' && !r.need && r.ncYears[0] === 7)!;
    const stay = srpSecondary.to.srp! / Object.values(srpSecondary.to).reduce((t, w) => t + (w ?? 0), 0);
    expect(stay).toBeGreaterThan(0.88);
    expect(stay).toBeLessThan(0.96);
    expect(truth.transitions.length).toBeGreaterThan(0);
  });

  it('round-trips the transitions CSV into a projection that conserves children', () => {
    const est = estimateTransitions(kentHistory());
    const p = projectSufficiency({
      name: 'from history',
      baseYear: est.baseYear,
      endYear: est.baseYear + 5,
      maxNcYear: est.maxNcYear,
      stock: est.stock,
      joiners: est.joiners,
      transitions: est.transitions,
      independentRegardless: { value: 0.05, source: 'assumption: test' },
      capacity: {
        srp: {
          base: { value: 150, source: 'assumption: test' },
          additions: [{ year: 2027, places: 30, source: 'assumption: test' }],
        },
      },
      costs: { feeUpliftRate: { value: 0.03, source: 'assumption: test' }, bySetting: {} },
    });
    const actual2025 = kentHistory().filter((r) => r.calendarYear === 2024 && r.setting2 !== 'left').length;
    expect(p.rows[0].total).toBe(actual2025);
    expect(p.rows).toHaveLength(6);
    expectConservation(p.rows);
    expectConservation(p.counterfactual);
  });

  it('rejects a bad history with every problem, and an empty one', () => {
    const paths = issuesOf(() =>
      estimateTransitions([
        { calendarYear: 2023, setting1: 'school', need1: 'ASD', ncYear1: 6, setting2: 'srp', need2: 'ASD', ncYear2: 7 },
        { calendarYear: 2023, setting1: 'mainstream', ncYear1: 6, setting2: 'srp', need2: 'ASD', ncYear2: 7 },
      ]),
    ).map((i) => i.path);
    expect(paths).toEqual(['[0].setting1', '[1].need1']);
    expect(() => estimateTransitions([])).toThrow(ValidationError);
  });

  describe('with bands of its own', () => {
    it('pools moves over the bands given when they cover every NC year entered, once each', () => {
      const est = estimateTransitions(kentHistory(), {
        bands: [
          [-5, 6],
          [7, 20],
        ],
      });
      expect([...new Set(est.transitions.map((r) => r.ncYears.join(' to ')))]).toEqual(['-5 to 6', '7 to 20']);
      // Every counted move is in a rule: the pooled rules hold as many children as the default bands' do.
      const children = (e: ReturnType<typeof estimateTransitions>) =>
        e.transitions.filter((r) => !r.need).reduce((t, r) => t + Object.values(r.to).reduce((u, w) => u + w, 0), 0);
      expect(children(est)).toBeCloseTo(children(estimateTransitions(kentHistory())), 6);
    });

    it('refuses bands that leave an NC year the moves enter uncovered, naming it', () => {
      expect(
        issuesOf(() =>
          estimateTransitions(kentHistory(), {
            bands: [
              [-5, 6],
              [8, 20],
            ],
          }),
        ),
      ).toEqual([
        {
          path: 'bands',
          message:
            'no band covers NC year 7, which moves in the history enter: every NC year moved into must be in one band',
        },
      ]);
      expect(
        codesOf(() =>
          estimateTransitions(kentHistory(), {
            bands: [
              [-5, 6],
              [8, 20],
            ],
          }),
        ),
      ).toEqual(['bands: uncovered_nc_years']);
    });

    it('accepts bands that leave out NC years no move enters', () => {
      const moves = kentHistory().filter((r) => r.setting1 !== 'new' && r.ncYear1 === 6);
      expect(estimateTransitions(moves, { bands: [[7, 7]] }).transitions.every((r) => r.ncYears[0] === 7)).toBe(true);
    });

    it('refuses a reversed band and overlapping bands, each at the band', () => {
      expect(issuesOf(() => estimateTransitions(kentHistory(), { bands: [[10, 0]] }))).toEqual([
        { path: 'bands[0]', message: 'band [10, 0] runs backwards: write it lowest first, [0, 10]' },
      ]);
      expect(
        issuesOf(() =>
          estimateTransitions(kentHistory(), {
            bands: [
              [-5, 8],
              [3, 20],
            ],
          }),
        ),
      ).toEqual([
        {
          path: 'bands[1]',
          message: 'band [3, 20] overlaps bands[0], [-5, 8], in NC years 3 to 8: each NC year must be in one band',
        },
      ]);
      expect(
        codesOf(() =>
          estimateTransitions(kentHistory(), {
            bands: [
              [20, 15],
              [-5, 8],
              [3, 14],
            ],
          }),
        ),
      ).toEqual(['bands[0]: reversed_band', 'bands[2]: overlapping_bands']);
    });

    it("names the bands' problems with the other options' problems, all at once", () => {
      const options = {
        recencyDecay: 2,
        growthDamping: -1,
        bands: [
          [0, 5],
          [3, 8],
        ],
        foo: 1,
      } as never;
      expect(codesOf(() => estimateTransitions(kentHistory(), options))).toEqual([
        'bands[1]: overlapping_bands',
        'bands: uncovered_nc_years',
        'recencyDecay: too_big',
        'growthDamping: too_small',
        'foo: unrecognized_keys',
      ]);
    });
  });

  describe('with a population', () => {
    const joiner = (calendarYear: number, ncYear2: number, setting2 = 'mainstream') => ({
      calendarYear,
      setting1: 'new' as const,
      setting2: setting2 as 'mainstream',
      need2: 'ASD' as const,
      ncYear2,
    });
    const population = (counts: Record<string, number>) => ({
      source: 'ONS projections (test)',
      records: Object.entries(counts).map(([key, count]) => {
        const [calendarYear, ncYear] = key.split('|').map(Number);
        return { calendarYear, ncYear, count };
      }),
    });

    it('estimates joiners as a rate per head of the population of their NC year, and carries the population', () => {
      const p = population({ '2024|0': 100 });
      const est = estimateTransitions([joiner(2023, 0), joiner(2023, 0, 'srp')], { population: p });
      expect(est.joiners.entries).toEqual([
        {
          rate: 0.02,
          needs: { ASD: 1 },
          ncYears: { '0': 1 },
          settings: { mainstream: 1, srp: 1 },
          evidence: 2,
          source: expect.stringContaining('population: ONS projections (test)'),
        },
      ]);
      expect(est.population).toEqual(p);
      expect(est.joiners.growthRate.source).toContain('joiners per head of population');
    });

    it('follows the trend of joiners per head, not of joiners: a steady rate in a shrinking population is flat', () => {
      const history = [
        ...Array.from({ length: 10 }, () => joiner(2021, 0)),
        ...Array.from({ length: 9 }, () => joiner(2022, 0)),
        ...Array.from({ length: 8 }, () => joiner(2023, 0)),
      ];
      const est = estimateTransitions(history, {
        population: population({ '2022|0': 1000, '2023|0': 900, '2024|0': 800 }),
      });
      expect(est.joiners.growthRate.value).toBeCloseTo(0, 10);
      expect(est.joiners.entries[0].rate).toBeCloseTo(0.01, 10);
      expect(estimateTransitions(history).joiners.growthRate.value).toBeLessThan(-0.05);
    });

    it('names the censuses and NC years the population lacks', () => {
      expect(
        issuesOf(() =>
          estimateTransitions([joiner(2022, 0), joiner(2023, 1)], { population: population({ '2023|0': 5 }) }),
        ),
      ).toEqual([
        { path: 'population.records', message: 'no population for 2023, NC year 1' },
        { path: 'population.records', message: 'no population for 2024, NC years 0 to 1' },
      ]);
    });

    it('refuses a population smaller than the joiners it should hold', () => {
      expect(
        issuesOf(() =>
          estimateTransitions([joiner(2023, 0), joiner(2023, 0)], { population: population({ '2024|0': 1 }) }),
        ),
      ).toEqual([
        {
          path: 'population.records',
          message:
            'NC year 0: more children joined than its population holds (is the population in thousands, ' +
            'or for another area?)',
        },
      ]);
    });
  });

  describe('with recency weighting', () => {
    const move = (calendarYear: number, setting2: 'srp' | 'mainstream') => ({
      calendarYear,
      setting1: 'mainstream' as const,
      need1: 'ASD' as const,
      ncYear1: 6,
      setting2,
      need2: 'ASD' as const,
      ncYear2: 7,
    });

    it('weighs each year back by the decay (default 1), with the effective number of children as evidence', () => {
      expect(DEFAULT_SUFFICIENCY.recencyDecay).toBe(1);
      const history = [move(2022, 'srp'), move(2023, 'mainstream')];
      const equal = estimateTransitions(history, { recencyDecay: 1 }).transitions[0];
      expect([equal.to, equal.evidence]).toEqual([{ mainstream: 1, srp: 1 }, 2]);
      const recent = estimateTransitions(history, { recencyDecay: 0.5 }).transitions[0];
      expect(recent.to).toEqual({ mainstream: 1, srp: 0.5 });
      expect(recent.evidence).toBeCloseTo(1.5 ** 2 / 1.25, 12); // (sum w)^2 / sum w^2
    });

    it('rejects a decay outside (0, 1]', () => {
      expect(issuesOf(() => estimateTransitions([move(2023, 'srp')], { recencyDecay: 0 }))).toEqual([
        {
          path: 'recencyDecay',
          message: 'recencyDecay must be above 0 (a year weighing nothing is a shorter history)',
        },
      ]);
      expect(issuesOf(() => estimateTransitions([move(2023, 'srp')], { recencyDecay: 1.5 }))).toEqual([
        { path: 'recencyDecay', message: 'recencyDecay must be at most 1 (1 weighs every year alike)' },
      ]);
    });
  });

  describe('with years of joiners missing', () => {
    const joiners = (calendarYear: number, n: number) => joinerRecords(calendarYear, n);
    // A record year with children moving on but no new EHCP rows: an export that lost them.
    const stayers = (calendarYear: number) => stayerRecords(calendarYear, 50, 'mainstream');
    const total = (est: ReturnType<typeof estimateTransitions>) =>
      est.joiners.entries.reduce((t, e) => t + (e.count ?? 0), 0);

    it('fits the trend and the level over the years with joiners, saying which year was left out', () => {
      // 100 joined in 2020 and 121 in 2022: 10% a year; 2021's none are missing, not a year nobody joined.
      const est = estimateTransitions([...joiners(2020, 100), ...stayers(2021), ...joiners(2022, 121)]);
      expect(est.joiners.growthRate.value).toBeCloseTo(0.1, 12);
      expect(est.joiners.growthRate.source).toBe(
        'estimated from the transitions history, censuses 2020-2023: log-linear trend of joiners a year ' +
          '(2021 left out: no joiners recorded)',
      );
      expect(total(est)).toBeCloseTo(121, 9); // on the trend, the 2023 base year's are 2022's 121 (they arrive in 2023)
      expect(est.warnings).toEqual([
        'no joiners recorded from 2021 (to the 2022 census) while other years have them: left out of the joiner ' +
          'level and growth as missing data',
      ]);
    });

    it('says there is no trend, and why, when only one year has joiners', () => {
      const one = estimateTransitions([...stayers(2022), ...joiners(2023, 30)]);
      expect(one.joiners.growthRate).toEqual({
        value: 0,
        source:
          'estimated from the transitions history, censuses 2022-2024: no trend in joiners a year: only one year ' +
          'of joiners (2023), so growth 0 (2022 left out: no joiners recorded)',
      });
      expect(total(one)).toBeCloseTo(30, 9);
      expect(one.warnings).toContain('joiner growth set to 0: no trend can be fitted to one year of joiners (2023)');
      const single = estimateTransitions(joiners(2023, 30));
      expect(single.joiners.growthRate.source).toMatch(
        /: no trend in joiners a year: only one year of joiners \(2023\)/,
      );
      expect(single.warnings).toEqual(['joiner growth set to 0: no trend can be fitted to one year of joiners (2023)']);
    });

    it('says when the history has no joiners at all', () => {
      const none = estimateTransitions([...stayers(2022), ...stayers(2023)]);
      expect(none.joiners.entries).toEqual([]);
      expect(none.joiners.growthRate).toEqual({
        value: 0,
        source:
          'estimated from the transitions history, censuses 2022-2024: no trend in joiners: none in the history, ' +
          'so growth 0',
      });
      expect(none.warnings).toEqual(['no joiners in the history: the projection brings no new EHCPs in']);
    });

    it('leaves a year without joiners out of the rates per head too', () => {
      const records = [2021, 2022, 2023].map((calendarYear) => ({ calendarYear, ncYear: 7, count: 1000 }));
      const population = { source: 'test', records };
      const est = estimateTransitions([...joiners(2020, 10), ...stayers(2021), ...joiners(2022, 10)], { population });
      expect(est.joiners.entries.map((e) => e.rate)).toEqual([0.01]);
      expect(est.joiners.growthRate.source).toMatch(
        /per head of population a year \(2021 left out: no joiners recorded\)$/,
      );
    });

    it('warns of nothing for a history with joiners every year', () => {
      expect(estimateTransitions(kentHistory()).warnings).toEqual([]);
    });
  });

  describe('with a damped joiner growth', () => {
    const joiners = (calendarYear: number, n: number) => joinerRecords(calendarYear, n);
    const rising = [...joiners(2021, 10), ...joiners(2022, 12), ...joiners(2023, 14)];

    it('carries the default damping with its source, or the one given', () => {
      const est = estimateTransitions(rising);
      expect(est.joiners.growthRate.value).toBeGreaterThan(0.15);
      expect(est.joiners.growthDamping).toEqual({
        value: DEFAULT_SUFFICIENCY.joinerGrowthDamping,
        source: expect.stringContaining('bench/README.md'),
      });
      expect(estimateTransitions(rising, { growthDamping: 0.8 }).joiners.growthDamping).toEqual({
        value: 0.8,
        source: 'assumption: growthDamping given to estimateTransitions',
      });
    });

    it('projects a steady history flat, whatever the damping', () => {
      // Each year 10 children join in NC year 7 and the 10 in NC year 8 (the top year) leave: 20 every census.
      const history = [2021, 2022, 2023].flatMap((calendarYear) => [
        ...joiners(calendarYear, 10),
        ...Array.from({ length: 10 }, () => ({
          calendarYear,
          setting1: 'mainstream' as const,
          need1: 'ASD' as const,
          ncYear1: 7,
          setting2: 'mainstream' as const,
          need2: 'ASD' as const,
          ncYear2: 8,
        })),
        ...Array.from({ length: 10 }, () => ({
          calendarYear,
          setting1: 'mainstream' as const,
          need1: 'ASD' as const,
          ncYear1: 8,
          setting2: 'left' as const,
        })),
      ]);
      for (const growthDamping of [0, 0.3, 1]) {
        const est = estimateTransitions(history, { growthDamping });
        const { rows } = projectSufficiency({
          name: 'steady',
          baseYear: est.baseYear,
          endYear: est.baseYear + 10,
          minNcYear: est.minNcYear,
          maxNcYear: est.maxNcYear,
          stock: est.stock,
          joiners: est.joiners,
          transitions: est.transitions,
          independentRegardless: { value: 0, source: 'assumption: test' },
          capacity: {},
          costs: { feeUpliftRate: { value: 0, source: 'assumption: test' }, bySetting: {} },
        });
        expect(rows.map((r) => r.total)).toEqual(rows.map(() => 20));
      }
    });

    it('rejects a damping outside [0, 1], saying what each end means', () => {
      expect(issuesOf(() => estimateTransitions(rising, { growthDamping: -0.1 }))).toEqual([
        { path: 'growthDamping', message: 'damping must be 0 or more (0 holds joiners at their base-year level)' },
      ]);
      expect(issuesOf(() => estimateTransitions(rising, { growthDamping: 1.5 }))).toEqual([
        { path: 'growthDamping', message: 'damping must be at most 1 (1 compounds the growth rate every year)' },
      ]);
      expect(codesOf(() => estimateTransitions(rising, { growthDamping: Number.NaN }))).toEqual([
        'growthDamping: invalid_type',
      ]);
    });
  });
});
