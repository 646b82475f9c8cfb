import { describe, expect, it } from 'vitest';
import { runsText } from '../../src/schema/runs-text.js';

describe('runsText', () => {
  it('writes consecutive numbers as runs and the others one by one', () => {
    expect(runsText([0, 1, 2, 5])).toBe('0 to 2, 5');
    expect(runsText([-5, -4, 7, 9, 10])).toBe('-5 to -4, 7, 9 to 10');
  });

  it('joins the ends of a run with the text given', () => {
    expect(runsText([2019, 2021, 2022], '-')).toBe('2019, 2021-2022');
  });

  it('writes one number as itself and none as nothing', () => {
    expect(runsText([2020])).toBe('2020');
    expect(runsText([])).toBe('');
  });
});
