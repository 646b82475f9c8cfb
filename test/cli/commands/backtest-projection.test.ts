import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../support/run-command.js';

/** The command on the bundled Kent history and its setting mapping. */
const KENT = [
  'backtest-projection',
  '--history',
  'data/kent/transitions-history.csv',
  '--settings',
  'data/kent/setting-codes.csv',
];

describe('send-placement backtest-projection', () => {
  it('backtest-projection: the model beside persistence and trend, on a split of the Kent history', async () => {
    const { code, out, err } = await runCommand([...KENT, '--fit-years', '5', '--test-years', '2', '--format', 'json']);
    expect(code).toBe(0);
    const bt = JSON.parse(out);
    expect(bt.testYears).toEqual([2024, 2025]);
    expect(bt.total.mape.toFixed(3)).toBe('0.025');
    expect(Object.keys(bt.baselines)).toEqual(['persistence', 'trend']);
    expect(err).toContain('model 2.5% on the total against persistence 2.1% and trend 4.1%: does not beat both');
  });

  it('backtest-projection: joiners per head of a population file, and its missing years named by file', async () => {
    const args = [
      'backtest-projection',
      '--history',
      'data/birth-to-25/transitions-history.csv',
      '--settings',
      'data/birth-to-25/setting-codes.csv',
      '--population',
      'data/birth-to-25/population.csv',
      '--fit-years',
      '8',
      '--format',
      'csv',
    ];
    const { code, out } = await runCommand(args);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(
      'censuses fitted,censuses tested,total: model %,total: persistence %,total: trend %,independent: model %,' +
        'independent: persistence %,independent: trend %',
    );
    expect(out.split('\n')[1]).toMatch(/^2015-2023,2024-2025,/);
    const population = readFileSync('data/birth-to-25/population.csv', 'utf8');
    const short = population
      .split('\n')
      .filter((line) => !line.startsWith('2025,'))
      .join('\n');
    const missing = await runCommand([...args.slice(0, 5), '--population', 'short.csv', '--fit-years', '8'], {
      files: { 'short.csv': short },
    });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('error: short.csv, population.records: no population for 2025, NC years -5 to 20');
    // A fit year and a test year missing: both named in one run, against the population file.
    const holes = population
      .split('\n')
      .filter((line) => !/^20(17|25),/.test(line))
      .join('\n');
    const both = await runCommand([...args.slice(0, 5), '--population', 'holes.csv', '--fit-years', '8'], {
      files: { 'holes.csv': holes },
    });
    expect(both.code).toBe(2);
    expect(both.err).toContain(
      'holes.csv, population.records: no population for 2017, NC years -5 to 20: the fit needs it',
    );
    expect(both.err).toContain(
      'holes.csv, population.records: no population for 2025, NC years -5 to 20: the projection',
    );
    expect(both.err).not.toContain('estimateTransitions');
  });

  it('backtest-projection: a census the history lacks is named and left out, not scored as 0', async () => {
    // The Kent history without its 2020 and 2021 records: no census in 2021.
    const csv = readFileSync('data/kent/transitions-history.csv', 'utf8')
      .split('\n')
      .filter((line) => !/^202[01],/.test(line))
      .join('\n');
    const files = { 'gappy.csv': csv };
    const args = ['backtest-projection', '--history', 'gappy.csv', '--settings', 'data/kent/setting-codes.csv'];
    const one = await runCommand([...args, '--fit-years', '2', '--format', 'json'], { files });
    expect(one.code).toBe(0);
    const bt = JSON.parse(one.out);
    expect([bt.fitYears, bt.testYears, bt.missingYears]).toEqual([[2018, 2019], [2022, 2023, 2024, 2025], [2021]]);
    expect(Math.min(...bt.total.actual)).toBeGreaterThan(1000);
    expect(bt.total.mape).toBeLessThan(0.1);
    expect(one.err).toContain(
      'warning: gappy.csv: no census in 2021 (no transitions from 2020 or 2021): left out of the errors and ' +
        "of the baselines' fit rather than scored as 0 children",
    );
    const every = await runCommand([...args, '--format', 'csv'], { files });
    expect(every.code).toBe(0);
    // Each split tests every census after its fit; the years either side of the gap are written as runs.
    const splits = every.out.split('\n').slice(1, 5);
    expect(splits.map((line) => /^("[^"]*"|[^,]*),("[^"]*"|[^,]*),/.exec(line)?.[0])).toEqual([
      '2018-2019,"2020, 2022-2025",',
      '2018-2020,2022-2025,',
      '"2018-2020, 2022-2023",2024-2025,',
      '"2018-2020, 2022-2024",2025,',
    ]);
  });

  it('backtest-projection: a CSV history needs its setting mapping', async () => {
    const { code, err } = await runCommand(['backtest-projection', '--history', 'data/kent/transitions-history.csv']);
    expect(code).toBe(2);
    expect(err).toContain('add --settings FILE (code,setting)');
  });

  it('backtest-projection: --growth-damping and --recency-decay change the fit, and are echoed', async () => {
    const args = [...KENT, '--fit-years', '5', '--format', 'json'];
    const byDefault = await runCommand(args);
    const undamped = await runCommand([...args, '--growth-damping', '1', '--recency-decay', '0.5']);
    expect(byDefault.code).toBe(0);
    expect(undamped.code).toBe(0);
    expect(byDefault.err).toContain('fitted with joiner growth damping 0.3 and recency decay 1');
    expect(undamped.err).toContain('fitted with joiner growth damping 1 and recency decay 0.5');
    expect(JSON.parse(undamped.out).total.mape).not.toBe(JSON.parse(byDefault.out).total.mape);
  });

  it('backtest-projection: out-of-range fitting flags are named with the range, all at once, exit 2', async () => {
    const { code, err } = await runCommand([...KENT, '--growth-damping', '1.5', '--recency-decay', '0']);
    expect(code).toBe(2);
    expect(err).toContain('--recency-decay must be above 0');
    expect(err).not.toContain('recencyDecay');
    expect(err).toContain('--growth-damping: damping must be at most 1');
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('backtest-projection: --fit-years and --test-years too large say the largest value that works', async () => {
    const fit = await runCommand([...KENT, '--fit-years', '10']);
    expect(fit.code).toBe(2);
    expect(fit.err).toContain(
      '--fit-years must be at most 6: data/kent/transitions-history.csv has 7 record years, and a backtest needs ' +
        'at least one after the fit to test on',
    );
    expect(fit.err).not.toMatch(/testYears|fitYears|nothing was run/);
    const test = await runCommand([...KENT, '--fit-years', '3', '--test-years', '10']);
    expect(test.err).toContain('--test-years must be at most 4: data/kent/transitions-history.csv has 7 record years');
  });

  it('backtest-projection --test-years alone runs every split with that many years to test', async () => {
    const { code, out } = await runCommand([...KENT, '--test-years', '3', '--format', 'csv']);
    expect(code).toBe(0);
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => l.split(',')[0]),
    ).toEqual(['censuses fitted', '2018-2019', '2018-2020', '2018-2021', '2018-2022', 'mean']);
  });

  it('backtest-projection: rows the history left out are listed before the error they cause', async () => {
    // A year's rows saved with dates in calendar-year (01/09/2022): the history is left with one record year.
    const kent = readFileSync('data/kent/transitions-history.csv', 'utf8').split('\n');
    const rows = kent.filter((line) => /^202[23],/.test(line)).map((line) => line.replace(/^2022,/, '01/09/2022,'));
    const { code, err } = await runCommand(['backtest-projection', '--history', 'h.csv', ...KENT.slice(3)], {
      files: { 'h.csv': [kent[0], ...rows].join('\n') },
    });
    expect(code).toBe(2);
    expect(err).toContain(
      'warning: h.csv line 2, calendar-year: must be a calendar year, a whole number such as 2024 (row not imported)',
    );
    expect(err).toMatch(/h\.csv: [\d,]+ rows read, [\d,]+ imported, [\d,]+ rejected/);
    expect(err.indexOf('warning: h.csv line 2')).toBeLessThan(err.indexOf('error: h.csv: holds 1 record year'));
  });
});
