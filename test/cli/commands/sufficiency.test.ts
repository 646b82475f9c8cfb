import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../support/run-command.js';

const KENT = 'data/kent/scenario-2025.json';

describe('send-placement sufficiency', () => {
  it('heads its columns in a planner’s words and writes children whole and spend in £m on a terminal', async () => {
    const { code, out } = await runCommand(['sufficiency', '--scenario', KENT], { tty: true });
    expect(code).toBe(0);
    expect(out).toMatch(/independent,\s+.*\n.*plan\s+no new places/);
    expect(out).toMatch(/^2026\s+1,093\s+1,248\s+129\s/m);
    expect(out).not.toMatch(/\d\.\d\d/); // no 1092.83
    expect(out).toContain('spend £ a year');
    expect(out).toMatch(/^2025\s+£83\.7m\s+£83\.7m\s+£375\.6m/m); // independent and non-maintained beside all settings
  });

  it('writes CSV with those headings, counts to 0.1 and money in whole pounds, no float noise', async () => {
    const { out } = await runCommand(['sufficiency', '--scenario', KENT, '--format', 'csv']);
    const [header, , y2026] = out.split('\n');
    expect(header).toBe(
      'year,"independent, plan","independent, no new places","new independent, plan",SRP places,SRP demand,' +
        'SRP shortfall,"spend £, independent and non-maintained","spend £, independent and non-maintained, no new ' +
        'places","spend £, all settings","spend £, all settings, no new places","saving so far £, all settings"',
    );
    expect(y2026).toBe('2026,1092.8,1248.4,128.7,1660,1655.6,0,79565046,89734037,387801106,394914144,7113038');
    expect(out).not.toMatch(/\.\d{5,}/);
  });

  it('warns of a capped setting that starts with more children than places, and of none that is full', async () => {
    // Special places counted for fewer schools than the census: 5,000 places for 5,600 children.
    const short = JSON.parse(readFileSync(KENT, 'utf8'));
    short.capacity['maintained-special'].base = { value: 5000, source: 'special places at some schools only' };
    const { code, err } = await runCommand(['sufficiency', '--scenario', 'short.json'], {
      files: { 'short.json': JSON.stringify(short) },
    });
    expect(code).toBe(0);
    expect(err).toContain(
      'warning: short.json: maintained special: 5,000 places in 2025 for 5,600 maintained special children in the ' +
        '2025 census, so it starts over full: it admits no one until leavers bring it under its places',
    );
    expect(err).not.toContain('SRP: '); // Kent's SRPs are full, not over full
    // Within 5% over is a census and a register a few children apart, not a warning.
    short.capacity['maintained-special'].base.value = 5400; // 3.7% over
    const near = await runCommand(['sufficiency', '--scenario', 'near.json'], {
      files: { 'near.json': JSON.stringify(short) },
    });
    expect(near.err).not.toContain('over full');
  });

  it('shows special school places, demand and shortfall when the plan leaves special schools short', async () => {
    const short = JSON.parse(readFileSync(KENT, 'utf8'));
    short.capacity['maintained-special'] = {
      base: { value: 5000, source: 'special places at some schools only' },
      additions: [],
    };
    const files = { 'short.json': JSON.stringify(short) };
    const table = await runCommand(['sufficiency', '--scenario', 'short.json'], { files, tty: true });
    expect(table.out).toMatch(/special school\s+special school\s+special school/);
    expect(table.out).toMatch(/^2025\s+1,172\s+1,172\s+0\s+1,500\s+1,500\s+0\s+5,000\s+5,600\s+600$/m);
    const csv = await runCommand(['sufficiency', '--scenario', 'short.json', '--format', 'csv'], { files });
    const [header, y2025] = csv.out.split('\n');
    expect(header).toContain('SRP shortfall,special school places,special school demand,special school shortfall,');
    expect(y2025).toMatch(/^2025,1172,1172,0,1500,1500,0,5000,5600,600,/);
    // Kent's special schools are never short: its table keeps the SRP columns alone.
    expect((await runCommand(['sufficiency', '--scenario', KENT, '--format', 'csv'])).out).not.toContain('special');
  });

  it('warns of capacity added after the projection ends, alone and beside another plan', async () => {
    const late = JSON.parse(readFileSync(KENT, 'utf8'));
    late.capacity.srp.additions[0].year = 2040;
    const files = { 'late.json': JSON.stringify(late) };
    const warning =
      'warning: late.json: capacity.srp.additions[0]: 160 places in 2040 come after the projection ends (2030), ' +
      'so no year counts them';
    expect((await runCommand(['sufficiency', '--scenario', 'late.json'], { files })).err).toContain(warning);
    const both = await runCommand(['sufficiency', '--scenario', KENT, '--scenario', 'late.json'], { files });
    expect(both.err).toContain(warning);
    expect((await runCommand(['sufficiency', '--scenario', KENT])).err).not.toContain('warning');
  });

  it('warns of years no transition rule covers, alone and beside another plan', async () => {
    const gap = JSON.parse(readFileSync(KENT, 'utf8'));
    gap.transitions.splice(0, 1);
    const files = { 'gap.json': JSON.stringify(gap) };
    const warning =
      'warning: gap.json: transitions: no rule covers children entering NC years 0 to 6 in mainstream (every need)';
    expect((await runCommand(['sufficiency', '--scenario', 'gap.json'], { files })).err).toContain(warning);
    const both = await runCommand(['sufficiency', '--scenario', KENT, '--scenario', 'gap.json'], { files });
    expect(both.err).toContain(warning);
  });

  it('warns of settings whose children the scenario gives no costs, since spend counts them as £0', async () => {
    const uncosted = JSON.parse(readFileSync(KENT, 'utf8'));
    delete uncosted.costs.bySetting.independent;
    const files = { 'uncosted.json': JSON.stringify(uncosted) };
    const { code, err } = await runCommand(['sufficiency', '--scenario', 'uncosted.json', '--format', 'csv'], {
      files,
    });
    expect(code).toBe(0);
    expect(err).toContain(
      'warning: uncosted.json: costs.bySetting gives no cost for independent (1,172 children at most): its children ' +
        'count as £0 in the spend',
    );
    // Beside another plan too, whose spend it is compared with.
    const both = await runCommand(['sufficiency', '--scenario', KENT, '--scenario', 'uncosted.json'], { files });
    expect(both.err).toContain('warning: uncosted.json: costs.bySetting gives no cost for independent');
    const plan = await runCommand(
      ['plan-capacity', '--scenario', 'uncosted.json', '--candidates', 'data/kent/capacity-candidates.csv'].concat([
        '--budget',
        '1000000',
        '--without-plan',
        '--format',
        'csv',
      ]),
      { files },
    );
    expect(plan.err).toContain('warning: uncosted.json: costs.bySetting gives no cost for independent');
  });

  it('says which way spend moves, and that it stays the same when the scenario adds no places', async () => {
    const kent = await runCommand(['sufficiency', '--scenario', KENT, '--format', 'csv']);
    expect(kent.err).toContain('spend without the plan £112.2m more over the period (all settings)');
    // Independent placements uncosted: the SRP places cost more than the placements they replace save.
    const uncosted = JSON.parse(readFileSync(KENT, 'utf8'));
    delete uncosted.costs.bySetting.independent;
    const dearer = await runCommand(['sufficiency', '--scenario', 'uncosted.json', '--format', 'csv'], {
      files: { 'uncosted.json': JSON.stringify(uncosted) },
    });
    expect(dearer.err).toContain('spend with the plan £48.3m more over the period (all settings)');
    expect(dearer.err).not.toContain('-£');
    const none = JSON.parse(readFileSync(KENT, 'utf8'));
    for (const plan of Object.values(none.capacity) as { additions: unknown[] }[]) plan.additions = [];
    const same = await runCommand(['sufficiency', '--scenario', 'none.json', '--format', 'csv'], {
      files: { 'none.json': JSON.stringify(none) },
    });
    expect(same.err).toContain(
      '1,639 with no new places; the scenario adds no local places after 2025, so spend is the same without a plan',
    );
    expect(same.err).not.toContain('£0 more');
  });

  it('keeps --runs bands in CSV and JSON as p5, p50 and p95, seeded 1 unless told', async () => {
    const csv = await runCommand(['sufficiency', '--scenario', KENT, '--runs', '30', '--format', 'csv']);
    const header = csv.out.split('\n')[0];
    expect(header).toContain('"independent, p5","independent, p50","independent, p95"');
    expect(csv.out.split('\n')[6]).toMatch(/^2030,909,1639,158.1,2210,2207.4,0,\d+(\.\d)?,\d+(\.\d)?,\d+(\.\d)?,/);
    expect(csv.err).toContain('30 simulated runs, seed 1');
    const json = JSON.parse((await runCommand(['sufficiency', '--scenario', KENT, '--runs', '30'])).out);
    expect(Object.keys(json.simulation.independentPlacements[0])).toEqual(['year', 'mean', 'p5', 'p50', 'p95']);
    expect(json.simulation.seed).toBe(1);
  });

  it('says "1 simulated run", not "1 simulated runs"', async () => {
    const one = await runCommand(['sufficiency', '--scenario', KENT, '--runs', '1', '--format', 'csv']);
    expect(one.err).toContain('1 simulated run, seed 1');
  });

  it("refuses a seed past 32 bits, which would give a smaller seed's bands under its own name", async () => {
    const wide = await runCommand(['sufficiency', '--scenario', KENT, '--runs', '5', '--seed', '4294967297']);
    expect(wide.code).toBe(2);
    expect(wide.err).toContain('--seed must be a whole number from 0 to 4294967295');
    const top = await runCommand(['sufficiency', '--scenario', KENT, '--runs', '5', '--seed', '4294967295']);
    expect(top.code).toBe(0);
  });

  it('sufficiency: two --scenario flags put the plans side by side, each read against the first', async () => {
    const { code, out, err } = await runCommand([
      'sufficiency',
      '--scenario',
      KENT,
      '--scenario',
      KENT,
      '--format',
      'csv',
    ]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(
      'plan,year,independent,independent vs first plan,SRP places,SRP shortfall,"spend £, all settings",' +
        'spend £ vs first plan,spend so far £',
    );
    expect(lines).toHaveLength(13);
    expect(lines[7]).toMatch(
      /^"Kent SRP growth plan, 2025-2030 \(plan 2, data\/kent\/scenario-2025.json\)",2025,1172,0,/,
    );
    expect(err).toContain('909 independent placements in 2030');
    const bands = await runCommand(['sufficiency', '--scenario', KENT, '--scenario', KENT, '--runs', '5']);
    expect(bands.code).toBe(2);
    expect(bands.err).toContain(
      '--runs takes one --scenario: simulate each plan on its own, or put the plans side by side without --runs',
    );
    const help = (await runCommand(['sufficiency', '--help'])).out.replace(/\s+/g, ' ');
    expect(help).toContain('--runs (with one --scenario) adds the simulated 5th, 50th and 95th percentiles');
    expect(help).toContain('as columns p5, p50 and p95');
  });
  it('--help says what the table does with a count under 10: one decimal, as the table writes it', async () => {
    const small = JSON.parse(readFileSync(KENT, 'utf8'));
    for (const s of small.stock) s.count /= 200;
    for (const e of small.joiners.entries) e.count /= 200;
    const files = { 'small.json': JSON.stringify(small) };
    const { out } = await runCommand(['sufficiency', '--scenario', 'small.json', '--format', 'table'], { files });
    expect(out).toMatch(/^2025\s+5\.9\s+5\.9\s/m);
    const help = (await runCommand(['sufficiency', '--help'])).out;
    expect(help).toContain('to 0.1 under 10 where rounding would hide them');
    expect(help).not.toMatch(/whole in the\s+table, to 0\.1 in CSV/);
  });
});
