import { describe, expect, it } from 'vitest';
import { backtest } from '../../../src/index.js';
import { blankMaseNote, unreachedHorizonsNote } from '../../../src/cli/commands/backtest.js';
import { runCommand } from '../support/run-command.js';

describe('send-placement backtest', () => {
  it('reports a series too short to backtest by name while the others complete', async () => {
    const files = {
      'kent.json': JSON.stringify([
        {
          area: 'Kent',
          category: 'Independent school',
          start: 2018,
          values: [464, 551, 623, 749, 838, 937, 1048, 1172],
        },
        { area: 'Kent', category: 'Hospital school', start: 2024, values: [5, 6] },
      ]),
    };
    const { code, out, err } = await runCommand(['backtest', '--series', 'kent.json', '--format', 'csv'], { files });
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('series,horizon,forecasts compared,sMAPE %,MASE,MAE');
    expect(out).toMatch(/^Kent: Independent school,overall,\d+,/m);
    expect(err).toMatch(/^warning: series "Kent: Hospital school" \(item 2\) not backtested: .*at least 3 values/m);
  });

  it('says in its help what sMAPE, MASE and MAE measure, and what an origin and a horizon are', async () => {
    const { code, out } = await runCommand(['backtest', '--help']);
    expect(code).toBe(0);
    const help = out.replace(/\s+/g, ' ');
    expect(help).toContain('(rolling origin: an origin is the last year a fit sees)');
    expect(help).toContain('Each row is one horizon (1 = a year ahead): sMAPE is its error as a percentage');
    expect(help).toContain("MASE its error against repeating the last year's value (under 1 beats that)");
    expect(help).toContain("MAE its mean error in the series' own unit.");
  });

  it("says the overall sMAPE as a percentage in its note, as forecast's notes do", async () => {
    const files = { 's.json': JSON.stringify({ start: 2021, values: [820, 930, 1050, 1172] }) };
    const { err } = await runCommand(['backtest', '--series', 's.json', '--format', 'csv'], { files });
    expect(err).toMatch(/^auto, 1 origin, overall sMAPE \d+\.\d\d%$/m);
  });

  it('leaves a horizon no origin reached blank rather than a perfect 0', async () => {
    const files = { 's.json': JSON.stringify({ start: 2021, values: [820, 930, 1050, 1172] }) };
    const { out } = await runCommand(['backtest', '--series', 's.json', '--format', 'csv'], { files });
    expect(out.split('\n')[2]).toBe('2,0,,,');
  });

  it('says why a horizon is blank: no origin left that many years to compare', async () => {
    const files = { 's.json': JSON.stringify({ start: 2021, values: [820, 930, 1050, 1172] }) };
    const { err } = await runCommand(['backtest', '--series', 's.json', '--format', 'csv'], { files });
    expect(err).toContain(
      'no forecast 2 or 3 years ahead to compare: the first fit takes 3 of the 4 years, so 1 year follows it; ' +
        'those rows are blank (a smaller --min-train looks further ahead)',
    );
    const reached = backtest([820, 930, 1050, 1172], 'naive', { minTrain: 2, horizon: 2 });
    expect(unreachedHorizonsNote(reached, 4)).toBeUndefined();
    expect(unreachedHorizonsNote(backtest([1, 2, 3, 4, 5, 6, 7, 8], 'naive'), 8)).toBe(
      'no forecast 3 years ahead to compare: the first fit takes 6 of the 8 years, so 2 years follow it; that row ' +
        'is blank (a smaller --min-train looks further ahead)',
    );
  });

  it('says why MASE is blank for a series whose first years never changed, and keeps sMAPE and MAE', async () => {
    const files = { 's.json': JSON.stringify({ start: 2016, values: [100, 100, 100, 100, 100, 100, 100, 50] }) };
    const { out, err } = await runCommand(['backtest', '--series', 's.json', '--method', 'naive', '--format', 'csv'], {
      files,
    });
    expect(out.split('\n')[1]).toBe('1,2,33.3333,,25');
    expect(err).toContain(
      'MASE is blank: the first 6 years, which the first fit takes, never changed, so there is no yearly change to ' +
        'measure the errors against; sMAPE and MAE still say how far the forecasts missed',
    );
    expect(blankMaseNote(backtest([100, 101, 100, 100, 100, 100, 100, 50], 'naive'), 8)).toBeUndefined();
  });

  it('names the series a blank horizon belongs to in a file of several', async () => {
    const files = {
      's.json': JSON.stringify([
        { name: 'Long', start: 2010, values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
        { name: 'Short', start: 2021, values: [820, 930, 1050] },
      ]),
    };
    const { err } = await runCommand(['backtest', '--series', 's.json', '--format', 'csv'], { files });
    expect(err).toMatch(/^Short: no forecast 2 or 3 years ahead to compare: the first fit takes 2 of the 3 years/m);
    expect(err).not.toMatch(/^Long: no forecast/m);
  });

  it('is bad input naming the problem when every series fails', async () => {
    const files = {
      's.json': JSON.stringify([
        { name: 'Tiny', start: 2024, values: [5, 6] },
        { name: 'Small', start: 2024, values: [1, 2] },
      ]),
    };
    const { code, err } = await runCommand(['backtest', '--series', 's.json'], { files });
    expect(code).toBe(2);
    expect(err).toMatch(/^error: s\.json, series "Tiny" \(item 1\), series\.values: /m);
    expect(err).toMatch(/^error: s\.json, series "Small" \(item 2\), /m);
  });
});
