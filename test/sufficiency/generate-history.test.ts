import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateHistory } from '../../data/generate-history.js';
import { generateBirthTo25 } from '../../data/synthetic/birth-to-25.js';
import { importPopulation } from '../../src/io/import-population.js';
import { importTransitions } from '../../src/io/import-transitions.js';

const committed = (path: string) => readFileSync(new URL(`../../data/${path}`, import.meta.url), 'utf8');

describe('data/generate-history.ts', () => {
  it('rebuilds the committed transitions history and setting codes byte for byte', () => {
    for (const [name, text] of Object.entries(generateHistory()))
      expect(text === committed(`kent/${name}`), name).toBe(true);
  });

  it('rebuilds the birth-to-25 history, population and setting codes byte for byte', () => {
    for (const [name, text] of Object.entries(generateBirthTo25()))
      expect(text === committed(`birth-to-25/${name}`), name).toBe(true);
  });

  it('writes a birth-to-25 history that imports without a rejection, NC years -5 to 20 and all', () => {
    const history = importTransitions(
      committed('birth-to-25/transitions-history.csv'),
      committed('birth-to-25/setting-codes.csv'),
    );
    expect(history.rejected).toEqual([]);
    expect(history.warnings).toEqual([]);
    const years = history.records.flatMap((r) => [r.ncYear1, r.ncYear2]).filter((y) => y !== undefined);
    expect([Math.min(...years), Math.max(...years)]).toEqual([-5, 20]);
    const population = importPopulation(committed('birth-to-25/population.csv'));
    expect(population.rejected).toEqual([]);
    expect(population.summary.imported).toBe(21 * 26); // 2015-2035, NC years -5 to 20
  });
});
