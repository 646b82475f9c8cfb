import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeriesCsv } from '../../src/io/series-csv.js';
import { censusYear, importSen2, writeSen2Csv } from '../../src/io/import-sen2.js';
import { readCsv } from '../../src/io/read-csv.js';

const sen2 = readFileSync(new URL('../fixtures/sen2-sample.csv', import.meta.url));

describe('importSen2', () => {
  it('gives one series per local authority and establishment type, counting totals only once', () => {
    const { records } = importSen2(sen2, { la: 'Kent' });
    expect(records.map((r) => r.category)).toEqual([
      'Independent school',
      'Non-maintained special school',
      'Resourced provision or SEN unit',
    ]);
    expect(records[0]).toEqual({
      area: 'Kent',
      areaCode: 'E10000016',
      category: 'Independent school',
      series: { start: 2021, values: [820, 930, 1050, 1172] },
    });
  });

  it('counts suppressed values, and starts a series after a missing year with a warning', () => {
    const result = importSen2(sen2, { la: 'E06000035' });
    expect(result.records).toEqual([
      {
        area: 'Medway',
        areaCode: 'E06000035',
        category: 'Independent school',
        series: { start: 2023, values: [110, 121] },
      },
    ]);
    expect(result.summary.suppressed).toBe(1);
    expect(result.warnings).toContain('Medway, Independent school: year 2022 is missing, so the series starts in 2023');
  });

  it('loses no row: read = imported + rejected + suppressed + left out', () => {
    const { summary } = importSen2(sen2);
    expect(summary.imported + summary.rejected + summary.suppressed + summary.leftOut).toBe(summary.read);
  });

  it('reads the national level and other column names when told', () => {
    const { records } = importSen2(sen2, { level: 'National' });
    expect(records).toEqual([
      {
        area: 'England',
        category: 'Independent school',
        series: { start: 2021, values: [21000, 23500, 26000, 28900] },
      },
    ]);
    const custom = importSen2('period,place,plans\n202324,Independent,10\n202425,Independent,12\n', {
      columns: { year: 'period', category: 'place', value: 'plans' },
    });
    expect(custom.records).toEqual([
      { area: 'Local authority', category: 'Independent', series: { start: 2024, values: [10, 12] } },
    ]);
  });

  it('rejects an unreadable year or count and a repeated year with their lines', () => {
    const csv =
      'time_period,la_name,establishment_type,num_caseload\n2023,Kent,X,5\n20x3,Kent,X,5\n2024,Kent,X,-1\n' +
      '2023,Kent,X,6\n';
    const result = importSen2(csv);
    expect(result.rejected.map((r) => [r.line, r.column])).toEqual([
      [3, 'time_period'],
      [4, 'num_caseload'],
      [5, 'time_period'],
    ]);
    expect(result.summary).toMatchObject({ read: 4, imported: 1, rejected: 3 });
  });

  it('takes the January census year of an academic year', () => {
    expect(censusYear('202425')).toBe(2025);
    expect(censusYear('2019')).toBe(2019);
    expect(censusYear('202427')).toBeUndefined();
    expect([censusYear('2024/25'), censusYear('1999/00'), censusYear('2024-2025')]).toEqual([2025, 2000, 2025]);
  });

  it('writes the series as long CSV whose year,value columns read back as a series', () => {
    const { records } = importSen2(sen2, { la: 'Kent' });
    const kentIndependent = writeSen2Csv(records.slice(0, 1));
    expect(readSeriesCsv(kentIndependent).series).toEqual(records[0].series);
  });

  it('keeps the age bands of the age-group files as their own series, with the NC years each covers', () => {
    const head = 'time_period,geographic_level,la_name,age,ehcp_or_statement,num_caseload\n';
    const rows = [
      ['Under age 5', 100, 120],
      ['Age 5 to 10', 900, 990],
      ['Age 11 to 15', 1000, 1080],
      ['Age 16 to 19', 500, 560],
      ['Age 20 to 25', 80, 110],
      ['Total', 2580, 2860],
    ].flatMap(([age, a, b]) => [
      `2024,Local authority,Kent,${age},Total,${a}`,
      `2024,Local authority,Kent,${age},EHCP,${a}`,
      `2025,Local authority,Kent,${age},Total,${b}`,
    ]);
    const { records, summary, rejected } = importSen2(`${head}${rows.join('\n')}\n`);
    expect(rejected).toEqual([]);
    expect(records.map((r) => [r.ageBand, r.ncYears, r.series.values])).toEqual([
      ['Under age 5', [-5, 0], [100, 120]],
      ['Age 5 to 10', [1, 6], [900, 990]],
      ['Age 11 to 15', [7, 11], [1000, 1080]],
      ['Age 16 to 19', [12, 15], [500, 560]],
      ['Age 20 to 25', [16, 20], [80, 110]],
      ['Total', undefined, [2580, 2860]],
    ]);
    expect(summary).toEqual({ read: 18, imported: 12, rejected: 0, suppressed: 0, leftOut: 6 });
    const written = readCsv(writeSen2Csv(records.slice(3, 4)));
    expect(written.records[0]).toEqual({
      area: 'Kent',
      areaCode: '',
      category: 'Total',
      ageBand: 'Age 16 to 19',
      ncYearFrom: '12',
      ncYearTo: '15',
      year: '2024',
      value: '500',
    });
  });

  it('keeps an age band it does not know, without NC years, and says so', () => {
    const csv = 'time_period,la_name,age,num_caseload\n2024,Kent,Age 0 to 25 and over,7\n';
    const { records, warnings } = importSen2(csv);
    expect(records[0]).toMatchObject({ ageBand: 'Age 0 to 25 and over', series: { start: 2024, values: [7] } });
    expect(records[0].ncYears).toBeUndefined();
    expect(warnings).toContain('age bands Age 0 to 25 and over are not ones the DfE publishes: kept without NC years');
  });
});
