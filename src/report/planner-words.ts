import { isOffFramework } from '../match/framework.js';
import type { RankExclusionReason } from '../match/rank.js';
import type { Lot, School } from '../schema/school.js';

// The library's codes in the words a planner reads, for the report, the command's tables and apps'
// own screens (exported from send-placement/report). JSON output keeps the codes.

/** Setting names as the council's papers write them.
 *
 * @example
 * SETTING_NAMES['maintained-special']; // 'maintained special'
 */
export const SETTING_NAMES: Record<string, string> = {
  mainstream: 'mainstream',
  srp: 'SRP',
  'maintained-special': 'maintained special',
  independent: 'independent',
  'non-maintained': 'non-maintained special',
  other: 'other settings',
  left: 'leave the caseload',
};

/**
 * Framework lots as a caseworker says them. `none` is an independent or non-maintained school's spot purchase; a
 * state-funded setting in no lot is not off the framework (see lotName, which tells them apart).
 *
 * @example
 * LOT_NAMES.lot1; // 'Lot 1'
 * LOT_NAMES.none; // 'off framework'
 */
export const LOT_NAMES: Record<Lot, string> = { lot1: 'Lot 1', lot2: 'Lot 2', none: 'off framework' };

/**
 * How a school's place is bought, as a caseworker says it: its framework lot; 'state-funded' for a maintained
 * special school, SRP or mainstream school, which the framework does not buy (consulted first, see
 * planConsultation); 'off framework' for an independent or non-maintained school in no lot, a spot purchase.
 *
 * @example
 * lotName({ kind: 'srp', lot: 'none' }); // 'state-funded'
 * lotName({ kind: 'independent', lot: 'none' }); // 'off framework'
 * lotName({ kind: 'independent', lot: 'lot2' }); // 'Lot 2'
 */
export function lotName(school: Pick<School, 'kind' | 'lot'>): string {
  return school.lot === 'none' && !isOffFramework(school) ? 'state-funded' : LOT_NAMES[school.lot];
}

/**
 * Why a school is left out for a child, as a caseworker would say it (every reason rankSchools gives).
 *
 * @example
 * EXCLUSION_WORDS['age-range']; // 'does not teach the NC year'
 */
export const EXCLUSION_WORDS: Record<RankExclusionReason, string> = {
  'need-not-met': 'does not meet the need',
  'age-range': 'does not teach the NC year',
  sex: 'single-sex, other sex',
  'no-vacancy': 'no vacancy',
  unreachable: 'no route in the travel table',
  'too-far': 'too far',
  residential: 'no residential place',
  'lot-not-allowed': 'lot not allowed',
  // What passes may be state-funded (an SRP, a maintained special school): those are never off the framework.
  'framework-first': 'off the framework, and a framework or state-funded school passes',
};

/**
 * Why a school is left out for this child, in EXCLUSION_WORDS' words, but for a single-sex school
 * and a child whose sex is not given, which is left out because nothing says the child may attend,
 * not because the child is of the other sex.
 *
 * @example
 * exclusionWordsFor('sex', { sex: undefined }); // "single-sex, and the child's sex is not given"
 * exclusionWordsFor('sex', { sex: 'male' }); // 'single-sex, other sex'
 */
export function exclusionWordsFor(reason: RankExclusionReason, child: { sex?: string }): string {
  return reason === 'sex' && child.sex === undefined
    ? "single-sex, and the child's sex is not given"
    : EXCLUSION_WORDS[reason];
}
