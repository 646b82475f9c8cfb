import { describe, expect, it } from 'vitest';
import { formatOutput, renderTable, tableCsv } from '../../src/cli/format-output.js';

describe('formatOutput', () => {
  it('holds its doc examples', () => {
    expect(
      formatOutput(
        { json: [{ urn: '1', score: 0.5 }], tables: [{ columns: ['urn', 'score'], rows: [{ urn: '1', score: 0.5 }] }] },
        'table',
      ),
    ).toBe('urn  score\n---  -----\n1     0.50\n');
    expect(
      renderTable({ columns: ['year', { key: 'places', kind: 'count' }], rows: [{ year: 2025, places: 1171.6 }] }),
    ).toBe('year  places\n----  ------\n2025   1,172\n');
    expect(tableCsv({ columns: [{ key: 'p', label: 'places', kind: 'count' }], rows: [{ p: 1092.830354 }] })).toBe(
      'places\n1092.8\n',
    );
  });

  it('writes CSV numbers without float noise, each to the precision of its kind', () => {
    const csv = tableCsv({
      columns: [
        { key: 'children', kind: 'count' },
        { key: 'spend', kind: 'gbp' },
        { key: 'rate', kind: 'rate' },
        { key: 'plain' },
      ],
      rows: [{ children: 977.518369, spend: 387801105.907344, rate: 0.23875000000000002, plain: 0.1 + 0.2 }],
    });
    expect(csv).toBe('children,spend,rate,plain\n977.5,387801106,0.2388,0.3\n');
  });

  it('heads a percent column with its unit in CSV, where its cells drop the % sign the table shows', () => {
    const table = { columns: [{ key: 'smape', label: 'sMAPE', kind: 'percent' as const }], rows: [{ smape: 5.17214 }] };
    expect(tableCsv(table)).toBe('sMAPE %\n5.1721\n');
    expect(renderTable(table)).toBe('sMAPE\n-----\n5.17%\n');
    expect(tableCsv({ ...table, columns: [{ ...table.columns[0], label: 'error (%)' }] })).toBe('error (%)\n5.1721\n');
  });

  it('writes children whole, spend in £m, and wraps long headings between words in a table', () => {
    const text = renderTable({
      columns: [
        'year',
        { key: 'a', label: 'independent, no new places', kind: 'count' },
        { key: 's', label: 'spend £, independent and non-maintained', kind: 'gbp' },
      ],
      rows: [
        { year: 2025, a: 1172, s: 83_685_244 },
        { year: 2026, a: 1248.43, s: 89_734_037 },
      ],
    });
    expect(text).toBe(
      [
        '                           spend £,',
        '                        independent',
        '       independent,             and',
        'year  no new places  non-maintained',
        '----  -------------  --------------',
        '2025          1,172          £83.7m',
        '2026          1,248          £89.7m',
        '',
      ].join('\n'),
    );
  });

  it('groups whole numbers throughout a plain column once any reaches 10,000', () => {
    const lines = renderTable({
      columns: ['n', 'm'],
      rows: [
        { n: 6000, m: 6000 },
        { n: 51_700, m: 12 },
      ],
    }).split('\n');
    expect(lines.slice(2, 4).map((l) => l.trim().split(/\s+/))).toEqual([
      ['6,000', '6000'],
      ['51,700', '12'],
    ]);
  });

  it('gives all £m columns of a table the decimals that keep the smallest sum under £1m readable', () => {
    const columns = [
      { key: 'budget', label: 'budget £', kind: 'gbp' as const },
      { key: 'capital', label: 'capital £', kind: 'gbp' as const },
    ];
    const rows = [125_000, 250_000, 1_000_000].map((v) => ({ budget: v, capital: v }));
    const lines = renderTable({ columns, rows }).split('\n');
    expect(lines.slice(2, 5).map((l) => l.trim().split(/\s+/))).toEqual([
      ['£0.13m', '£0.13m'],
      ['£0.25m', '£0.25m'],
      ['£1.00m', '£1.00m'],
    ]);
    const tiny = renderTable({ columns, rows: [{ budget: 5_000, capital: 2_000_000 }] }).split('\n')[2];
    expect(tiny.trim().split(/\s+/)).toEqual(['£0.005m', '£2.000m']); // one scale for both, however small
    const pounds = renderTable({ columns, rows: [{ budget: 5_000, capital: 20_000 }] }).split('\n')[2];
    expect(pounds.trim().split(/\s+/)).toEqual(['5,000', '20,000']); // no column reaches £1m: whole pounds
  });

  it("writes £m to a table's millionsDecimals when sums a few thousand pounds apart must read apart", () => {
    const columns = [
      { key: 'budget', label: 'budget £', kind: 'gbp' as const },
      { key: 'capital', label: 'capital £', kind: 'gbp' as const },
    ];
    const rows = [{ budget: 6_000_000, capital: 5_960_000 }];
    const row = (table: Parameters<typeof renderTable>[0]) => renderTable(table).split('\n')[2].trim().split(/\s+/);
    expect(row({ columns, rows })).toEqual(['£6.0m', '£6.0m']);
    expect(row({ columns, rows, millionsDecimals: 2 })).toEqual(['£6.00m', '£5.96m']);
    expect(row({ columns, rows: [{ budget: 125_000, capital: 1e6 }], millionsDecimals: 2 })).toEqual([
      '£0.13m',
      '£1.00m',
    ]);
  });
});
