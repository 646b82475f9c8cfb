import { describe, expect, it } from 'vitest';
import { ageBandNcYears } from '../../src/io/sen2-age-band.js';

describe('ageBandNcYears', () => {
  it("maps the DfE's age bands to NC years (age at the start of the school year - 4)", () => {
    expect(ageBandNcYears('Under age 5')).toEqual([-5, 0]);
    expect(ageBandNcYears('Age 5 to 10')).toEqual([1, 6]);
    expect(ageBandNcYears('Age 11 to 15')).toEqual([7, 11]);
    expect(ageBandNcYears('Age 16 to 19')).toEqual([12, 15]);
    expect(ageBandNcYears('Age 20 to 25')).toEqual([16, 20]);
  });

  it('reads the same bands written without "Age", with "Aged" or a dash, in any case', () => {
    expect(ageBandNcYears('16 to 19')).toEqual([12, 15]);
    expect(ageBandNcYears(' aged 20-25 ')).toEqual([16, 20]);
    expect(ageBandNcYears('UNDER 5')).toEqual([-5, 0]);
  });

  it('gives nothing for a total or a label that is not a band', () => {
    expect(ageBandNcYears('Total')).toBeUndefined();
    expect(ageBandNcYears('Age 19 to 16')).toBeUndefined();
    expect(ageBandNcYears('Age 0 to 25 and over')).toBeUndefined();
  });

  it('reads an age column named otherwise (the options doc example)', async () => {
    const { Sen2OptionsSchema } = await import('../../src/io/sen2-options.js');
    expect(Sen2OptionsSchema.safeParse({ columns: { age: 'age_group' } }).success).toBe(true);
  });
});
