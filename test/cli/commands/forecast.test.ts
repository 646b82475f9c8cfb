import { describe, expect, it } from 'vitest';
import { runCommand } from '../support/run-command.js';

const SEN2_OUTPUT = JSON.stringify([
  { area: 'Kent', areaCode: 'E10000016', category: 'Independent school', start: 2021, values: [820, 930, 1050, 1172] },
  { area: 'Kent', areaCode: 'E10000016', category: 'Hospital school', start: 2024, values: [5] },
  {
    area: 'Kent',
    areaCode: 'E10000016',
    category: 'Resourced provision or SEN unit',
    start: 2021,
    values: [1200, 1320, 1410, 1500],
  },
]);

describe('send-placement forecast', () => {
  it("keeps each series' name from import sen2 output, in the table, the CSV, the JSON and the notes", async () => {
    const files = { 'kent.json': SEN2_OUTPUT.replace('[5]', '[5, 6]') };
    const table = await runCommand(['forecast', '--series', 'kent.json', '--horizon', '2'], { tty: true, files });
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^Kent: Independent school\s+2025\s+1,241/m);
    expect(table.err).toMatch(/^Kent: Resourced provision or SEN unit: /m);
    const csv = await runCommand(['forecast', '--series', 'kent.json', '--horizon', '2', '--format', 'csv'], { files });
    expect(csv.out.split('\n')[1]).toMatch(/^Kent: Independent school,2025,/);
    const json = JSON.parse((await runCommand(['forecast', '--series', 'kent.json', '--horizon', '2'], { files })).out);
    expect(json.map((r: { series: string }) => r.series)).toEqual([
      'Kent: Independent school',
      'Kent: Hospital school',
      'Kent: Resourced provision or SEN unit',
    ]);
  });

  it('says from which year a falling count is held at 0, which the table alone shows as a forecast of 0', async () => {
    const files = { 'fall.csv': 'year,value\n2019,50\n2020,30\n2021,15\n2022,6\n2023,3\n' };
    const { code, err } = await runCommand(
      ['forecast', '--series', 'fall.csv', '--method', 'linear', '--horizon', '4'],
      {
        files,
      },
    );
    expect(code).toBe(0);
    expect(err).toContain(
      'held at 0 from 2024: the linear-trend forecast goes below 0 there, and a count or sum cannot',
    );
    // A forecast that stays above 0 says nothing of it.
    const flat = await runCommand(['forecast', '--series', 'fall.csv', '--method', 'naive', '--horizon', '4'], {
      files,
    });
    expect(flat.err).not.toContain('held at 0');
  });

  it('writes the labels of academic or financial years beside the years in JSON, as the table shows them', async () => {
    const files = { 'fy.csv': 'year,value\n2019/20,100\n2020/21,110\n2021/22,125\n2022/23,130\n2023/24,142\n' };
    const json = JSON.parse((await runCommand(['forecast', '--series', 'fy.csv', '--horizon', '2'], { files })).out);
    expect([json.years, json.yearLabels]).toEqual([
      [2025, 2026],
      ['2024/25', '2025/26'],
    ]);
    const plain = { 'p.csv': 'year,value\n2020,100\n2021,110\n2022,125\n2023,130\n' };
    expect(JSON.parse((await runCommand(['forecast', '--series', 'p.csv'], { files: plain })).out)).not.toHaveProperty(
      'yearLabels',
    );
  });

  it('forecasts the other series when one cannot be read, naming the one skipped', async () => {
    const { code, out, err } = await runCommand(['forecast', '--series', 'kent.json', '--format', 'csv'], {
      files: { 'kent.json': SEN2_OUTPUT },
    });
    expect(code).toBe(0);
    expect(out).toContain('Kent: Independent school,2025,');
    expect(out).toContain('Kent: Resourced provision or SEN unit,2025,');
    expect(out).not.toContain('Hospital');
    expect(err).toMatch(
      /^warning: series "Kent: Hospital school" \(item 2\) skipped: values: a series needs at least 2/m,
    );
  });

  it("reads Kent's NMISS spend file as it is, in £m, with no column flags", async () => {
    const { code, out } = await runCommand(['forecast', '--series', 'data/kent/nmiss-spend.csv', '--horizon', '3'], {
      tty: true,
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^2021\s+£53\.0m\s+£42\.4m\s+£63\.5m/m);
  });

  it("writes the same CSV whatever the file's name: a name that sounds like money never rounds to pounds", async () => {
    const series = 'year,value\n2017,20.1\n2018,22.4\n2019,25.3\n2020,27.9\n2021,30.2\n';
    const files = { 'spend.csv': series, 'small.csv': series };
    const spend = await runCommand(['forecast', '--series', 'spend.csv', '--format', 'csv'], { files });
    const small = await runCommand(['forecast', '--series', 'small.csv', '--format', 'csv'], { files });
    expect(spend.out).toBe(small.out);
    expect(spend.out.split('\n')[1]).toMatch(/^2022,31\.70\d+,/);
    // On screen too: £m written as numbers, not as £32.
    const table = await runCommand(['forecast', '--series', 'spend.csv'], { files, tty: true });
    expect(table.out).toMatch(/^2022 +31\.7 /m);
    expect(table.out).not.toContain('£');
  });
});

const MIXED_UNITS = JSON.stringify([
  { name: 'Spend', unit: 'GBP', start: 2018, values: [1200000, 1350000, 1500000, 1610000, 1700000] },
  { name: 'Placements', start: 2018, values: [10, 12, 14, 15, 17] },
  { name: 'Rate', start: 2018, values: [1.5, 2.5, 3.1, 3.3, 4] },
]);

describe('send-placement forecast and backtest: a file of series in different units', () => {
  it('writes each series in its own unit, one table a series, never placements as £m', async () => {
    const files = { 'mixed.json': MIXED_UNITS };
    const { code, out } = await runCommand(['forecast', '--series', 'mixed.json', '--horizon', '2'], {
      tty: true,
      files,
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^Spend\nyear +forecast.*\n-+.*\n2023 +£1\.8m/m);
    expect(out).toMatch(/^Placements\nyear +forecast.*\n-+.*\n2023 +18 +17 +19 /m);
    expect(out).toMatch(/^Rate\nyear +forecast.*\n-+.*\n2023 +4\.2 +3\.4 /m);
    expect(out).not.toContain('£0.000m');
    // The CSV stays one table with a series column.
    const csv = await runCommand(['forecast', '--series', 'mixed.json', '--horizon', '2', '--format', 'csv'], {
      files,
    });
    expect(csv.out).toMatch(/^Placements,2023,18\.05\d+,/m);
  });

  it("writes each series' MAE in its own unit in a backtest table", async () => {
    const { code, out } = await runCommand(['backtest', '--series', 'mixed.json'], {
      tty: true,
      files: { 'mixed.json': MIXED_UNITS },
    });
    expect(code).toBe(0);
    expect(out).toMatch(/^Spend\n[\s\S]*^overall +1 +0\.20% +0\.025 +3,360$/m);
    expect(out).toMatch(/^Rate\n[\s\S]*^overall +1 +11\.86% +0\.747 +0\.448$/m);
  });

  it('keeps one table with a series column when every series is in the same unit', async () => {
    const files = { 'kent.json': SEN2_OUTPUT.replace('[5]', '[5, 6]') };
    const { out } = await runCommand(['forecast', '--series', 'kent.json', '--horizon', '1'], { tty: true, files });
    expect(out.split('\n')[0]).toMatch(/^series +year +forecast/);
    expect(out.split('\n').filter((l) => /^-/.test(l))).toHaveLength(1);
  });
});

const SEN2_CSV = [
  'area,areaCode,category,year,value',
  'Kent,E10000016,Independent school,2021,820',
  'Kent,E10000016,Independent school,2022,930',
  'Kent,E10000016,Independent school,2023,1050',
  'Kent,E10000016,Resourced provision or SEN unit,2021,1200',
  'Kent,E10000016,Resourced provision or SEN unit,2022,1320',
  'Kent,E10000016,Resourced provision or SEN unit,2023,1410',
  '',
].join('\n');

describe("send-placement forecast, backtest and report: import sen2's CSV", () => {
  it('is refused with one error naming the JSON output to give instead, not a duplicate year a row', async () => {
    for (const command of [['forecast'], ['backtest'], ['report', '--out', 'r.html']]) {
      const { code, err } = await runCommand([...command, '--series', 'sen2.csv'], { files: { 'sen2.csv': SEN2_CSV } });
      expect(code).toBe(2);
      expect(err).toContain(
        `error: sen2.csv line 1, (header): holds a series for each area and category (columns area, areaCode, ` +
          `category, year, value: import sen2's CSV), and ${command[0]} reads one series from a CSV; give it ` +
          "import sen2's JSON output instead",
      );
      expect(err).toContain('sen2.csv: 1 problem; nothing was run.');
    }
  });

  it('is read as it is when it holds one area and category', async () => {
    const files = { 'sen2.csv': SEN2_CSV.split('\n').slice(0, 4).join('\n') };
    const { code, out } = await runCommand(['forecast', '--series', 'sen2.csv', '--format', 'csv'], { files });
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toMatch(/^2024,/);
  });
});

describe('send-placement forecast and backtest: a JSON list with all but one series skipped', () => {
  const files = {
    'list.json': JSON.stringify([
      { name: 'Kept', start: 2019, values: [1, 2] },
      { name: 'Short', start: 2019, values: [1] },
    ]),
  };

  it('keeps the shape of a list: a JSON list and a series column, the one left named', async () => {
    const json = await runCommand(['forecast', '--series', 'list.json', '--horizon', '1', '--format', 'json'], {
      files,
    });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).map((r: { series: string }) => r.series)).toEqual(['Kept']);
    const csv = await runCommand(['forecast', '--series', 'list.json', '--horizon', '1', '--format', 'csv'], { files });
    expect(csv.out.split('\n')[0]).toMatch(/^series,year,/);
    expect(csv.out.split('\n')[1]).toMatch(/^Kept,2021,/);
  });

  it('names the series left when it fails too', async () => {
    const { code, err } = await runCommand(['backtest', '--series', 'list.json'], { files });
    expect(code).toBe(2);
    expect(err).toContain(
      'error: list.json, series "Kept" (item 1), series.values: a backtest needs at least 3 values',
    );
    // The series skipped as the file was read is a problem of the file too, not lost with its warning.
    expect(err).toContain('error: list.json, series "Short" (item 2), values: a series needs at least 2 values');
    expect(err).toContain('list.json: 2 problems; nothing was run.');
  });

  it('gives a single bad series its problems, without a "left after skipping" never asked for', async () => {
    const one = { 'one.json': JSON.stringify({ start: '2019/20', values: [1, 2, 3] }) };
    const { code, err } = await runCommand(['forecast', '--series', 'one.json'], { files: one });
    expect(code).toBe(2);
    expect(err).toBe('error: one.json line 1, start: start must be a year\none.json: 1 problem; nothing was run.\n');
  });
});

describe('send-placement forecast: a blank value', () => {
  it('is named on its line, without also calling its year missing', async () => {
    const files = { 's.csv': 'year,value\n2018,10\n2019,\n2020,14\n2021,15\n' };
    const { code, err } = await runCommand(['forecast', '--series', 's.csv'], { files });
    expect(code).toBe(2);
    expect(err).toBe('error: s.csv line 3, value: is required\ns.csv: 1 problem; nothing was run.\n');
  });

  it('is named on its line in a file read through --year-column and --value-column', async () => {
    const files = { 's.csv': 'yr,spend\n2018/19,10\n2019/20,\n2020/21,14\n' };
    const args = ['forecast', '--series', 's.csv', '--year-column', 'yr', '--value-column', 'spend'];
    const { code, err } = await runCommand(args, { files });
    expect(code).toBe(2);
    expect(err).toBe('error: s.csv line 3, spend: is required\ns.csv: 1 problem; nothing was run.\n');
  });

  it('still leaves a year no line of the file has named as missing', async () => {
    const files = { 's.csv': 'year,value\n2018,10\n2019,\n2021,15\n' };
    const { code, err } = await runCommand(['forecast', '--series', 's.csv'], { files });
    expect(code).toBe(2);
    expect(err).toContain('error: s.csv line 3, value: is required\n');
    expect(err).toMatch(/^error: s\.csv line 4, year: not one series: year \d+ is missing/m);
  });
});

describe('send-placement forecast and backtest: mistakes in flags are named as flags', () => {
  const SPEND = 'data/kent/nmiss-spend.csv';

  it('--method in any case; an unknown one gets the nearest, never a fault of the series file', async () => {
    const upper = await runCommand(['forecast', '--series', SPEND, '--method', 'Theta', '--format', 'json']);
    expect(upper.code).toBe(0);
    expect(JSON.parse(upper.out).method).toBe('theta');
    const typo = await runCommand(['forecast', '--series', SPEND, '--method', 'thetta']);
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/^error: --method: unknown method "thetta"; did you mean theta\? The methods are auto, /);
    expect(typo.err).not.toMatch(/nmiss-spend|options\./);
    const backtest = await runCommand(['backtest', '--series', SPEND, '--method', 'HOLT', '--format', 'json']);
    expect(JSON.parse(backtest.out).method).toBe('holt');
  });

  it('backtest --min-train too large names the flag and the largest that works', async () => {
    const { code, err } = await runCommand(['backtest', '--series', SPEND, '--min-train', '20']);
    expect(code).toBe(2);
    expect(err).toBe(
      'error: --min-train must be less than the series length (4) so that at least one origin remains\n' +
        "Run 'send-placement backtest --help' for usage.\n",
    );
  });

  it('a flag too large for one series of several is a warning naming the flag', async () => {
    const files = {
      's.json': JSON.stringify([
        { name: 'Long', start: 2014, values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
        { name: 'Short', start: 2020, values: [1, 2, 3, 4, 5] },
      ]),
    };
    const { code, err } = await runCommand(['backtest', '--series', 's.json', '--min-train', '6'], { files });
    expect(code).toBe(0);
    expect(err).toMatch(/^warning: series "Short" \(item 2\) not backtested: --min-train must be less than /m);
  });
});

describe('send-placement backtest, CSV', () => {
  it('writes the MAE in full, not rounded to whole pounds for a file named like money', async () => {
    const files = { 'spend.csv': 'year,value\n2016,3.1\n2017,20.1\n2018,22.4\n2019,25.3\n2020,27.9\n2021,30.2\n' };
    const { out } = await runCommand(
      ['backtest', '--series', 'spend.csv', '--method', 'holt', '--min-train', '3', '--format', 'csv'],
      { files },
    );
    const overall = out.split('\n').find((l) => l.startsWith('overall,')) ?? '';
    expect(overall).toMatch(/^overall,\d+,[\d.]+,[\d.]+,\d+\.\d{3,}$/);
  });
});
