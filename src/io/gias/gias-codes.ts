import type { NeedCode } from '../../needs.js';
import { NC_YEAR_MAX, NC_YEAR_MIN } from '../../schema/common.js';
import type { OfstedGrade, SchoolKind } from '../../schema/school.js';
import * as z from 'zod/mini';
import { parseWith } from '../../schema/common.js';
import { needCodeOf } from '../../schema/need-code-of.js';

/**
 * GIAS `TypeOfEstablishment (name)` values and the kind of school each becomes. Mainstream types
 * become `srp` instead when `TypeOfResourcedProvision (name)` says the school has a resourced
 * provision or SEN unit.
 *
 * @example
 * GIAS_KINDS['Academy special converter']; // 'maintained-special'
 */
export const GIAS_KINDS: Readonly<Record<string, SchoolKind>> = {
  'Other independent special school': 'independent',
  'Non-maintained special school': 'non-maintained',
  'Community special school': 'maintained-special',
  'Foundation special school': 'maintained-special',
  'Academy special sponsor led': 'maintained-special',
  'Academy special converter': 'maintained-special',
  'Free schools special': 'maintained-special',
  'Community school': 'mainstream',
  'Voluntary aided school': 'mainstream',
  'Voluntary controlled school': 'mainstream',
  'Foundation school': 'mainstream',
  'Academy converter': 'mainstream',
  'Academy sponsor led': 'mainstream',
  'Free schools': 'mainstream',
  'Other independent school': 'mainstream',
  'City technology college': 'mainstream',
  'University technical college': 'mainstream',
  'Studio schools': 'mainstream',
  'Academy 16-19 converter': 'mainstream',
  'Academy 16 to 19 sponsor led': 'mainstream',
  'Free schools 16 to 19': 'mainstream',
  'Local authority nursery school': 'mainstream',
};

/**
 * GIAS establishment types that are not school places the matcher ranks (alternative provision,
 * further and higher education, establishments outside England): left out and counted.
 *
 * @example
 * GIAS_NOT_A_PLACEMENT.includes('Pupil referral unit'); // true
 */
export const GIAS_NOT_A_PLACEMENT: readonly string[] = [
  'Pupil referral unit',
  'Academy alternative provision converter',
  'Academy alternative provision sponsor led',
  'Free schools alternative provision',
  'Further education',
  'Sixth form centres',
  'Special post 16 institution',
  'Higher education institutions',
  'Welsh establishment',
  'Secure units',
  "Service children's education",
  'Offshore schools',
  'British schools overseas',
  'Institution funded by other government department',
  'Miscellaneous',
  'Online provider',
  "Children's centre",
  "Children's centre linked site",
];

/**
 * `TypeOfResourcedProvision (name)` values that make a mainstream school an SRP.
 *
 * @example
 * GIAS_RESOURCED_PROVISION.includes('SEN unit'); // true
 */
export const GIAS_RESOURCED_PROVISION: readonly string[] = [
  'Resourced provision',
  'SEN unit',
  'Resourced provision and SEN unit',
];

/**
 * `OfstedRating (name)` values and their grade; the two categories of concern are both inadequate.
 *
 * @example
 * GIAS_OFSTED['Special Measures']; // 'inadequate'
 */
export const GIAS_OFSTED: Readonly<Record<string, OfstedGrade>> = {
  Outstanding: 'outstanding',
  Good: 'good',
  'Requires improvement': 'requires-improvement',
  Inadequate: 'inadequate',
  'Serious Weaknesses': 'inadequate',
  'Special Measures': 'inadequate',
};

/**
 * Maps a GIAS SEN provision name (`ASD - Autistic Spectrum Disorder`, `SEMH - Social, Emotional and
 * Mental Health`) or a bare code (any case, or a former code such as BESD) to a need code, by the
 * code before ` - `. Undefined when it is not a known need.
 *
 * @example
 * needFromGiasName('SpLD - Specific Learning Difficulty'); // 'SpLD'
 * needFromGiasName('BESD - Behaviour, Emotional and Social Difficulties'); // 'SEMH'
 * needFromGiasName('Something else'); // undefined
 */
export function needFromGiasName(name: string): NeedCode | undefined {
  return needCodeOf(name.split(' - ')[0]);
}

const AgeSchema = z
  .number({ error: 'must be a number' })
  .check(
    z.int({ error: 'must be a whole number of years' }),
    z.minimum(0, { error: 'age must be at least 0' }),
    z.maximum(99, { error: 'age must be at most 99' }),
  );
const AgesSchema = z
  .object({ lowAge: AgeSchema, highAge: AgeSchema })
  // Equal ages teach no year: the low age is reached at the start of the lowest year, the high one during the highest.
  .check(
    z.refine((a) => a.lowAge < a.highAge, {
      error: 'highAge must be more than lowAge (equal ages give no NC year)',
      path: ['highAge'],
    }),
  );

/**
 * The NC years a school teaches, from its statutory ages. The statutory low age is the age of its
 * youngest pupils at the start of the school year, and children start Reception (NC year 0) aged 4,
 * so the lowest year is `lowAge - 4` (11 -> Year 7). The statutory high age is the age its oldest
 * pupils reach during their last year, and pupils reach 16 in Year 11, so the highest year is
 * `highAge - 5` (16 -> Year 11, 18 -> Year 13). Both are clamped to the library's range, -5 to 20
 * (birth to 25: a specialist post-16 institution with a high age of 25 teaches to NC year 20).
 *
 * @example
 * ncYearsFromAges(11, 16); // [7, 11]
 * ncYearsFromAges(4, 11); // [0, 6]
 * ncYearsFromAges(2, 19); // [-2, 14]
 * ncYearsFromAges(16, 25); // [12, 20]
 */
export function ncYearsFromAges(lowAge: number, highAge: number): [number, number] {
  ({ lowAge, highAge } = parseWith(AgesSchema, { lowAge, highAge }, 'ages'));
  const clamp = (year: number) => Math.min(NC_YEAR_MAX, Math.max(NC_YEAR_MIN, year));
  return [clamp(lowAge - 4), clamp(highAge - 5)];
}
