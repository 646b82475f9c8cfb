import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  estimateTransitions,
  importPopulation,
  importTransitions,
  parseScenario,
  projectSufficiency,
} from '../../../src/index.js';
import { runCommand } from '../support/run-command.js';

const read = (file: string) => readFileSync(file, 'utf8');
const KENT_PLAN = 'data/kent/scenario-2025.json';
const KENT = [
  'estimate',
  '--history',
  'data/kent/transitions-history.csv',
  '--settings',
  'data/kent/setting-codes.csv',
];
const MINIMAL_PLAN = JSON.stringify({
  name: 'Small council',
  endYear: 2028,
  independentRegardless: { value: 0.05, source: 'assumption: our panel decisions, 2024' },
  capacity: { srp: { base: { value: 200, source: 'our SRP register' } } },
  costs: { feeUpliftRate: { value: 0.03, source: 'assumption: inflation' }, bySetting: {} },
});

describe('send-placement estimate', () => {
  it("writes a scenario whose census, joiners and transitions are the history's and the rest the plan's", async () => {
    const { code, written, err } = await runCommand([...KENT, '--plan', KENT_PLAN, '--out', 'scenario.json']);
    expect(code).toBe(0);
    const scenario = JSON.parse(written.get('scenario.json') as string);
    const history = importTransitions(read('data/kent/transitions-history.csv'), read('data/kent/setting-codes.csv'));
    const est = estimateTransitions(history.records);
    expect(scenario.stock).toEqual(est.stock);
    expect(scenario.joiners).toEqual(est.joiners);
    expect(scenario.transitions).toEqual(est.transitions);
    expect([scenario.baseYear, scenario.minNcYear, scenario.maxNcYear]).toEqual([2025, est.minNcYear, est.maxNcYear]);
    const kent = JSON.parse(read(KENT_PLAN));
    expect(scenario.capacity).toEqual(kent.capacity);
    expect(scenario.costs).toEqual(kent.costs);
    expect(scenario.independentRegardless).toEqual(kent.independentRegardless);
    expect(scenario.endYear).toBe(kent.endYear);
    expect(scenario.description).toMatch(/^Census, joiners and transitions estimated from data\/kent\/transitions/);
    expect(err).toMatch(
      /scenario "Kent SRP growth plan, 2025-2030", 2025-2030: [\d,]+ children in the 2025 census \(NC years -?\d+/,
    );
    // No child of this history is in another setting in Years 7 to 11, so no rule is estimated there;
    // the children who move there later would stay, and the planner is told at once.
    expect(err).toContain(
      'warning: data/kent/transitions-history.csv: transitions: no rule covers children entering NC years 7 to 11 ' +
        'in other (ASD), so they stay there, a year older each year, until they pass NC year 14 (the history has ' +
        'no move from there to estimate a rule from)',
    );
    // What sufficiency then reads is exactly this scenario.
    const run = await runCommand(['sufficiency', '--scenario', 'scenario.json', '--format', 'json'], {
      files: { 'scenario.json': written.get('scenario.json') as string },
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).rows).toEqual(
      JSON.parse(JSON.stringify(projectSufficiency(parseScenario(scenario)).rows)),
    );
  });

  it('takes a minimal plan, --end-year and --name, and carries the population the joiners are fitted to', async () => {
    const b = 'data/birth-to-25';
    const args = ['estimate', '--history', `${b}/transitions-history.csv`, '--settings', `${b}/setting-codes.csv`];
    const files = { 'plan.json': MINIMAL_PLAN };
    const withPopulation = [...args, '--population', `${b}/population.csv`, '--plan', 'plan.json'];
    const { code, out } = await runCommand(
      [...withPopulation, '--end-year', '2030', '--name', 'Plan B', '--format', 'json'],
      {
        files,
      },
    );
    expect(code).toBe(0);
    const scenario = parseScenario(JSON.parse(out));
    expect([scenario.name, scenario.baseYear, scenario.endYear]).toEqual(['Plan B', 2025, 2030]);
    expect([scenario.minNcYear, scenario.maxNcYear]).toEqual([-5, 20]);
    expect(scenario.population?.records).toEqual(importPopulation(read(`${b}/population.csv`)).records);
    expect(scenario.capacity.srp?.base.value).toBe(200);
    // Without --end-year the plan's endYear; a plan's own census and population are replaced or dropped.
    const planWithStock = JSON.stringify({ ...JSON.parse(MINIMAL_PLAN), stock: [], population: { source: 'old' } });
    const plain = await runCommand([...args, '--plan', 'plan.json', '--format', 'json'], {
      files: { 'plan.json': planWithStock },
    });
    const second = JSON.parse(plain.out);
    expect([second.name, second.endYear, second.population]).toEqual(['Small council', 2028, undefined]);
    expect(second.stock.length).toBeGreaterThan(0);
  });

  it("leaves out the plan's references, saying so, and names the scenario for the years it projects", async () => {
    const { code, written, err } = await runCommand([
      ...KENT,
      '--plan',
      KENT_PLAN,
      '--end-year',
      '2035',
      '--out',
      'scenario.json',
    ]);
    expect(code).toBe(0);
    const scenario = JSON.parse(written.get('scenario.json') as string);
    expect(scenario.references).toBeUndefined();
    const count = JSON.parse(read(KENT_PLAN)).references.length;
    expect(err).toContain(
      `${KENT_PLAN}'s references (${count} published figures) are left out: they are the plan's council's figures`,
    );
    expect(scenario.name).toBe('Kent SRP growth plan, 2025-2035');
    expect(err).toContain('scenario "Kent SRP growth plan, 2025-2035", 2025-2035');
    // The help says so in words a planner reads, not "its year range made the projected years".
    expect((await runCommand(['estimate', '--help'])).out).toContain(
      "the scenario's name (default: the plan's, any year range in it changed to the projected years)",
    );
    // The report on it no longer sets Kent's published 1,172 beside this history's projection.
    const report = await runCommand(['report', '--scenario', 'scenario.json', '--out', 'r.html'], {
      files: { 'scenario.json': written.get('scenario.json') as string },
    });
    expect(report.code).toBe(0);
    expect(report.written.get('r.html')).not.toContain('Published figures the scenario is calibrated to');
    // Kent's county-wide places on the sample history's census: never full, and said so with both numbers.
    expect(err).toMatch(
      new RegExp(
        'warning: data/kent/scenario-2025\\.json: SRP: the plan has 1,500 places in 2025 but the history has ' +
          '[\\d,]+ SRP children in its 2025 census \\(more than 3 places a child\\)',
      ),
    );
    expect(err).toMatch(/maintained special: the plan has 5,600 places in 2025 but the history has [\d,]+ maintained/);
    // --name is kept as given; a plan without references gets no note.
    const named = await runCommand([...KENT, '--plan', KENT_PLAN, '--end-year', '2035', '--name', 'Ours 2025-2030']);
    expect(JSON.parse(named.out).name).toBe('Ours 2025-2030');
    const plain = await runCommand([...KENT, '--plan', 'plan.json'], { files: { 'plan.json': MINIMAL_PLAN } });
    expect(plain.err).not.toContain('references');
  });

  it("warns when the plan's places are fewer than the history's census: the setting starts over full", async () => {
    // Kent's history has 562 maintained special children in its 2025 census; a plan of 400 places.
    const plan = JSON.parse(MINIMAL_PLAN);
    plan.capacity['maintained-special'] = { base: { value: 400, source: 'special school places, one date' } };
    const { code, err } = await runCommand([...KENT, '--plan', 'plan.json'], {
      files: { 'plan.json': JSON.stringify(plan) },
    });
    expect(code).toBe(0);
    expect(err).toContain(
      'warning: plan.json: maintained special: 400 places in 2025 for 562 maintained special children in the 2025 ' +
        'census, so it starts over full',
    );
  });

  it('warns of a record year without joiners, and says the growth is fitted without it', async () => {
    // The Kent history without its 2021 new-EHCP rows (setting-1 NONSEND: no EHCP the year before).
    const csv = read('data/kent/transitions-history.csv')
      .split('\n')
      .filter((line) => !/^2021,NONSEND,/.test(line))
      .join('\n');
    const { code, out, err } = await runCommand(
      [
        'estimate',
        '--history',
        'h.csv',
        '--settings',
        'data/kent/setting-codes.csv',
        '--plan',
        KENT_PLAN,
        '--format',
        'json',
      ],
      { files: { 'h.csv': csv } },
    );
    expect(code).toBe(0);
    expect(err).toContain(
      'warning: h.csv: no joiners recorded from 2021 (to the 2022 census) while other years have them: left out of ' +
        'the joiner level and growth as missing data',
    );
    const scenario = JSON.parse(out);
    expect(scenario.joiners.growthRate.source).toMatch(/log-linear trend of joiners a year \(2021 left out/);
    expect(scenario.joiners.growthRate.value).toBeGreaterThan(0.02);
  });

  it('names each problem of the plan with its line; refuses fitting choices and end years out of range', async () => {
    const bad = JSON.stringify(
      { capacity: {}, costs: { feeUpliftRate: { value: 9, source: 'x' }, bySetting: {} } },
      null,
      2,
    );
    const planErrors = await runCommand([...KENT, '--plan', 'plan.json'], { files: { 'plan.json': bad } });
    expect(planErrors.code).toBe(2);
    expect(planErrors.err).toMatch(/plan\.json line 1, independentRegardless: is required/);
    expect(planErrors.err).toMatch(/plan\.json line \d+, costs\.feeUpliftRate\.value: /);
    const damping = await runCommand([...KENT, '--plan', KENT_PLAN, '--growth-damping', '2']);
    expect(damping.code).toBe(2);
    expect(damping.err).toContain('--growth-damping: damping must be at most 1');
    const early = await runCommand([...KENT, '--plan', KENT_PLAN, '--end-year', '2025']);
    expect(early.code).toBe(2);
    expect(early.err).toContain("--end-year must be from 2026 to 2075: after the history's base year, 2025");
    const far = await runCommand([...KENT, '--plan', KENT_PLAN, '--end-year', '2100']);
    expect(far.code).toBe(2);
    expect(far.err).toContain('--end-year must be from 2026 to 2075');
    expect(far.err).not.toMatch(/scenario-2025\.json|endYear/); // a flag, not a fault of the plan file
    const b = 'data/birth-to-25';
    const withPopulation = ['estimate', '--history', `${b}/transitions-history.csv`, '--settings'];
    const population = [`${b}/setting-codes.csv`, '--population', `${b}/population.csv`];
    const late = await runCommand([...withPopulation, ...population, '--plan', KENT_PLAN, '--end-year', '2040']);
    expect(late.code).toBe(2);
    expect(late.err).toContain(
      `the projection runs to 2040 (from --end-year) but ${b}/population.csv ends in 2035, and joiner rates ` +
        "need every year's population: give a population to 2040 or end the projection in 2035",
    );
    const latePlan = JSON.stringify({ ...JSON.parse(MINIMAL_PLAN), endYear: 2038 });
    const fromPlan = await runCommand([...withPopulation, ...population, '--plan', 'plan.json'], {
      files: { 'plan.json': latePlan },
    });
    expect(fromPlan.err).toContain('the projection runs to 2038 (from plan.json)');
    // A year missing inside the population file is that file's problem, not the plan's.
    const holed = read(`${b}/population.csv`).replace(/^2030,3,\d+\n/m, '');
    const gap = await runCommand(
      [...withPopulation, `${b}/setting-codes.csv`, '--population', 'pop.csv', '--plan', 'plan.json'],
      { files: { 'pop.csv': holed, 'plan.json': MINIMAL_PLAN.replace('2028', '2031') } },
    );
    expect(gap.code).toBe(2);
    expect(gap.err).toContain(
      "pop.csv, population.records: no population for 2030, NC year 3: the projection's joiner rates need it",
    );
    expect(gap.err).not.toContain('plan.json');
    // A plan ending before the history's base year is refused, naming both years, unless --end-year replaces it.
    const stale = JSON.stringify({ ...JSON.parse(MINIMAL_PLAN), endYear: 2020 });
    const before = await runCommand([...KENT, '--plan', 'plan.json'], { files: { 'plan.json': stale } });
    expect(before.code).toBe(2);
    expect(before.err).toContain(
      "plan.json ends in 2020 (its endYear), but the history's base year is 2025: give --end-year with a year " +
        "after 2025, or change the plan's endYear",
    );
    const atBase = JSON.stringify({ ...JSON.parse(MINIMAL_PLAN), endYear: 2025 });
    expect((await runCommand([...KENT, '--plan', 'plan.json'], { files: { 'plan.json': atBase } })).code).toBe(2);
    const replaced = await runCommand([...KENT, '--plan', 'plan.json', '--end-year', '2029', '--format', 'json'], {
      files: { 'plan.json': stale },
    });
    expect(replaced.code).toBe(0);
    expect(JSON.parse(replaced.out).endYear).toBe(2029);
    // An endYear that is not a year is named with its line, not replaced by the default.
    const text = JSON.stringify({ ...JSON.parse(MINIMAL_PLAN), endYear: 'soon' }, null, 2);
    const notYear = await runCommand([...KENT, '--plan', 'plan.json'], { files: { 'plan.json': text } });
    expect(notYear.code).toBe(2);
    expect(notYear.err).toMatch(/plan\.json line 3, endYear: /);
    const notObject = await runCommand([...KENT, '--plan', 'plan.json'], { files: { 'plan.json': '[1, 2]' } });
    expect(notObject.code).toBe(2);
    expect(notObject.err).toContain('plan.json');
  });

  it('says joiner growth is compounded at damping 1 and held at the base year at 0, not "damped"', async () => {
    const growth = async (damping: string) =>
      /their growth -?[\d.]+% a year, ([^;]*);/.exec(
        (await runCommand([...KENT, '--plan', KENT_PLAN, '--growth-damping', damping])).err,
      )?.[1];
    expect(await growth('1')).toBe('compounded');
    expect(await growth('0')).toBe('damped to none (joiners stay at their 2025 level)');
    expect(await growth('0.3')).toBe('damped');
  });

  it('lists the population rows it left out before the error their missing years cause', async () => {
    const b = 'data/birth-to-25';
    const population = read(`${b}/population.csv`).replace(/^2026,5,(\d+)$/m, '2026,5,$1.5.0');
    const line = population.split('\n').findIndex((l) => l.startsWith('2026,5,')) + 1;
    const args = ['estimate', '--history', `${b}/transitions-history.csv`, '--settings', `${b}/setting-codes.csv`];
    const { code, err } = await runCommand(
      [...args, '--population', 'p.csv', '--plan', KENT_PLAN, '--end-year', '2030'],
      {
        files: { 'p.csv': population },
      },
    );
    expect(code).toBe(2);
    expect(err).toContain(`warning: p.csv line ${line}, population: must be a number (row not imported)`);
    expect(err).toContain("error: p.csv, population.records: no population for 2026, NC year 5: the projection's");
  });

  it("names a CSV history's year out of range by its line and column, not its place in the list", async () => {
    const kent = read('data/kent/transitions-history.csv').split('\n');
    kent[2] = kent[2].replace(/^2018,/, '20188,');
    const { code, err } = await runCommand(
      ['estimate', '--history', 'h.csv', ...KENT.slice(3), '--plan', KENT_PLAN, '--format', 'csv'],
      { files: { 'h.csv': kent.join('\n') } },
    );
    expect(code).toBe(2);
    expect(err).toContain('error: h.csv line 3, calendar-year: must be a year from 1900 to 2199\n');
    expect(err).not.toContain('[1]');
  });

  it('says a history CSV import transitions wrote is to be given as JSON, with or without --settings', async () => {
    const imported = await runCommand(['import', 'transitions', '--file', KENT[2], ...KENT.slice(3), '--out', 'h.csv']);
    const files = { 'h.csv': imported.written.get('h.csv') as string };
    expect(files['h.csv'].startsWith('calendarYear,setting1,')).toBe(true);
    const message =
      'error: h.csv line 1: is a history import transitions has already mapped (calendarYear,setting1,...), the ' +
      'CSV it writes for a spreadsheet: give the history as JSON instead, written by import transitions --file ' +
      'FILE --settings FILE --out history.json\n';
    for (const settings of [[], KENT.slice(3)]) {
      const { code, err } = await runCommand(['estimate', '--history', 'h.csv', ...settings, '--plan', KENT_PLAN], {
        files,
      });
      expect(code).toBe(2);
      expect(err).toBe(`${message}h.csv: 1 problem; nothing was run.\n`);
    }
  });
});
