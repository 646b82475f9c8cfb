import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy } from '../../src/schema/policy.js';
import { issuesOf } from '../support/issues-of.js';

describe('parsePolicy', () => {
  it('fills every field from the defaults when given nothing', () => {
    expect(parsePolicy(undefined)).toEqual(DEFAULT_POLICY);
    expect(parsePolicy({})).toEqual(DEFAULT_POLICY);
  });

  it('keeps the defaults of a nested group when one of its fields is given', () => {
    const policy = parsePolicy({ weights: { travel: 0.6 }, travel: { costPerKmGbp: 2 } });
    expect(policy.weights).toEqual({ ...DEFAULT_POLICY.weights, travel: 0.6 });
    expect(policy.travel).toEqual({ ...DEFAULT_POLICY.travel, costPerKmGbp: 2 });
  });

  it('parses the defaults to themselves', () => {
    expect(parsePolicy(structuredClone(DEFAULT_POLICY))).toEqual(DEFAULT_POLICY);
  });

  it('rejects negative weights, all-zero weights, an inverted cost band and rates above 1', () => {
    expect(issuesOf(() => parsePolicy({ weights: { cost: -1 } })).map((i) => i.path)).toEqual(['weights.cost']);
    expect(
      issuesOf(() => parsePolicy({ weights: { need: 0, quality: 0, capacity: 0, cost: 0, travel: 0 } })).map(
        (i) => i.path,
      ),
    ).toEqual(['weights']);
    expect(issuesOf(() => parsePolicy({ costBand: { lowGbp: 90000, highGbp: 30000 } })).map((i) => i.path)).toEqual([
      'costBand.highGbp',
    ]);
    expect(
      issuesOf(() => parsePolicy({ consultation: { acceptanceByLot: { lot1: 1.5 } } })).map((i) => i.path),
    ).toEqual(['consultation.acceptanceByLot.lot1']);
  });

  it('reads lots as a caseworker writes them, as schools files do', () => {
    expect(parsePolicy({ allowedLots: ['Lot 1', 'LOT2', 'None'] }).allowedLots).toEqual(['lot1', 'lot2', 'none']);
  });

  it('reads a strategy in any case and spacing, as other labels are read', () => {
    expect(parsePolicy({ strategy: 'TOPSIS' }).strategy).toBe('topsis');
    expect(parsePolicy({ strategy: 'Framework First Nearest' }).strategy).toBe('framework-first-nearest');
  });

  it('rejects an unknown strategy and an empty list of lots', () => {
    const issues = issuesOf(() => parsePolicy({ strategy: 'random', allowedLots: [] }));
    expect(issues.map((i) => i.path)).toEqual(['strategy', 'allowedLots']);
  });

  it('gives every default a reason next to it', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('../../src/schema/policy.ts', import.meta.url), 'utf8');
    const block = source.slice(source.indexOf('export const DEFAULT_POLICY'), source.indexOf('export type Policy'));
    const lines = block.split('\n');
    lines.forEach((line, i) => {
      const isDefault =
        /^\s+\w+: [\d'[]/.test(line) && !/^\s+(lot1|lot2|none|outstanding|good|inadequate|'requires|'not)/.test(line);
      if (isDefault) expect(`${lines[i - 1]}\n${line}`, 'a default without a reason').toMatch(/\/\/|\*\//);
    });
  });
});
