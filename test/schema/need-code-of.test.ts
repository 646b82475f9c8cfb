import { describe, expect, it } from 'vitest';
import { NEED_CODES, NEED_NAMES } from '../../src/needs.js';
import { NeedCodeSchema } from '../../src/schema/common.js';
import { nearestNeedCode, needCodeOf } from '../../src/schema/need-code-of.js';
import { nearestWord } from '../../src/schema/nearest.js';
import { parseChild } from '../../src/schema/child.js';
import { ValidationError } from '../../src/schema/validation-error.js';

describe('needCodeOf', () => {
  it('reads every need code in any case, and former codes, as SEN2 writes them', () => {
    for (const code of NEED_CODES) {
      expect(needCodeOf(code.toLowerCase())).toBe(code);
      expect(needCodeOf(` ${code.toUpperCase()} `)).toBe(code);
    }
    expect(needCodeOf('besd')).toBe('SEMH');
    expect(needCodeOf('autism')).toBeUndefined();
  });

  it("reads each need's DfE name as statistics and census exports write it", () => {
    for (const code of NEED_CODES) {
      expect(needCodeOf(NEED_NAMES[code])).toBe(code);
      expect(needCodeOf(NEED_NAMES[code].toUpperCase())).toBe(code);
    }
    const written = {
      'Autistic Spectrum Disorder': 'ASD',
      'Social, Emotional and Mental Health': 'SEMH',
      'Speech, Language and Communication Needs': 'SLCN',
      'Profound & Multiple Learning Difficulty': 'PMLD',
      'Multi-Sensory Impairment': 'MSI',
      'Other Difficulty/Disability': 'OTH',
      '  physical   disability ': 'PD',
      'Moderate Learning Difficulties': 'MLD',
      'Hearing Impairments': 'HI',
      'Autism Spectrum Condition': 'ASD',
      'Behaviour, Emotional and Social Difficulties': 'SEMH',
      ASC: 'ASD',
      asc: 'ASD',
    };
    for (const [text, code] of Object.entries(written)) expect(needCodeOf(text)).toBe(code);
    // A need's name with words missing or added is none: no guessing between similar names.
    expect(needCodeOf('Learning Difficulty')).toBeUndefined();
    expect(needCodeOf('Severe Learning Difficulty and Autism')).toBeUndefined();
  });
});

describe('nearestNeedCode', () => {
  it('suggests the code one or two letters away, and nothing for text far from every code', () => {
    expect(nearestNeedCode('SMEH')).toBe('SEMH');
    expect(nearestNeedCode('ADS')).toBe('ASD');
    expect(nearestNeedCode('slc')).toBe('SLCN');
    expect(nearestNeedCode('PMDL')).toBe('PMLD');
    expect(nearestNeedCode('autism')).toBeUndefined();
    expect(nearestNeedCode('XYZW')).toBeUndefined();
  });

  it("suggests nothing for a blank field or a letter no code has (not 'did you mean HI?')", () => {
    expect(nearestNeedCode('')).toBeUndefined();
    expect(nearestNeedCode(' ')).toBeUndefined();
    expect(nearestNeedCode('x')).toBeUndefined();
    expect(nearestNeedCode('H')).toBe('HI');
    const blank = { id: 'c1', primaryNeed: '', ncYear: 7, home: { lat: 51.3, lon: 0.5 } };
    expect(() => parseChild(blank)).toThrow(/primaryNeed: unknown need code; valid codes are ASD/);
  });
});

describe('NeedCodeSchema', () => {
  it('accepts a need code in any case and gives it as SEN2 writes it', () => {
    expect(NeedCodeSchema.parse('semh')).toBe('SEMH');
    expect(NeedCodeSchema.parse('spld')).toBe('SpLD');
  });

  it('suggests the nearest code without echoing the bad value', () => {
    const message = NeedCodeSchema.safeParse('SMEH').error?.issues[0].message;
    expect(message).toBe(`unknown need code; did you mean SEMH? Valid codes are ${NEED_CODES.join(', ')}`);
    expect(message).not.toContain('SMEH');
    expect(NeedCodeSchema.safeParse('autism').error?.issues[0].message).toBe(
      `unknown need code; valid codes are ${NEED_CODES.join(', ')}`,
    );
    expect(NeedCodeSchema.safeParse(7).success).toBe(false);
  });
});

describe('a very long text where a need code or a field name belongs', () => {
  // A form that pastes a whole document into one field: the suggestion must not build an edit-distance
  // table of a million rows (seconds and hundreds of MB) to find that nothing is near.
  it('is rejected at once, with no suggestion, for a need and for an unknown field', () => {
    const long = 'x'.repeat(1_000_000);
    const started = performance.now();
    expect(nearestNeedCode(long)).toBeUndefined();
    expect(nearestWord(long, ['primaryNeed', 'ncYear'])).toBeUndefined();
    expect(() => parseChild({ id: 'c1', primaryNeed: long, ncYear: 7, home: { lat: 51.3, lon: 0.5 } })).toThrow(
      ValidationError,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
