// Every command run in-process, as a user would type it, against small fixture files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { commandHelp } from '../../src/cli/help.js';
import { runCli } from '../../src/cli/run-cli.js';
import { NEED_CODES } from '../../src/needs.js';
import { fixture, memoryIo } from './support/memory-io.js';

async function run(argv: string[], options: { tty?: boolean } = {}) {
  const io = memoryIo(options);
  const code = await runCli(argv, io, COMMANDS);
  return { code, out: io.out(), err: io.err(), written: io.written };
}

const SCHOOLS = fixture('schools.csv');
const CHILD = fixture('child.json');
const CHILDREN = fixture('children.csv');
const KENT = 'data/kent/scenario-2025.json';

describe('send-placement commands', () => {
  it('lists every command of the issue in --help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const name of [
      'rank',
      'allocate',
      'consult',
      'forecast',
      'backtest',
      'sufficiency',
      'backtest-projection',
      'plan-capacity',
      'report',
      'import gias',
      'import sen2',
      'import transitions',
    ]) {
      expect(out).toContain(`  ${name} `);
    }
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))(
    '%s --help shows usage, flags and a copyable example',
    async (name, command) => {
      const { code, out } = await run([...name.split(' '), '--help']);
      expect(code).toBe(0);
      expect(out).toBe(commandHelp(command));
      expect(out).toMatch(/Examples?:\n {2}send-placement /);
      expect(out).toContain('--format table|csv|json');
      expect(out).toContain('--out FILE');
    },
  );

  it('rank and allocate: a young person in NC year 15 (age 19-20) runs; schools up to 14 exclude them', async () => {
    const io = memoryIo();
    io.written.set(
      'post19.json',
      '[{ "id": "P0001", "primaryNeed": "ASD", "ncYear": 15, "home": { "lat": 51.28, "lon": 1.08 } }]',
    );
    expect(await runCli(['rank', '--schools', SCHOOLS, '--child', 'post19.json'], io, COMMANDS)).toBe(0);
    const result = JSON.parse(io.out());
    expect(result.excluded.every((e: { reasons: string[] }) => e.reasons.includes('age-range'))).toBe(true);
    expect(await runCli(['allocate', '--schools', SCHOOLS, '--children', 'post19.json'], io, COMMANDS)).toBe(0);
  });

  it('rank: one child, every school ranked or excluded with all its reasons', async () => {
    const { code, out, err } = await run(['rank', '--schools', SCHOOLS, '--child', CHILD]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.childId).toBe('C0001');
    expect(result.ranked[0].school.urn).toBe('900001');
    expect(result.ranked.length + result.excluded.length).toBe(6);
    expect(result.excluded.find((e: { school: { urn: string } }) => e.school.urn === '900006').reasons).toEqual(
      expect.arrayContaining(['sex', 'age-range']),
    );
    expect(err).toContain('child C0001:');
  });

  it("rank: marks the parents' named school and says where it stands: ranked, excluded, not in the file", async () => {
    const child = (urn: string) =>
      `[{ "id": "N1", "primaryNeed": "ASD", "ncYear": 7, "sex": "male", "home": { "lat": 51.28, "lon": 1.08 }, ` +
      `"namedSchoolUrn": "${urn}" }]`;
    const rankFor = async (urn: string, format = 'table') => {
      const io = memoryIo({ tty: true });
      io.written.set('named.json', child(urn));
      const code = await runCli(
        ['rank', '--schools', SCHOOLS, '--child', 'named.json', '--format', format],
        io,
        COMMANDS,
      );
      return { code, out: io.out(), err: io.err() };
    };
    const ranked = await rankFor('900001');
    expect(ranked.code).toBe(0);
    expect(ranked.out).toMatch(/^Ranking for child N1\n.*named by .*\n/);
    expect(ranked.err).toContain(
      "child N1: the parents' named school, Oakwood Independent School (URN 900001), is ranked 1 of 3",
    );
    const csv = (await rankFor('900001', 'csv')).out.split('\n');
    expect(csv[0]).toMatch(/^rank,URN,school,named by parents,lot,/);
    expect(csv.filter((l) => l.includes(',yes,'))).toEqual([expect.stringMatching(/^1,900001,Oakwood[^,]*,yes,/)]);
    const excluded = await rankFor('900006');
    expect(excluded.err).toContain(
      "child N1: the parents' named school, Hilltop College (URN 900006), is excluded: " +
        'does not teach the NC year; single-sex, other sex; too far',
    );
    expect(excluded.out).toMatch(/\n900006 +Hilltop College +yes +does not teach/);
    const missing = await rankFor('999999');
    expect(missing.code).toBe(0);
    expect(missing.err).toContain("child N1: the parents' named school is not in the schools file");
    expect(missing.err).not.toContain('999999');
    // A batch marks the named school in each child's shortlist and names the children whose school is not in the file.
    const io = memoryIo();
    io.written.set(
      'two.json',
      `[${child('900002').slice(1, -1)}, ${child('999999').slice(1, -1).replace('N1', 'N2')}]`,
    );
    expect(await runCli(['rank', '--schools', SCHOOLS, '--child', 'two.json', '--format', 'csv'], io, COMMANDS)).toBe(
      0,
    );
    expect(
      io
        .out()
        .split('\n')
        .filter((l) => l.includes(',yes,')),
    ).toEqual([expect.stringMatching(/^N1,2,900002,/)]);
    expect(io.err()).toContain("the parents' named school is not in the schools file for 1 child (N2)");
    // A child without a named school keeps the table it had.
    expect((await run(['rank', '--schools', SCHOOLS, '--child', CHILD, '--format', 'csv'])).out).not.toContain('named');
  });

  it('rank: a table on a terminal with the points of each criterion', async () => {
    const { out } = await run(['rank', '--schools', SCHOOLS, '--child', CHILD, '--limit', '1'], { tty: true });
    expect(out).toMatch(/^Ranking for child C0001\n +capacity\nrank +URN +school .* road km +minutes +cost a year £ /);
    // Each criterion's points say they are points: a bare "cost" beside "cost a year £" read as a second cost.
    expect(out).toMatch(/ +need points +quality points +points +cost points +travel points\n/);
    expect(out).toContain('Oakwood Independent School');
    expect(out).toMatch(/Oakwood Independent School +Lot 1 /); // the lot as a caseworker says it, not lot1
    expect(out).toContain('Excluded');
    // Exclusions in words; the JSON keeps the codes.
    expect(out).toMatch(/does not meet the need|does not teach the NC year|too far/);
    expect(out).not.toMatch(/need-not-met|age-range|too-far/);
  });

  it('rank: several children give each child its shortlist, as CSV', async () => {
    const { code, out } = await run([
      'rank',
      '--schools',
      SCHOOLS,
      '--child',
      CHILDREN,
      '--limit',
      '2',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(
      'child,rank,URN,school,lot,score,road km,minutes,cost a year £,need points,quality points,capacity points,' +
        'cost points,travel points,no school because',
    );
    expect(lines.filter((l) => l.startsWith('C0001,')).length).toBe(2);
    // HI: no school meets the need, and the child keeps a row saying so.
    expect(lines.filter((l) => l.startsWith('C0005,'))).toEqual([
      "C0005,,,,,,,,,,,,,,no school passes the child's filters",
    ]);
  });

  it('rank: several children name those with no eligible school, so none is lost from the table', async () => {
    const { err } = await run(['rank', '--schools', SCHOOLS, '--child', CHILDREN, '--format', 'csv']);
    expect(err).toMatch(/children ranked; 1 with no eligible school \(C0005\); rank a child on its own/);
  });

  it('rank: under TOPSIS the table shows the closeness that orders it, beside the weighted-sum score', async () => {
    for (const child of [CHILD, CHILDREN]) {
      const io = memoryIo();
      io.written.set('topsis.json', '{ "strategy": "topsis" }');
      const argv = ['rank', '--schools', SCHOOLS, '--child', child, '--policy', 'topsis.json', '--format', 'csv'];
      expect(await runCli(argv, io, COMMANDS)).toBe(0);
      const [header, ...rows] = io.out().trim().split('\n');
      const columns = header.split(',');
      const at = columns.indexOf('TOPSIS closeness');
      expect(columns[at - 1]).toBe('score');
      // One child's rows (a batch's first child), in rank order: the closeness never rises down the list.
      const first = rows.filter((r) => child === CHILD || r.startsWith('C0001,'));
      const closeness = first.map((r) => Number(r.split(',')[at]));
      expect(closeness.length).toBeGreaterThan(1);
      expect(closeness).toEqual([...closeness].sort((a, b) => b - a));
    }
    const plain = await run(['rank', '--schools', SCHOOLS, '--child', CHILD, '--format', 'csv']);
    expect(plain.out).not.toContain('closeness');
  });

  it('rank: a policy file changes the result and is validated with its line', async () => {
    const ok = await run(['rank', '--schools', SCHOOLS, '--child', CHILD, '--policy', fixture('policy.json')]);
    expect(ok.code).toBe(0);
    const bad = await run(['rank', '--schools', SCHOOLS, '--child', CHILD, '--policy', fixture('bad-schools.json')]);
    expect(bad.code).toBe(2);
  });

  it('allocate: optimal by default, greedy on request, same shape', async () => {
    const optimal = await run(['allocate', '--schools', SCHOOLS, '--children', CHILDREN]);
    const greedy = await run(['allocate', '--schools', SCHOOLS, '--children', CHILDREN, '--greedy']);
    expect(optimal.code).toBe(0);
    expect(greedy.code).toBe(0);
    const a = JSON.parse(optimal.out);
    const g = JSON.parse(greedy.out);
    expect(a.totals.placed).toBeGreaterThanOrEqual(g.totals.placed);
    expect(a.assignments.length + a.unassigned.length).toBe(5);
    expect(a.unassigned).toContainEqual({ childId: 'C0005', reason: 'no-eligible-school' });
    expect(optimal.err).toContain('children placed (optimal)');
    const csv = await run(['allocate', '--schools', SCHOOLS, '--children', CHILDREN, '--format', 'csv']);
    expect(csv.out.split('\n')[0]).toBe(
      'child,URN,school,lot,score,road km,cost a year £,off the framework because,unplaced because',
    );
  });

  it('allocate --greedy: a lone child goes to a framework school with room, as the optimum does', async () => {
    const [header, first] = readFileSync(fixture('bad-children.csv'), 'utf8').split('\n');
    const runOne = async (extra: string[]) => {
      const io = memoryIo();
      io.written.set('one.csv', `${header}\n${first}\n`);
      const code = await runCli(
        ['allocate', '--schools', 'data/kent/schools.json', '--children', 'one.csv', ...extra],
        io,
        COMMANDS,
      );
      expect(code, io.err()).toBe(0);
      return JSON.parse(io.out());
    };
    const greedy = await runOne(['--greedy']);
    const optimal = await runOne([]);
    expect(greedy.assignments).toHaveLength(1);
    expect(greedy.assignments[0].offFramework).toBeUndefined();
    expect(greedy.assignments[0].urn).toBe(optimal.assignments[0].urn);
  });

  it('consult: rounds of schools with the chance of no offer falling round by round', async () => {
    const { code, out } = await run(['consult', '--schools', SCHOOLS, '--child', CHILD, '--parallel', '2']);
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    expect(plan.childId).toBe('C0001');
    expect(plan.rounds[0].schools.length).toBe(2);
    const noOffer = plan.rounds.map((r: { noOfferProbability: number }) => r.noOfferProbability);
    expect([...noOffer].sort((x, y) => y - x)).toEqual(noOffer);
    // The table says where each chance came from in words, the JSON keeps the library's code.
    const table = await run(['consult', '--schools', SCHOOLS, '--child', CHILD], { tty: true });
    expect(table.out).toMatch(/Lot [12] .* (the school's acceptance rate|default for Lot [12]) /);
    expect(table.out).not.toMatch(/\b(kpi|lot-default|lot[12])\b/);
    expect(plan.rounds[0].schools[0].acceptanceSource).toMatch(/^(kpi|lot-default)$/);
  });

  it("consult: a state-funded school's chance is named as the rate for schools in no lot, which sets it", async () => {
    const kent = 'data/kent/schools.json';
    const first = JSON.parse((await run(['consult', '--schools', kent, '--child', CHILD])).out).rounds[0].schools[0];
    const schools = JSON.parse(readFileSync(kent, 'utf8')).map((school: { urn: string }) =>
      school.urn === first.urn ? { ...school, kind: 'maintained-special', lot: 'none', kpis: undefined } : school,
    );
    const io = memoryIo();
    io.written.set('s.json', JSON.stringify(schools));
    const argv = ['consult', '--schools', 's.json', '--child', CHILD, '--format', 'table'];
    expect(await runCli(argv, io, COMMANDS)).toBe(0);
    expect(io.out()).toMatch(new RegExp(`${first.name} +state-funded .* default for schools in no lot `));
  });

  it("consult --policy: a lot's chance is the policy's only when the file sets that lot's rate", async () => {
    const io = memoryIo();
    io.written.set('p.json', JSON.stringify({ consultation: { acceptanceByLot: { lot1: 0.9 } } }));
    const argv = ['consult', '--schools', SCHOOLS, '--child', CHILD, '--policy', 'p.json'];
    expect(await runCli(argv, io, COMMANDS)).toBe(0);
    const schools = JSON.parse(io.out()).rounds.flatMap((r: { schools: unknown[] }) => r.schools);
    const sourceOf = (lot: string) =>
      schools
        .filter((s: { lot: string; acceptanceSource: string }) => s.lot === lot && s.acceptanceSource !== 'kpi')
        .map((s: { acceptanceSource: string }) => s.acceptanceSource);
    expect(sourceOf('lot1')).toContain('policy');
    expect(sourceOf('lot2').length).toBeGreaterThan(0);
    expect(sourceOf('lot2')).not.toContain('policy'); // the file gives no lot 2 rate: the default is used, and said
  });

  it("consult: plans with the policy's consultation settings, not the defaults, when given --policy", async () => {
    const io = memoryIo();
    const consultation = { responseDays: 5, acceptanceByLot: { lot1: 0.99, lot2: 0.99, none: 0.99 } };
    io.written.set('p.json', JSON.stringify({ consultation }));
    expect(await runCli(['consult', '--schools', SCHOOLS, '--child', CHILD, '--policy', 'p.json'], io, COMMANDS)).toBe(
      0,
    );
    const plan = JSON.parse(io.out());
    const schools = plan.rounds.flatMap((r: { schools: object[] }) => r.schools);
    for (const s of schools.filter((s: { acceptanceSource: string }) => s.acceptanceSource === 'policy'))
      expect(s).toMatchObject({ acceptance: 0.99, responseDays: 5 });
    expect(schools.some((s: { acceptanceSource: string }) => s.acceptanceSource === 'policy')).toBe(true);
    expect(schools.some((s: { acceptanceSource: string }) => s.acceptanceSource === 'lot-default')).toBe(false);
    // The table says the policy set the rate, and the summary's chance has the table's two decimals below 1%.
    const table = memoryIo();
    table.written.set('p.json', JSON.stringify({ consultation }));
    const args = ['consult', '--schools', SCHOOLS, '--child', CHILD, '--policy', 'p.json', '--format', 'table'];
    expect(await runCli(args, table, COMMANDS)).toBe(0);
    expect(table.out()).toContain("the policy's rate for Lot 1");
    expect(table.out()).not.toContain('default for');
    const last = table.out().trim().split('\n').at(-1)!.trim().split(/\s+/).at(-1);
    expect(last).toMatch(/^0\.\d\d%$/);
    expect(table.err()).toContain(`chance of no offer at all ${last}`);
    const without = await run(['consult', '--schools', SCHOOLS, '--child', CHILD]);
    expect(JSON.parse(without.out).noOfferProbability).toBeGreaterThan(plan.noOfferProbability);
  });

  it('consult, rank and allocate: an SRP is state-funded, not off the framework, and is consulted first', async () => {
    const consult = await run(['consult', '--schools', SCHOOLS, '--child', CHILD, '--format', 'csv']);
    const rows = consult.out.trim().split('\n').slice(1);
    expect(rows[0]).toMatch(/^1,900005,Seaview SRP,state-funded,3,/);
    expect(rows.slice(1).map((r) => r.split(',')[3])).toEqual(['Lot 1', 'Lot 2']);
    expect(consult.out).not.toContain('off framework');
    const help = await run(['consult', '--help']);
    expect(help.out).toContain(
      'state-funded\nsettings first (maintained special schools, SRPs, mainstream), then framework Lot 1',
    );
    const io = memoryIo();
    io.written.set('c9.csv', 'id,primaryNeed,ncYear,home.lat,home.lon\nC9,ASD,8,51.12,1.3\n');
    expect(await runCli(['rank', '--schools', SCHOOLS, '--child', 'c9.csv', '--format', 'csv'], io, COMMANDS)).toBe(0);
    expect(io.out()).toMatch(/^1,900005,Seaview SRP,state-funded,/m);
    expect(
      await runCli(['allocate', '--schools', SCHOOLS, '--children', 'c9.csv', '--format', 'csv'], io, COMMANDS),
    ).toBe(0);
    expect(io.out()).toMatch(/^C9,900005,Seaview SRP,state-funded,/m);
  });

  it('consult: a child no school passes is told why there are no rounds, and where to look', async () => {
    const io = memoryIo();
    io.written.set('hi.json', '[{ "id": "H1", "primaryNeed": "HI", "ncYear": 7, "home": { "lat": 51.2, "lon": 1 } }]');
    expect(await runCli(['consult', '--schools', SCHOOLS, '--child', 'hi.json'], io, COMMANDS)).toBe(0);
    expect(io.err()).toMatch(
      /child H1: 0 rounds, no school can offer: all 6 schools fail the child's filters \('rank'/,
    );
  });

  it('consult: refuses a file of several children', async () => {
    const { code, err } = await run(['consult', '--schools', SCHOOLS, '--child', CHILDREN]);
    expect(code).toBe(2);
    expect(err).toContain('--child must hold one child');
  });

  it('consult --skip-invalid: a file of children refused for holding two still says which row it skipped', async () => {
    const io = memoryIo();
    const rows = ['C7,ASD,7,51.3,1.1', 'C8,XYZ,7,51.3,1.1', 'C9,ASD,8,51.3,1.1'];
    io.written.set('one.csv', `id,primaryNeed,ncYear,home.lat,home.lon\n${rows.join('\n')}\n`);
    expect(await runCli(['consult', '--schools', SCHOOLS, '--child', 'one.csv', '--skip-invalid'], io, COMMANDS)).toBe(
      2,
    );
    const err = io.err();
    expect(err).toMatch(/warning: one\.csv line 3, primaryNeed: unknown need code[^\n]*\(skipped\)/);
    expect(err.indexOf('(skipped)')).toBeLessThan(err.indexOf('error: --child must hold one child; one.csv holds 2'));
  });

  it('forecast: a year,value file gives years, mean and both intervals', async () => {
    const { code, out, err } = await run([
      'forecast',
      '--series',
      fixture('spend.csv'),
      '--horizon',
      '3',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('year,forecast,80% low,80% high,95% low,95% high');
    expect(lines.map((l) => l.split(',')[0]).slice(1)).toEqual(['2025', '2026', '2027']);
    expect(err.length).toBeGreaterThan(0); // the method and why
  });

  it('forecast: a JSON list of series forecasts each one', async () => {
    const { code, out } = await run([
      'forecast',
      '--series',
      fixture('series.json'),
      '--horizon',
      '2',
      '--method',
      'drift',
    ]);
    expect(code).toBe(0);
    const results = JSON.parse(out);
    expect(results).toHaveLength(2);
    expect(results[0].years).toEqual([2025, 2026]);
  });

  it('forecast: an unknown method is bad input', async () => {
    const { code, err } = await run(['forecast', '--series', fixture('spend.csv'), '--method', 'crystal-ball']);
    expect(code).toBe(2);
    expect(err).toMatch(/^error: .*method: unknown method/m);
  });

  it('backtest: errors per horizon and overall', async () => {
    const { code, out } = await run([
      'backtest',
      '--series',
      fixture('spend.csv'),
      '--method',
      'theta',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('horizon,forecasts compared,sMAPE %,MASE,MAE');
    expect(lines.at(-1)).toMatch(/^overall,/);
  });

  it("sufficiency: Kent's plan against no new capacity, and seeded bands that repeat", async () => {
    const { code, out, err } = await run(['sufficiency', '--scenario', KENT]);
    expect(code).toBe(0);
    const projection = JSON.parse(out);
    expect(Math.round(projection.rows[0].independentPlacements)).toBe(1172);
    expect(projection.counterfactual.length).toBe(projection.rows.length);
    expect(err).toContain('independent placements 1,172 in 2025 -> 909 in 2030 with the plan');
    const a = await run(['sufficiency', '--scenario', KENT, '--runs', '20', '--seed', '3']);
    const b = await run(['sufficiency', '--scenario', KENT, '--runs', '20', '--seed', '3']);
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out).simulation.runs).toBe(20);
    expect(a.err).toContain('20 simulated runs, seed 3');
  });

  it('sufficiency: --seed defaults to 1 and is said; --seed without --runs is bad usage', async () => {
    const seeded = await run(['sufficiency', '--scenario', KENT, '--runs', '20']);
    expect(seeded.code).toBe(0);
    expect(JSON.parse(seeded.out).simulation.seed).toBe(1);
    expect(seeded.err).toContain('20 simulated runs, seed 1');
    expect(seeded.out).toBe((await run(['sufficiency', '--scenario', KENT, '--runs', '20', '--seed', '1'])).out);
    const { code, err } = await run(['sufficiency', '--scenario', KENT, '--seed', '4']);
    expect(code).toBe(2);
    expect(err).toContain('--seed needs --runs');
  });

  it('report: writes one HTML file with the charts', async () => {
    const { code, written, out } = await run([
      'report',
      '--scenario',
      KENT,
      '--schools',
      SCHOOLS,
      '--children',
      CHILDREN,
      '--child-pages',
      '1',
      '--out',
      'kent.html',
    ]);
    expect(code).toBe(0);
    expect(out).toBe('');
    const html = written.get('kent.html') as string;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('>1,172</text>');
    expect(html).toContain('Child C0001');
  });

  it('report: --runs and --seed add the simulated band around the plan', async () => {
    const { code, written } = await run([
      'report',
      '--scenario',
      KENT,
      '--runs',
      '30',
      '--seed',
      '2',
      '--out',
      's.html',
    ]);
    expect(code).toBe(0);
    const html = written.get('s.html') as string;
    expect(html).toContain('90% of 30 simulated runs (p5 to p95)');
    expect(html).toContain('over 30 simulated runs (seed 2)');
  });

  it('report: --series adds a forecast fan chart; no input at all is bad usage', async () => {
    const { code, written } = await run([
      'report',
      '--series',
      fixture('spend.csv'),
      '--horizon',
      '3',
      '--out',
      'f.html',
    ]);
    expect(code).toBe(0);
    const html = written.get('f.html') as string;
    expect(html).toContain('80% interval');
    expect(html).toMatch(/<td[^>]*>2027<\/td>/);
    const none = await run(['report', '--out', 'x.html']);
    expect(none.code).toBe(2);
  });

  it('import gias: schools in the CSV layout rank reads, with every left-out row said', async () => {
    const { code, out, err } = await run([
      'import',
      'gias',
      '--file',
      'test/fixtures/gias-sample.csv',
      '--la',
      'Kent',
      '--council',
      'test/fixtures/gias-council.csv',
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^urn,name,kind,lot,/);
    expect(err).toMatch(/warning: test\/fixtures\/gias-sample.csv line \d+, /);
    expect(err).toMatch(/rows read, \d+ imported/);
  });

  it('import gias, rank and allocate: a count of one says "1 school" and "1 child", not "1 schools"', async () => {
    const io = memoryIo();
    await runCli(['import', 'gias', '--file', 'test/fixtures/gias-sample.csv', '--out', 'schools.json'], io, COMMANDS);
    expect(io.err()).toContain('default: annualFee (non-maintained) = £51,700 a year for 1 school (not in GIAS');
    expect(io.err()).toContain('default: annualFee (maintained-special) = £25,000 a year for 3 schools (not in GIAS');
    expect(io.err()).not.toMatch(/\b1 (schools|children)\b/);
    const [header, first] = readFileSync(CHILDREN, 'utf8').split('\n');
    io.written.set('one.csv', `${header}\n${first}\n`);
    const one = [{ urn: '1', name: 'One', kind: 'independent', lot: 'lot1', needs: ['ASD'], ncYears: [5, 13] }].map(
      (s) => ({ ...s, sex: 'mixed', residential: false, location: { lat: 51.3, lon: 1.1 }, capacity: 9 }),
    );
    io.written.set('one.json', JSON.stringify(one.map((s) => ({ ...s, vacancies: 2, annualFee: 50000 }))));
    const errOf = async (argv: string[]) => {
      const again = memoryIo();
      for (const name of ['one.csv', 'one.json']) again.written.set(name, io.written.get(name) as string);
      expect(await runCli(argv, again, COMMANDS), again.err()).toBe(0);
      return again.err();
    };
    expect(await errOf(['rank', '--schools', 'one.json', '--child', 'one.csv'])).toContain(
      'child C0001: 1 school ranked, 0 excluded',
    );
    expect(await errOf(['allocate', '--schools', 'one.json', '--children', 'one.csv'])).toContain(
      '1 of 1 child placed (optimal)',
    );
  });

  it('import gias: the output is a schools file rank accepts', async () => {
    const io = memoryIo();
    expect(
      await runCli(['import', 'gias', '--file', 'test/fixtures/gias-sample.csv', '--out', 'schools.csv'], io, COMMANDS),
    ).toBe(0);
    expect(await runCli(['rank', '--schools', 'schools.csv', '--child', CHILD], io, COMMANDS)).toBe(0);
  });

  it('import sen2: a list of series that forecast reads as it is', async () => {
    const io = memoryIo();
    expect(
      await runCli(
        ['import', 'sen2', '--file', 'test/fixtures/sen2-sample.csv', '--la', 'Kent', '--out', 'kent.json'],
        io,
        COMMANDS,
      ),
    ).toBe(0);
    const series = JSON.parse(io.written.get('kent.json') as string);
    expect(series[0]).toMatchObject({ area: 'Kent', start: expect.any(Number), values: expect.any(Array) });
    expect(
      await runCli(['forecast', '--series', 'kent.json', '--horizon', '2', '--method', 'drift'], io, COMMANDS),
    ).toBe(0);
  });

  it('import transitions: records for estimateTransitions, bad rows reported by line', async () => {
    const args = ['import', 'transitions', '--file', 'test/fixtures/transitions-sample.csv', '--settings'];
    // The fixture mapping's bad rows stop an import, naming the mapping's lines and quoting its cells.
    const badMapping = await run([...args, fixture('setting-mapping-complete.csv')]);
    expect(badMapping.code).toBe(2);
    expect(badMapping.err).toContain(
      'error: test/cli/fixtures/setting-mapping-complete.csv line 8, setting: setting "castle" is not one of ' +
        'mainstream',
    );
    expect(badMapping.err).toContain('line 9, code: duplicate setting code MMS (first on line 2)');
    const mapping = readFileSync(fixture('setting-mapping-complete.csv'), 'utf8').replace(/^(BAD|mms),[^\n]*\n?/gm, '');
    // The fixture's unknown need label is 2 of its 17 need cells: too many to read as OTH.
    const io0 = memoryIo();
    io0.written.set('codes.csv', mapping);
    expect(await runCli([...args, 'codes.csv'], io0, COMMANDS)).toBe(2);
    const needs = { out: io0.out(), err: io0.err() };
    expect(needs.out).toBe('');
    expect(needs.err).toContain(
      'error: test/fixtures/transitions-sample.csv: the need label on line 8 (need-1) is not a SEN2 need: 2 cells ' +
        'have it and would be read as OTH',
    );
    expect(needs.err).not.toContain('QQQ');
    const io = memoryIo();
    io.written.set('t.csv', readFileSync('test/fixtures/transitions-sample.csv', 'utf8').replaceAll('QQQ', 'MLD'));
    io.written.set('codes.csv', mapping);
    const importArgs = ['import', 'transitions', '--file', 't.csv', '--settings', 'codes.csv'];
    expect(await runCli(importArgs, io, COMMANDS)).toBe(0);
    expect(JSON.parse(io.out())[0]).toHaveProperty('calendarYear');
    expect(io.err()).toMatch(/warning: t.csv line \d+, /);
    // A code the mapping lacks stops the import: its rows would be children the model never sees.
    const partial = memoryIo();
    partial.written.set('partial.csv', mapping.replace(/^XYZ,.*\n/m, ''));
    expect(await runCli([...args, 'partial.csv'], partial, COMMANDS)).toBe(2);
    expect(partial.out()).toBe('');
    expect(partial.err()).toContain('error: partial.csv: the setting code of');
  });

  it('--non-send-code for import transitions, estimate, backtest-projection; help says what refuses', async () => {
    for (const name of ['import transitions', 'estimate', 'backtest-projection'])
      expect(commandHelp(COMMANDS.find((c) => c.name === name)!), name).toContain('--non-send-code CODE');
    const help = commandHelp(COMMANDS.find((c) => c.name === 'import transitions')!);
    expect(help).toContain('A setting code missing from the mapping, a mapping');
    expect(help).not.toContain('rejects its row');
    const io = memoryIo();
    const kent = readFileSync('data/kent/transitions-history.csv', 'utf8').replaceAll('NONSEND', 'NOEHCP');
    io.written.set('h.csv', kent);
    const args = ['estimate', '--history', 'h.csv', '--settings', 'data/kent/setting-codes.csv', '--plan', KENT];
    expect(await runCli([...args, '--out', 's.json'], io, COMMANDS)).toBe(2);
    expect(io.err()).toContain('give it with --non-send-code CODE');
    const again = memoryIo();
    again.written.set('h.csv', kent);
    expect(await runCli([...args, '--out', 's.json', '--non-send-code', 'NOEHCP'], again, COMMANDS), again.err()).toBe(
      0,
    );
  });

  it('bad JSON input: every problem with its real line and field, nothing else about the record', async () => {
    const { code, err, out } = await run(['rank', '--schools', fixture('bad-schools.json'), '--child', CHILD]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(
      'error: test/cli/fixtures/bad-schools.json line 8, [1].lot: lot must be one of lot1, lot2, none',
    );
    expect(err).toContain('error: test/cli/fixtures/bad-schools.json line 11, [1].vacancies: must be 0 or more');
  });

  it('broken JSON: the line where it breaks, without quoting the text', async () => {
    const { code, err } = await run(['rank', '--schools', SCHOOLS, '--child', fixture('broken.json')]);
    expect(code).toBe(2);
    expect(err).toContain(
      'error: test/cli/fixtures/broken.json line 4: is not valid JSON at column 26: two commas with nothing between ' +
        'them',
    );
    expect(err).not.toContain('ASD');
  });

  it('bad CSV input: names a child by id only', async () => {
    const { code, err } = await run(['allocate', '--schools', SCHOOLS, '--children', fixture('bad-children.csv')]);
    expect(code).toBe(2);
    expect(err).toMatch(/bad-children.csv line 3, primaryNeed: /);
    expect(err).not.toMatch(/XYZ|eight|female|51\.3/);
  });

  it('a CSV saved with semicolons: one problem naming the separator, not a missing column each', async () => {
    const io = memoryIo();
    const text =
      'id;primaryNeed;secondaryNeeds;ncYear;sex;home.lat;home.lon;residential\nC1;ASD;;8;male;51.3;0.5;false\n';
    await io.writeFile('children-semicolons.csv', text);
    const code = await runCli(
      ['allocate', '--schools', SCHOOLS, '--children', 'children-semicolons.csv'],
      io,
      COMMANDS,
    );
    expect(code).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      'error: children-semicolons.csv line 1, (header): the header is a single column holding semicolons: the ' +
        'file looks separated by semicolons, not commas; save it as comma-separated CSV (in Excel, "CSV UTF-8 ' +
        '(Comma delimited)")\nchildren-semicolons.csv: 1 problem; nothing was run.\n',
    );
  });

  it('a file with thousands of bad rows: every problem listed, then the most frequent summed up', async () => {
    const io = memoryIo();
    const rows = Array.from({ length: 1200 }, (_, k) => `C${k},XYZ,${k < 3 ? 'eight' : 7},51.3,0.5`);
    await io.writeFile('many.csv', `id,primaryNeed,ncYear,home.lat,home.lon\n${rows.join('\n')}\n`);
    expect(await runCli(['allocate', '--schools', SCHOOLS, '--children', 'many.csv'], io, COMMANDS)).toBe(2);
    const lines = io.err().trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('error: many.csv line '))).toHaveLength(1203);
    expect(lines.slice(-4)).toEqual([
      'many.csv: 1,203 problems; nothing was run.',
      'The most frequent:',
      `  1,200 × primaryNeed: unknown need code; valid codes are ${NEED_CODES.join(', ')}`,
      '  3 × ncYear: must be an NC year: 8, Y8, Year 8, R (Reception), N2 or -1 (nursery)',
    ]);
  });
});
