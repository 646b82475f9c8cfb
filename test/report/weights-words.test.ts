import { describe, expect, it } from 'vitest';
import { ncYearsText, shareText, weightsText } from '../../src/report/weights-words.js';

describe('weights in words', () => {
  it('hold their doc examples', () => {
    expect(weightsText({ ASD: 33, SLCN: 21, SEMH: 15, MLD: 10, HI: 21 }, 3)).toBe(
      'ASD 33.0%, HI 21.0%, SLCN 21.0%, 2 others 25.0%',
    );
    expect(ncYearsText({ '-1': 0.3, '0': 1, '14': 0.3 })).toBe('NC -1 to 14');
  });

  it('names a single remaining weight instead of "1 others", and leaves out zero weights', () => {
    expect(weightsText({ ASD: 1, SEMH: 1, PD: 0 }, 1)).toBe('ASD 50.0%, SEMH 50.0%');
    expect(ncYearsText({ '7': 1, '8': 0 })).toBe('NC 7');
    expect(shareText(0.0015)).toBe('0.15%');
  });
});
