import { describe, expect, it } from 'vitest';
import { savingWords } from '../../src/report/saving-words.js';

describe('savingWords', () => {
  it('says a positive saving as saved', () => {
    expect(savingWords(112_200_000)).toBe('saves £112.2m');
  });

  it('says a negative saving as a cost, with no minus sign', () => {
    expect(savingWords(-48_300_000)).toBe('costs £48.3m more');
    expect(savingWords(-51_302, (a) => `<b>${a}</b>`)).toBe('costs <b>£51,302</b> more');
  });

  it('says a saving that rounds to £0, either side of it, as nothing', () => {
    for (const saving of [0, -0, 0.4, -0.4]) expect(savingWords(saving)).toBe('saves nothing');
  });
});
