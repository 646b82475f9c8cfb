import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/forecast/parse-input.js';
import { SeriesSchema } from '../../src/schema/series.js';
import { issuesOf } from '../support/issues-of.js';

describe('parseInputs', () => {
  it('returns every part parsed', () => {
    const out = parseInputs({ series: [SeriesSchema, [1, 2]], n: [z.number(), 3] }, 'input');
    expect(out).toEqual({ series: { start: 0, values: [1, 2] }, n: 3 });
  });
  it('lists the problems of every part, each path under its part’s name', () => {
    const issues = issuesOf(() => parseInputs({ series: [SeriesSchema, [1]], n: [z.number(), 'x'] }, 'input'));
    expect(issues.map((i) => i.path)).toEqual(['series.values', 'n']);
  });
});
