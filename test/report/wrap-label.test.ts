import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapLabel, wrappedLabelAxis } from '../../src/report/wrap-label.js';

describe('wrapLabel', () => {
  it('holds its doc examples', () => {
    expect(wrapLabel('capacity.srp.additions[0].places (2026)', 30)).toEqual([
      'capacity.srp.additions[0].',
      'places (2026)',
    ]);
    expect(wrapLabel('Joiners per year', 30)).toEqual(['Joiners per year']);
    expect(wrappedLabelAxis(1).labelOffset).toBe(0);
    expect(wrappedLabelAxis(2).labelLimit).toBe(0);
  });

  it('breaks at spaces before it breaks inside a word', () => {
    expect(wrapLabel('transitions[10] (independent, NC -2-11).to.left', 30)).toEqual([
      'transitions[10] (independent,',
      'NC -2-11).to.left',
    ]);
  });

  it('cuts a run with no space or dot at the line length', () => {
    expect(wrapLabel('a'.repeat(70), 30)).toEqual(['a'.repeat(30), 'a'.repeat(30), 'a'.repeat(10)]);
  });

  it('keeps every character but the spaces it breaks at, and no line is longer than asked', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '(', ']', '-'), maxLength: 120 }),
        fc.integer({ min: 1, max: 40 }),
        (text, max) => {
          const lines = wrapLabel(text, max);
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
          expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('moves a label of n lines up by half its extra lines', () => {
    const axis = wrappedLabelAxis(3);
    expect(axis.labelOffset).toEqual({
      condition: [
        { test: "length(split(datum.label, '\\n')) === 2", value: -6.5 },
        { test: "length(split(datum.label, '\\n')) === 3", value: -13 },
      ],
      value: 0,
    });
  });
});
