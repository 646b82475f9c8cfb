import { describe, expect, it } from 'vitest';
import { EXCLUSION_REASONS } from '../../src/match/pair-filters.js';
import {
  EXCLUSION_WORDS,
  exclusionWordsFor,
  LOT_NAMES,
  lotName,
  SETTING_NAMES,
} from '../../src/report/planner-words.js';
import { isOffFramework } from '../../src/match/framework.js';
import { rankSchools } from '../../src/index.js';
import { SCHOOL_KINDS } from '../../src/schema/school.js';
import { LOTS } from '../../src/schema/school.js';
import { SETTINGS } from '../../src/schema/transition.js';

describe('planner words', () => {
  it('words every reason rankSchools gives, each differently and never as its hyphenated code', () => {
    const reasons = [...EXCLUSION_REASONS, 'framework-first'] as const;
    expect(Object.keys(EXCLUSION_WORDS).sort()).toEqual([...reasons].sort());
    const words = reasons.map((reason) => EXCLUSION_WORDS[reason]);
    expect(new Set(words).size).toBe(reasons.length);
    for (const reason of reasons) {
      expect(EXCLUSION_WORDS[reason]).not.toBe(reason);
      if (reason.includes('-')) expect(EXCLUSION_WORDS[reason]).not.toContain(reason); // no 'too-far' in prose
    }
  });

  it('does not say a framework school passes when only a state-funded one does', () => {
    const school = { urn: '1', name: 'Spot', kind: 'independent', lot: 'none', needs: ['ASD'], ncYears: [7, 11] };
    const base = { ...school, sex: 'mixed', residential: false, location: { lat: 51.3, lon: 1 }, capacity: 9 };
    const spot = { ...base, vacancies: 2, annualFee: 50000 };
    const special = { ...spot, urn: '2', name: 'Special', kind: 'maintained-special', annualFee: 25000 };
    const child = { id: 'c1', primaryNeed: 'ASD', ncYear: 7, home: { lat: 51.3, lon: 1 } };
    const { ranked, excluded } = rankSchools(child, [spot, special]);
    expect(ranked.map((r) => lotName(r.school))).toEqual(['state-funded']);
    expect(excluded.map((e) => e.reasons.map((r) => exclusionWordsFor(r, {})))).toEqual([
      ['off the framework, and a framework or state-funded school passes'],
    ]);
  });

  it('says a child of unknown sex is left out of a single-sex school as such, not as of the other sex', () => {
    expect(exclusionWordsFor('sex', {})).toBe("single-sex, and the child's sex is not given");
    expect(exclusionWordsFor('sex', { sex: 'female' })).toBe(EXCLUSION_WORDS.sex);
    expect(exclusionWordsFor('too-far', {})).toBe(EXCLUSION_WORDS['too-far']);
  });

  it('names every lot and every setting', () => {
    expect(LOTS.map((lot) => LOT_NAMES[lot])).toEqual(['Lot 1', 'Lot 2', 'off framework']);
    for (const setting of SETTINGS) expect(SETTING_NAMES[setting]).toMatch(/^[A-Za-z -]+$/);
  });

  it('calls a state-funded setting in no lot state-funded, never off the framework, as the matcher treats it', () => {
    expect(lotName({ kind: 'srp', lot: 'none' })).toBe('state-funded');
    expect(lotName({ kind: 'maintained-special', lot: 'none' })).toBe('state-funded');
    expect(lotName({ kind: 'mainstream', lot: 'none' })).toBe('state-funded');
    expect(lotName({ kind: 'independent', lot: 'none' })).toBe('off framework');
    expect(lotName({ kind: 'non-maintained', lot: 'none' })).toBe('off framework');
    expect(lotName({ kind: 'independent', lot: 'lot2' })).toBe('Lot 2');
    for (const kind of SCHOOL_KINDS)
      for (const lot of LOTS) expect(lotName({ kind, lot }) === 'off framework').toBe(isOffFramework({ kind, lot }));
  });
});
