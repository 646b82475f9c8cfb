// send-placement plan-capacity, run in process as a planner would type it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { budgetFlag } from '../../../src/cli/capacity-plan-flags.js';
import { memoryIo } from '../support/memory-io.js';
import { runCommand } from '../support/run-command.js';

const KENT = 'data/kent/scenario-2025.json';
const CANDIDATES = 'data/kent/capacity-candidates.csv';

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo();
  for (const [path, text] of Object.entries(files)) io.written.set(path, text);
  const code = await runCli(argv, io, COMMANDS);
  return { code, out: io.out(), err: io.err() };
}

const plan = ['plan-capacity', '--scenario', KENT, '--candidates', CANDIDATES, '--budget', '12000000'];

describe('send-placement plan-capacity', () => {
  it("plans Kent's candidates from no new capacity: JSON is the library's result, the summary on stderr", async () => {
    const { code, out, err } = await run([...plan, '--without-plan', '--format', 'json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.capitalGbp).toBe(11_990_000);
    expect(result.chosen.map((c: { id: string }) => c.id)).toContain('srp-remodel-2026');
    expect(result.frontier).toHaveLength(8);
    expect(result.scenario.capacity.srp.additions).toHaveLength(7);
    expect(err).toContain('£11.99m of the £12.00m budget buys 342 places at 7 of 10 candidates');
  });

  it('Kent as given: its own plan already meets the demand, so nothing saves and the CSV is empty', async () => {
    const { code, out, err } = await run([...plan, '--format', 'csv']);
    expect(code).toBe(0);
    expect(out).toBe('candidate,setting,need,year,places,capital £,saving £\n');
    expect(err).toContain('No place the budget can buy saves anything');
  });

  it('prints the chosen places, the frontier, each candidate and the paired uncertainty as tables', async () => {
    const { code, out } = await run([...plan, '--without-plan', '--format', 'table', '--runs', '20']);
    expect(code).toBe(0);
    for (const title of ['Chosen places', 'Frontier', 'Candidates', 'Saving across 20 simulated runs (seed 1)'])
      expect(out).toContain(title);
    expect(out).toMatch(/special-new-school-2028 +0 +150 +10 places would save nothing: demand for maintained special/);
    expect(out).toMatch(/srp-remodel-2026 +SRP +any +2026 +60 /); // any need, as the help and the report say
    expect(out).toMatch(/mean £ +5% low £ +median £ +95% high £/);
    expect(out).not.toMatch(/\b(maxPlaces|saves-nothing|p95)\b/);
    expect(out).toContain("Chosen places: what each saves over the scenario's years (£ of spend)");
    const places = await run([...plan, '--without-plan', '--format', 'table', '--objective', 'independentPlacements']);
    expect(places.out).toContain('years (place-years of independent placements)\n');
    expect(places.out).not.toContain('independentPlacements'); // the option's name is not a planner's word
  });

  it('reports a candidate outside the scenario at its line and column, and bad rows with every problem', async () => {
    const header = 'id,setting,need,year,maxPlaces,capitalGbpPerPlace\n';
    const late = await run([...plan.slice(0, 4), 'late.csv', '--budget', '1000'], {
      'late.csv': `${header}a,srp,,2026,10,1000\nb,srp,,2031,10,1000\n`,
    });
    expect(late.code).toBe(2);
    expect(late.err).toContain('error: late.csv line 3, year: year must be from 2026 to 2030');
    const bad = await run([...plan.slice(0, 4), 'bad.csv', '--budget', '1000'], {
      'bad.csv': `${header}a,college,autism,2026,10,-1\n`,
    });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('error: bad.csv line 2, setting: setting must be one of srp, maintained-special');
    expect(bad.err).toContain('error: bad.csv line 2, capitalGbpPerPlace: capitalGbpPerPlace must be 0 or more');
    expect(bad.err).toContain('bad.csv: 3 problems; nothing was run.');
    const both = await run([...plan.slice(0, 4), 'both.csv', '--budget', '1000'], {
      'both.csv': `${header}a,srp,,2031,10,1000\nb,srp,,2027,0,1000\n`,
    });
    expect(both.err.split('\n').filter((l) => l.startsWith('error:'))).toEqual([
      'error: both.csv line 2, year: year must be from 2026 to 2030: a year of the scenario after its base year ' +
        '(2025 is the census)',
      'error: both.csv line 3, maxPlaces: maxPlaces must be at least 1',
    ]);
  });

  it('bad usage exits 2 naming the flag: no budget, a budget not in whole pounds, an unknown objective', async () => {
    const base = plan.slice(0, 5);
    expect((await run(base)).err).toContain('error: --budget is required');
    expect((await run([...base, '--budget', '12 million'])).err).toContain(
      '--budget must be whole pounds from 0 to 100,000,000,000, written as 12000000, £12,000,000, £12m or £500k, ' +
        'not "12 million"',
    );
    expect((await run([...base, '--budget', '£1.5'])).err).toContain('--budget must be whole pounds');
    const objective = await run([...plan, '--objective', 'cost']);
    expect([objective.code, objective.err.split('\n')[0]]).toEqual([
      2,
      'error: --objective must be one of spend, independentPlacements',
    ]);
    expect((await run([...plan, '--seed', '5'])).err).toContain('--seed needs --runs');
    expect((await run([...plan.slice(0, 4), KENT, '--budget', '1'])).err).toContain(
      'candidates are read from CSV (a .csv file)',
    );
  });
});

describe('send-placement report with a capacity plan', () => {
  it('adds "Where to add places" for --candidates with --budget, on the scenario given', async () => {
    const scenario = JSON.parse(readFileSync(KENT, 'utf8'));
    for (const plan of Object.values(scenario.capacity) as { additions: unknown[] }[]) plan.additions = [];
    const args = ['report', '--scenario', 'kent-no-plan.json', '--candidates', CANDIDATES, '--budget', '3000000'];
    const io = memoryIo();
    io.written.set('kent-no-plan.json', JSON.stringify(scenario));
    const code = await runCli([...args, '--out', 'plan.html'], io, COMMANDS);
    expect(code, io.err()).toBe(0);
    const html = String(io.written.get('plan.html'));
    expect(html).toContain('<h2>Where to add places</h2>');
    expect(html).toContain('Saving by capital budget (£m)');
  });

  it('says which flag needs which', async () => {
    expect((await run(['report', '--scenario', KENT, '--budget', '1000'])).err).toContain(
      'error: --budget needs --candidates',
    );
    expect((await run(['report', '--series', 'x.csv', '--candidates', CANDIDATES])).err).toContain(
      'error: --candidates needs --scenario',
    );
  });
});

describe('the candidates file, like every other input file', () => {
  it.each([['plan-capacity'], ['report']])(
    '%s: a missing column names the file and ends with the summary line',
    async (command) => {
      const files = { 'cand.csv': 'id,setting,need,year,maxPlaces\nsrp-a,srp,,2026,60\n' };
      const { code, err } = await runCommand(
        [command, '--scenario', 'data/kent/scenario-2025.json', '--candidates', 'cand.csv', '--budget', '1000000'],
        { files },
      );
      expect(code).toBe(2);
      expect(err).toBe(
        'error: cand.csv line 1, capitalGbpPerPlace: the header has no capitalGbpPerPlace column, which every ' +
          'capacity candidate needs\ncand.csv: 1 problem; nothing was run.\n',
      );
    },
  );
});

describe('plan-capacity --budget', () => {
  it('takes "£12,000,000" as a CSV cell would be written, the same plan as 12000000', async () => {
    const args = ['plan-capacity', '--scenario', 'data/kent/scenario-2025.json', '--candidates', CANDIDATES];
    const pounds = await runCommand([...args, '--budget', '£12,000,000', '--without-plan', '--format', 'json']);
    const plain = await runCommand([...args, '--budget', '12000000', '--without-plan', '--format', 'json']);
    expect(pounds.code).toBe(0);
    expect(JSON.parse(pounds.out).budgetGbp).toBe(12_000_000);
    expect(pounds.out).toBe(plain.out);
    const short = await runCommand([...args, '--budget', '£12m', '--without-plan', '--format', 'json']);
    expect(short.out).toBe(plain.out);
  });

  it('reads £1.5m and £500k as a planner writes a budget', () => {
    expect(['£1.5m', '1.5M', '£500k', '£ 2m'].map((b) => budgetFlag(b, 'plan-capacity'))).toEqual([
      1_500_000, 1_500_000, 500_000, 2_000_000,
    ]);
  });
  it('writes each frontier budget once in the table: £0 is one row, not eight the same; JSON keeps eight', async () => {
    const args = ['plan-capacity', '--scenario', KENT, '--candidates', CANDIDATES, '--without-plan'];
    const frontier = (out: string) => out.split('Frontier')[1].split('\n\n')[0].split('\n').slice(3);
    const zero = await run([...args, '--budget', '0', '--format', 'table']);
    expect(zero.code).toBe(0);
    expect(frontier(zero.out).map((line) => line.trim().split(/\s+/))).toEqual([['0', '0', '0', '0']]);
    const tiny = await run([...args, '--budget', '3', '--format', 'table']);
    expect(frontier(tiny.out).map((line) => line.trim().split(/\s+/)[0])).toEqual(['0', '1', '2', '3']);
    expect(JSON.parse((await run([...args, '--budget', '0', '--format', 'json'])).out).frontier).toHaveLength(8);
  });

  it('writes the frontier to the £10,000, as the summary does: capital short of its budget reads short', async () => {
    const { out, err } = await run([...plan, '--without-plan', '--format', 'table']);
    const rows = out.split('Frontier')[1].split('\n\n')[0].split('\n').slice(3);
    expect(rows.map((line) => line.trim().split(/\s+/).slice(0, 2))).toContainEqual(['£6.00m', '£5.96m']);
    expect(rows.at(-1)?.trim().split(/\s+/).slice(0, 2)).toEqual(['£12.00m', '£11.99m']);
    expect(err).toContain('£11.99m of the £12.00m budget');
  });
});
