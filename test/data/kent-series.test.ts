// The year,value series in data/kent: their values are what data/README.md says they are.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeriesCsv } from '../../src/io/series-csv.js';

const kent = (file: string) => readFileSync(new URL(`../../data/kent/${file}`, import.meta.url), 'utf8');

describe('data/kent series files', () => {
  it("nmiss-spend.csv holds the four published years of Kent's NMISS spend, to the pound", () => {
    const figures = JSON.parse(kent('figures.json')) as { key: string; value: number }[];
    const published = ['nmissSpend2017_18', 'nmissSpend2018_19', 'nmissSpend2019_20', 'nmissSpend2020_21'].map(
      (key) => figures.find((f) => f.key === key)?.value,
    );
    const read = readSeriesCsv(kent('nmiss-spend.csv'));
    expect(read.rejected).toEqual([]);
    expect(read.series).toEqual({ start: 2017, values: published });
  });

  it('independent-placements.csv is the yearly total of placements-by-need.csv, ending at the published 1,172', () => {
    const totals = new Map<number, number>();
    for (const line of kent('placements-by-need.csv').trim().split('\n').slice(1)) {
      const [year, , count] = line.split(',');
      totals.set(Number(year), (totals.get(Number(year)) ?? 0) + Number(count));
    }
    const read = readSeriesCsv(kent('independent-placements.csv'));
    expect(read.series?.start).toBe(2015);
    expect(read.series?.values).toEqual([...totals.values()]);
    expect(read.series?.values.at(-1)).toBe(1172);
  });

  it("scenario-2025.json's joiners state in their source the count they have: the report prints both", () => {
    const scenario = JSON.parse(kent('scenario-2025.json')) as {
      joiners: { entries: { count: number; source: string }[] };
    };
    for (const { count, source } of scenario.joiners.entries) {
      const stated = /about ([\d,]+) new EHCPs/.exec(source)?.[1];
      if (stated !== undefined) expect(Number(stated.replace(/,/g, ''))).toBe(count);
    }
    expect(scenario.joiners.entries[0].source).toContain('about 2,000 new EHCPs a year outside the Year 7 transfer');
  });
});
