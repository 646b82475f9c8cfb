import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/report/charts/text-width.js';

describe('textWidth and wrapText', () => {
  it('hold their doc examples', () => {
    expect(textWidth('1,172', 12)).toBeCloseTo(30.024, 9);
    expect(wrapText('Independent placements in 2030', 120, 12)).toEqual(['Independent', 'placements in 2030']);
  });

  it('measures bold text wider and bigger text in proportion', () => {
    expect(textWidth('Kent', 12, true)).toBeGreaterThan(textWidth('Kent', 12));
    expect(textWidth('Kent', 24)).toBeCloseTo(2 * textWidth('Kent', 12), 9);
  });

  it('breaks only between words, keeps every word whole, and fits each line unless one word is wider', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,()'-]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 20, max: 400 }), (words, max) => {
        const lines = wrapText(words.join(' '), max, 12);
        expect(lines.join(' ')).toBe(words.join(' '));
        for (const line of lines) {
          if (line.includes(' ')) expect(textWidth(line, 12)).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});
