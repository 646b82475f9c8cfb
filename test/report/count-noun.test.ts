import { describe, expect, it } from 'vitest';
import { countNoun } from '../../src/report/count-noun.js';

describe('countNoun', () => {
  it('is singular for a count that reads as 1, else plural, the count written as the report writes it', () => {
    expect(countNoun(1, 'school')).toBe('1 school');
    expect(countNoun(1.04, 'child', 'children')).toBe('1 child');
    expect(countNoun(1.2, 'child', 'children')).toBe('1.2 children');
    expect(countNoun(0, 'run')).toBe('0 runs');
    expect(countNoun(1172, 'child', 'children')).toBe('1,172 children');
  });
});
