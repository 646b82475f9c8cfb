import { describe, expect, it } from 'vitest';
import { describeAssumption } from '../../src/report/assumption-words.js';
import { formatDecimals } from '../../src/report/figure-format.js';
import { sharedDecimals, writeAssumptionValues } from '../../src/report/rate-precision.js';

describe('sharedDecimals', () => {
  it('holds its doc examples', () => {
    expect(
      sharedDecimals([
        [2, 7],
        [80, 120],
      ]),
    ).toBe(0);
    expect(
      sharedDecimals([
        [2, 7],
        [3.63, 5.35],
      ]),
    ).toBe(1);
  });

  it('keeps a second decimal where one would write 0.15% and 0.22% alike', () => {
    expect(
      sharedDecimals([
        [0.15, 0.22],
        [20, 30],
      ]),
    ).toBe(2);
  });

  it('adds decimals until each low reads apart from its high', () => {
    expect(sharedDecimals([[40.01, 40.04]])).toBe(2);
    expect(sharedDecimals([[5, 5]])).toBe(0);
  });

  it('stops at 4 decimals, and needs none for no rates or zeros', () => {
    expect(sharedDecimals([[1e-9, 2e-9]])).toBe(4);
    expect(sharedDecimals([])).toBe(0);
    expect(sharedDecimals([[0, 0]])).toBe(0);
  });
});

describe('writeAssumptionValues', () => {
  it('holds its doc example: whole percentages when they read apart', () => {
    const growth = describeAssumption('joiners.growthRate');
    const asd = describeAssumption('joiners.byNeed.ASD.scale');
    expect(
      writeAssumptionValues([
        { words: growth, low: 0.02, high: 0.07 },
        { words: asd, low: 0.8, high: 1.2 },
      ]),
    ).toEqual([
      { low: '2%', high: '7%' },
      { low: '80%', high: '120%' },
    ]);
    expect(formatDecimals(3.6321, 1)).toBe('3.6');
    expect(formatDecimals(1600, 0)).toBe('1,600');
  });

  it('writes a rate per 1,000 to the shared precision and a count as its words do', () => {
    const rate = describeAssumption('joiners.entries[0].rate');
    const count = describeAssumption('joiners.entries[0].count');
    expect(
      writeAssumptionValues([
        { words: rate, low: 0.003, high: 0.00275 },
        { words: count, low: 1600, high: 2400 },
      ]),
    ).toEqual([
      { low: '3.0', high: '2.8' }, // not '3' beside '2.8'
      { low: '1,600', high: '2,400' },
    ]);
  });
});
