import { describe, expect, it } from 'vitest';
import { readChildrenCsv } from '../../src/io/children-csv.js';
import { outsideBritainWarnings } from '../../src/io/outside-britain.js';
import { readRecords } from '../../src/io/read-records.js';

describe('outsideBritainWarnings', () => {
  it('holds its doc example', () => {
    expect(outsideBritainWarnings([{ lat: 1.08, lon: 51.28 }], [4], "child's home", 'line')).toEqual([
      "1 child's home lies outside Great Britain and Northern Ireland (line 4): latitude and longitude look swapped",
    ]);
  });

  it('says nothing of points in Britain, from Cornwall and Shetland to Antrim and Kent', () => {
    const points = [
      { lat: 50.07, lon: -5.71 },
      { lat: 60.8, lon: -0.8 },
      { lat: 54.7, lon: -6.2 },
      { lat: 51.13, lon: 1.31 },
    ];
    expect(outsideBritainWarnings(points, [1, 2, 3, 4], "school's location", 'item')).toEqual([]);
  });

  it('lists where, never the coordinates, and asks to check them when swapping would not help', () => {
    const points = Array.from({ length: 7 }, () => ({ lat: 48.85, lon: 2.35 }));
    const [warning] = outsideBritainWarnings(points, [2, 3, 4, 5, 6, 7, 8], "child's home", 'line');
    expect(warning).toBe(
      "7 child's homes lie outside Great Britain and Northern Ireland (lines 2, 3, 4, 5, 6 and 2 more): " +
        'check latitude and longitude',
    );
    expect(warning).not.toMatch(/48|2\.35/);
  });
});

describe('the readers warn of points outside Britain', () => {
  const csv = 'id,primaryNeed,ncYear,home.lat,home.lon\nA1,ASD,8,1.08,51.28\nA2,ASD,8,51.28,1.08\n';

  it('from a children CSV, by line, importing the rows', () => {
    const result = readChildrenCsv(csv);
    expect(result.summary.imported).toBe(2);
    expect(result.warnings).toEqual([
      "1 child's home lies outside Great Britain and Northern Ireland (line 2): latitude and longitude look swapped",
    ]);
  });

  it('from JSON children, by item', () => {
    const children = readChildrenCsv(csv).records;
    expect(readRecords('children', JSON.stringify(children), 'children.json').warnings).toEqual([
      "1 child's home lies outside Great Britain and Northern Ireland (item 1): latitude and longitude look swapped",
    ]);
  });
});
