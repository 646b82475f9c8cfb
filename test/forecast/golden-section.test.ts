import { describe, expect, it } from 'vitest';
import { goldenSection } from '../../src/forecast/golden-section.js';

describe('goldenSection', () => {
  it('finds the minimum of a unimodal function', () => {
    expect(goldenSection((a) => (a - 0.25) ** 2, 0, 1)).toBeCloseTo(0.25, 3);
  });
  it('returns an end of the interval when the function is monotone', () => {
    expect(goldenSection((a) => a, 0.05, 0.95)).toBeCloseTo(0.05, 3);
    expect(goldenSection((a) => -a, 0.05, 0.95)).toBeCloseTo(0.95, 3);
  });
});
