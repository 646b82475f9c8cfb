import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/cli/format-output.js';
import { seriesTables } from '../../src/cli/series-tables.js';
import type { FigureKind } from '../../src/report/figure-format.js';

const table = (items: readonly { name: string }[], kind: FigureKind, withSeries: boolean): Table => ({
  columns: [...(withSeries ? ['series'] : []), { key: 'v', kind }],
  rows: items.map((d) => ({ ...(withSeries ? { series: d.name } : {}), v: 1 })),
});

describe('seriesTables', () => {
  it('gives one table with a series column when every series is in the same unit', () => {
    const tables = seriesTables(
      [
        { name: 'A', kind: 'count' },
        { name: 'B', kind: 'count' },
      ],
      true,
      table,
    );
    expect(tables).toEqual([table([{ name: 'A' }, { name: 'B' }], 'count', true)]);
  });

  it('gives one titled table a series, each in its own unit, when the units differ', () => {
    const tables = seriesTables(
      [
        { name: 'Spend', kind: 'gbp' },
        { name: 'Placements', kind: 'count' },
      ],
      true,
      table,
    );
    expect(tables.map((t) => [t.title, t.columns])).toEqual([
      ['Spend', [{ key: 'v', kind: 'gbp' }]],
      ['Placements', [{ key: 'v', kind: 'count' }]],
    ]);
  });

  it('gives one untitled table without a series column for a file of one series', () => {
    expect(seriesTables([{ name: 'spend', kind: 'gbp' }], false, table)).toEqual([
      table([{ name: 'spend' }], 'gbp', false),
    ]);
  });
});
