import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../support/run-command.js';

const KENT = 'data/kent/scenario-2025.json';

describe('send-placement report', () => {
  it('allocates the Year 7 round by default and another NC year with --nc-year', async () => {
    const base = ['report', '--schools', 'data/kent/schools.json', '--children', 'data/kent/children.json'];
    const y7 = await runCommand([...base, '--child-pages', '0', '--out', 'r.html']);
    expect(y7.code).toBe(0);
    expect(y7.written.get('r.html')).toContain('In the Year 7 transfer round, 214 children compete');
    const y8 = await runCommand([...base, '--child-pages', '0', '--nc-year', '8', '--out', 'r.html']);
    expect(y8.written.get('r.html')).toContain('In the Year 8 round, 160 children compete');
  });

  it('warns of settings whose children the scenario gives no costs, as sufficiency does', async () => {
    const uncosted = JSON.parse(readFileSync(KENT, 'utf8'));
    delete uncosted.costs.bySetting.independent;
    const files = { 'uncosted.json': JSON.stringify(uncosted) };
    const { code, err } = await runCommand(['report', '--scenario', 'uncosted.json', '--out', 'r.html'], { files });
    expect(code).toBe(0);
    expect(err).toContain(
      'warning: uncosted.json: costs.bySetting gives no cost for independent (1,172 children at most)',
    );
    expect((await runCommand(['report', '--scenario', KENT, '--out', 'r.html'])).err).not.toContain('no cost for');
  });

  it('warns of a capped setting that starts over full, as sufficiency does, alone and beside a plan', async () => {
    const short = JSON.parse(readFileSync(KENT, 'utf8'));
    short.capacity.srp.base = { value: 1200, source: 'SRP places at some schools only' };
    const files = { 'short.json': JSON.stringify(short) };
    const warning = 'warning: short.json: SRP: 1,200 places in 2025 for 1,500 SRP children in the 2025 census';
    const alone = await runCommand(['report', '--scenario', 'short.json', '--out', 'r.html'], { files });
    expect(alone.err).toContain(warning);
    const both = await runCommand(['report', '--scenario', KENT, '--scenario', 'short.json', '--out', 'r.html'], {
      files,
    });
    expect(both.err.split(warning).length - 1).toBe(1);
    const plans = await runCommand(['sufficiency', '--scenario', KENT, '--scenario', 'short.json'], { files });
    expect(plans.err).toContain(warning);
  });

  it('says in the report how many rows --skip-invalid left out, and that a travel table was used', async () => {
    const f = 'test/cli/fixtures';
    const args = ['report', '--schools', `${f}/schools.csv`, '--children', `${f}/bad-children.csv`];
    const { code, written } = await runCommand([
      ...args,
      '--skip-invalid',
      '--travel',
      `${f}/travel.csv`,
      '--out',
      'r.html',
    ]);
    expect(code).toBe(0);
    const html = written.get('r.html') as string;
    expect(html).toContain('2 children were left out as invalid before this report');
    expect(html).toContain('Road km and minutes come from a travel table of');
    expect(html).toContain('<th>Journey</th>');
  });

  it("heads a series from a CSV with its file's name in words, and its value column", async () => {
    const one = await runCommand(['report', '--series', 'data/kent/independent-placements.csv', '--out', 'f.html']);
    expect(one.written.get('f.html')).toContain('<h3>Independent placements</h3>');
    expect(one.written.get('f.html')).toContain('<h1>Independent placements</h1>');
    const columns = ['--year-column', 'yearEnding', '--value-column', 'spendGbp'];
    const two = await runCommand(['report', '--series', 'data/kent/spend.csv', ...columns, '--out', 'f.html']);
    expect(two.written.get('f.html')).toContain('<h3>Spend (column spendGbp)</h3>');
  });

  it('refuses a flag whose part of the report is not asked for, naming the flag it needs', async () => {
    const cases: [string[], string][] = [
      [['--policy', 'test/cli/fixtures/policy.json'], '--policy needs --schools and --children'],
      [['--nc-year', '8'], '--nc-year needs --schools and --children'],
      [['--child-pages', '2'], '--child-pages needs --schools and --children'],
      [['--horizon', '3'], '--horizon needs --series'],
      [['--series-unit', 'GBP'], '--series-unit needs --series'],
      [['--year-column', 'yearEnding'], '--year-column needs --series'],
    ];
    for (const [flags, message] of cases) {
      const { code, err } = await runCommand(['report', '--scenario', KENT, ...flags, '--out', 'r.html']);
      expect(code).toBe(2);
      expect(err).toContain(message);
    }
  });

  it('reads --nc-year as the files write NC years (Y8, R), and warns when no child is in that year', async () => {
    const base = ['report', '--schools', 'data/kent/schools.json', '--children', 'data/kent/children.json'];
    const y8 = await runCommand([...base, '--child-pages', '0', '--nc-year', 'Y8', '--out', 'r.html']);
    expect(y8.code).toBe(0);
    expect(y8.written.get('r.html')).toContain('In the Year 8 round, 160 children compete');
    const r = await runCommand([...base, '--child-pages', '0', '--nc-year', 'R', '--out', 'r.html']);
    expect(r.code).toBe(0);
    expect(r.written.get('r.html')).toContain('the Reception round');
    const bad = await runCommand([...base, '--nc-year', 'Y30', '--out', 'r.html']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      '--nc-year must be an NC year from -5 to 20, written as 8, Y8, Year 8, R (Reception), N2 or -1 (nursery)',
    );
    const empty = await runCommand([...base, '--child-pages', '0', '--nc-year', '20', '--out', 'r.html']);
    expect(empty.code).toBe(0);
    expect(empty.err).toContain(
      "warning: no child in data/kent/children.json is in NC year 20, so the report's allocation round has no one",
    );
    expect(y8.err).not.toContain('no child in');
  });

  it('echoes the seed of --runs (1 unless told) and says what the band and the plan line are', async () => {
    const { code, err, written } = await runCommand(['report', '--scenario', KENT, '--runs', '20', '--out', 'r.html']);
    expect(code).toBe(0);
    expect(err).toContain('20 simulated runs, seed 1');
    expect(written.get('r.html')).toMatch(/The <strong>plan line<\/strong> is the central projection/);
  });

  it("titles a forecast with the series' name and its unit", async () => {
    const { code, written } = await runCommand([
      'report',
      '--series',
      'data/kent/nmiss-spend.csv',
      '--series-name',
      'Kent NMISS spend',
      '--horizon',
      '3',
      '--out',
      'f.html',
    ]);
    expect(code).toBe(0);
    const html = written.get('f.html') as string;
    expect(html).toContain('<h3>Kent NMISS spend</h3>');
    expect(html).toContain('<title>Kent NMISS spend</title>');
    expect(html).toContain('£ a year');
    expect(html).not.toContain('data/kent/nmiss-spend.csv</');
  });

  it('guesses the unit from --series-name when the file name says nothing (series.csv of spend is money)', async () => {
    const files = { 'series.csv': 'year,value\n2017,27911115\n2018,34167515\n2019,39772645\n2020,49244606\n' };
    const { code, written } = await runCommand(
      ['report', '--series', 'series.csv', '--series-name', 'Kent NMISS spend', '--horizon', '3', '--out', 'f.html'],
      { files },
    );
    expect(code).toBe(0);
    const html = written.get('f.html') as string;
    expect(html).toContain('£ a year');
    expect(html).toContain('<td class="num">£53.0m</td>');
    expect(html).not.toContain('>value</text>');
  });

  it('puts plans side by side when --scenario is given more than once, the rest about the first', async () => {
    const { code, written } = await runCommand(
      ['report', '--scenario', KENT, '--scenario', 'stop.json', '--out', 'r.html'],
      { files: { 'stop.json': JSON.stringify({ ...JSON.parse(readFileSync(KENT, 'utf8')), name: 'Stop' }) } },
    );
    expect(code).toBe(0);
    const html = written.get('r.html') as string;
    expect(html).toContain('<h2>Plans side by side</h2>');
    expect(html).toContain('<strong>Stop</strong>: 909 independent placements in 2030, the same as Kent SRP');
    expect(html.indexOf('id="sufficiency"')).toBeLessThan(html.indexOf('id="plans"'));
  });

  it('labels the years of a series of academic years as forecast does, in text, table and chart', async () => {
    const files = {
      'ay.csv': 'academicYear,spendGbp\n2017/18,27911115\n2018/19,34167515\n2019/20,39772645\n2020/21,49244606\n',
    };
    const columns = ['--year-column', 'academicYear', '--value-column', 'spendGbp'];
    const forecast = await runCommand(['forecast', '--series', 'ay.csv', ...columns, '--format', 'csv'], { files });
    const years = forecast.out
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(years).toEqual(['2021/22', '2022/23', '2023/24', '2024/25', '2025/26']);
    const report = await runCommand(['report', '--series', 'ay.csv', ...columns, '--out', 'r.html'], { files });
    expect(report.code).toBe(0);
    const html = String(report.written.get('r.html'));
    expect(html).toContain('4 years of history, 2017/18–2020/21, forecast 5 years ahead');
    for (const year of years) expect(html).toContain(`<td>${year}</td>`);
    expect(html).not.toMatch(/<td>202[2-6]<\/td>/);
    expect(html).toMatch(/<text[^>]*>2019\/20<\/text>/); // the chart's axis
  });

  it("calls an SRP state-funded on a child's ranking page, not off the framework", async () => {
    const files = { 'c9.csv': 'id,primaryNeed,ncYear,home.lat,home.lon\nC9,ASD,8,51.12,1.3\n' };
    const schools = 'test/cli/fixtures/schools.csv';
    const run = await runCommand(['report', '--schools', schools, '--children', 'c9.csv', '--out', 'r.html'], {
      files,
    });
    expect(run.code).toBe(0);
    const html = String(run.written.get('r.html'));
    expect(html).toMatch(/Seaview SRP<\/td><td[^>]*>900005<\/td><td[^>]*>state-funded<\/td>/);
  });

  it('--without-plan plans the budget from the base places, as plan-capacity does, and the help shows it', async () => {
    const plan = ['--candidates', 'data/kent/capacity-candidates.csv', '--budget', '12000000', '--without-plan'];
    const report = await runCommand(['report', '--scenario', KENT, ...plan, '--out', 'r.html']);
    expect(report.code).toBe(0);
    const html = String(report.written.get('r.html'));
    expect(html).toContain('without its own planned additions: the candidates are the plan.');
    expect(html).toContain('they save £69.72m of spend over 2025-2030');
    const capacity = await runCommand(['plan-capacity', '--scenario', KENT, ...plan]);
    expect(capacity.err).toContain('they save £69.72m of spend over 2025-2030');
    const help = await runCommand(['report', '--help']);
    expect(help.out).toContain('--budget 12000000 --without-plan --out plan.html');
    const alone = await runCommand(['report', '--scenario', KENT, '--without-plan', '--out', 'r.html']);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain('error: --without-plan needs --candidates');
  });
});

describe('send-placement report: what it writes, and where', () => {
  it('refuses to print the HTML on a terminal, asking for --out; a pipe still gets it', async () => {
    const tty = await runCommand(['report', '--series', 'data/kent/nmiss-spend.csv'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.out).toBe('');
    expect(tty.err).toContain('error: report writes an HTML file: give --out report.html (or redirect: > report.html)');
    const piped = await runCommand(['report', '--series', 'data/kent/nmiss-spend.csv']);
    expect(piped.code).toBe(0);
    expect(piped.out).toMatch(/^<!doctype html>/i);
  });

  it('refuses --series-name for a file of several series, instead of ignoring it', async () => {
    const files = {
      'two.json': JSON.stringify([
        { name: 'A', start: 2018, values: [1, 2, 3, 4] },
        { name: 'B', start: 2018, values: [5, 6, 7, 8] },
      ]),
    };
    const run = await runCommand(['report', '--series', 'two.json', '--series-name', 'Only one', '--out', 'r.html'], {
      files,
    });
    expect(run.code).toBe(2);
    expect(run.err).toContain('error: --series-name names one series, but two.json holds 2: give each series its');
    expect(run.written.has('r.html')).toBe(false);
  });
});

describe('a scenario flag given what is not a JSON file', () => {
  it('names a folder as a folder, and a comment in JSON as a comment', async () => {
    const folder = await runCommand(['sufficiency', '--scenario', 'data']);
    expect(folder.err).toBe('error: data: is a folder, not a file\ndata: 1 problem; nothing was run.\n');
    const files = { 's.json': '{\n  // Kent, refreshed\n  "name": "x"\n}\n' };
    const comment = await runCommand(['sufficiency', '--scenario', 's.json'], { files });
    expect(comment.code).toBe(2);
    expect(comment.err).toContain(
      'error: s.json line 2: is not valid JSON at column 3: a comment (// or /* */): comments are not allowed in ' +
        'JSON; delete it',
    );
  });
});
