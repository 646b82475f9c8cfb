import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../src/forecast/student-t.js';

describe('studentTQuantile', () => {
  it('matches the exact quantiles for 1 and 2 degrees of freedom', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.9, 2)).toBeCloseTo(1.8856, 3);
  });
  it('matches published tables within 0.5% from 3 degrees of freedom on', () => {
    const table: Array<[number, number, number]> = [
      [0.9, 3, 1.6377],
      [0.975, 3, 3.1824],
      [0.9, 6, 1.4398],
      [0.975, 10, 2.2281],
      [0.975, 30, 2.0423],
    ];
    for (const [p, df, t] of table) expect(Math.abs(studentTQuantile(p, df) / t - 1)).toBeLessThan(0.005);
  });
  it('is symmetric about 0.5', () => {
    expect(studentTQuantile(0.1, 5)).toBeCloseTo(-studentTQuantile(0.9, 5), 9);
  });
});
