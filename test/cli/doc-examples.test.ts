// The @example of the command's building blocks, run as written.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { rankCommand } from '../../src/cli/commands/rank.js';
import { EXIT_CODE } from '../../src/cli/exit-code.js';
import { formatOutput, OUTPUT_FORMATS, plainColumns, renderTable } from '../../src/cli/format-output.js';
import { seriesKind } from '../../src/cli/commands/forecast.js';
import { commandHelp, globalHelp } from '../../src/cli/help.js';
import { InputError } from '../../src/cli/input-error.js';
import { locateJsonLines } from '../../src/cli/locate-json-lines.js';
import { COMMON_OPTIONS, parseCommandArgs } from '../../src/cli/parse-command-args.js';
import { readInput } from '../../src/cli/read-input.js';
import { reportError } from '../../src/cli/report-error.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { sufficiencyCommand } from '../../src/cli/commands/sufficiency.js';
import { SKIP_INVALID_OPTION } from '../../src/cli/read-input.js';
import { unitFromName } from '../../src/cli/read-series-input.js';
import { DEFAULT_SEED, SIMULATION_OPTIONS, SIMULATION_PERCENTILES, runsOf } from '../../src/cli/simulation-flags.js';
import { roundName } from '../../src/report/sections/cohort-section.js';
import { layoutIssue, nameHint, nothingImported } from '../../src/cli/nothing-imported.js';
import { flagError, flagMessage, flagOf } from '../../src/cli/flag-issues.js';
import { CAPACITY_PLAN_OPTIONS, withoutPlannedAdditions } from '../../src/cli/capacity-plan-flags.js';
import { parseScenario } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { METHOD_OPTION, methodOf } from '../../src/cli/method-flag.js';
import { backtestCommand } from '../../src/cli/commands/backtest.js';
import { forecastCommand } from '../../src/cli/commands/forecast.js';
import { memoryIo } from './support/memory-io.js';

describe('cli doc examples', () => {
  it('hold as written', async () => {
    expect(EXIT_CODE.badInput).toBe(2);
    expect(new UsageError('--limit must be a whole number of at least 1', 'rank').message).toBe(
      '--limit must be a whole number of at least 1',
    );
    const e = new InputError('schools.csv', [
      { path: 'vacancies', line: 4, column: 'vacancies', message: 'must be 0 or more' },
    ]);
    expect(e.message).toBe('schools.csv: 1 problem');
    expect(locateJsonLines('[\n  {"id": "C1"},\n  {"id": ""}\n]', ['[1].id', '[1].home'])).toEqual(
      new Map([
        ['[1].id', 3],
        ['[1].home', 3],
      ]),
    );
    expect(
      formatOutput(
        { json: [{ urn: '1', score: 0.5 }], tables: [{ columns: ['urn', 'score'], rows: [{ urn: '1', score: 0.5 }] }] },
        'table',
      ),
    ).toBe('urn  score\n---  -----\n1     0.50\n');
    expect(renderTable({ columns: ['year', 'places'], rows: [{ year: 2025, places: 1172 }] })).toBe(
      'year  places\n----  ------\n2025    1172\n',
    );
    expect(OUTPUT_FORMATS.includes('csv')).toBe(true);
    expect(Object.keys(COMMON_OPTIONS)).toEqual(['format', 'out', 'help']);
    expect(globalHelp(COMMANDS).split('\n')[0]).toBe(
      'send-placement — placement matching and sufficiency forecasting for SEND teams',
    );
    expect(commandHelp(rankCommand).startsWith('Usage: send-placement rank')).toBe(true);
    expect(
      parseCommandArgs(rankCommand, ['--schools', 's.csv', '--child', 'c.json', '--limit', '5']).integer(
        'limit',
        { min: 1 },
        10,
      ),
    ).toBe(5);
    expect(COMMANDS.map((c) => c.name).slice(0, 2)).toEqual(['rank', 'allocate']);
    const io = memoryIo();
    expect((await readInput(io, 'schools', 'test/cli/fixtures/schools.csv')).records.length).toBe(6);
    expect(reportError(new UsageError('unknown command "rnak"'), io)).toBe(2);
    expect(DEFAULT_SEED).toBe(1);
    expect(SIMULATION_PERCENTILES).toEqual([5, 50, 95]);
    expect(Object.keys(SIMULATION_OPTIONS)).toEqual(['runs', 'seed']);
    expect(
      runsOf(parseCommandArgs(sufficiencyCommand, ['--scenario', 's.json', '--runs', '500']), 'sufficiency'),
    ).toEqual({
      runs: 500,
      seed: 1,
    });
    expect(Object.keys(SKIP_INVALID_OPTION)).toEqual(['skip-invalid']);
    expect(unitFromName('data/kent/nmiss-spend.csv')).toBe('GBP');
    expect(roundName(7)).toBe('the Year 7 transfer round');
    expect(io.err()).toBe('error: unknown command "rnak"\nRun \'send-placement --help\' for usage.\n');
    expect(
      layoutIssue(new TextEncoder().encode('urn,name\n1,Oak\n'), {
        required: ['time_period'],
        what: 'a SEN2 file',
        instead: 'download it again',
      }),
    ).toEqual({
      path: '(file)',
      line: 1,
      message: 'is not a SEN2 file: it has no column time_period (its columns are urn, name); download it again',
    });
    expect(nothingImported('gg.csv', [], '2 closed').issues[0].message).toBe('nothing imported: 2 closed');
    expect(seriesKind([820, 930, 1050], undefined)).toBe('count');
    expect(seriesKind([27911115, 34167515], 'GBP')).toBe('gbp');
    expect(seriesKind([27.9, 34.2], 'GBP')).toBe('number');
    expect(
      plainColumns(
        [
          { key: 'mean', kind: 'gbp' },
          { key: 'mase', kind: 'score' },
        ],
        ['gbp', 'count'],
      ),
    ).toEqual([
      { key: 'mean', kind: 'number' },
      { key: 'mase', kind: 'score' },
    ]);
    expect(Object.keys(CAPACITY_PLAN_OPTIONS)).toEqual(['candidates', 'budget', 'objective', 'step', 'without-plan']);
    const kent = parseScenario(JSON.parse(readFileSync('data/kent/scenario-2025.json', 'utf8')));
    expect(withoutPlannedAdditions(kent).capacity.srp?.additions).toEqual([]);
    expect(kent.capacity.srp?.additions.length).toBeGreaterThan(0); // the scenario itself is left as it was
    expect(flagOf('minTrain')).toBe('min-train');
    expect(flagMessage('minTrain', 'minTrain must be at least 2')).toBe('--min-train must be at least 2');
    expect(flagMessage('method', 'unknown method')).toBe('--method: unknown method');
    const flagged = flagError(
      new InputError('spend.csv', [{ path: 'options.minTrain', message: 'minTrain must be at least 2' }]),
      backtestCommand,
    );
    expect(flagged).toBeInstanceOf(UsageError);
    expect((flagged as Error).message).toBe('--min-train must be at least 2');
    const parse = (method: string) => parseCommandArgs(forecastCommand, ['--series', 's.csv', '--method', method]);
    expect(methodOf(parse('Theta'), 'forecast')).toBe('theta');
    expect(() => methodOf(parse('thetta'), 'forecast')).toThrow(
      '--method: unknown method "thetta"; did you mean theta? The methods are auto, naive,',
    );
    expect(METHOD_OPTION.method.value).toBe('NAME');
    expect(nameHint('Kentt', ['Kent', 'Medway'])).toBe('did you mean "Kent"?');
    expect(nameHint('Surrey', ['Kent', 'Medway'])).toBe('the file has Kent, Medway');
  });
});
