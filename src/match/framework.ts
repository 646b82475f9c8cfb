import type { School } from '../schema/school.js';

/**
 * Whether placing at a school would be a spot purchase off the framework: an independent or
 * non-maintained school in no framework lot. State-funded settings (maintained special schools,
 * SRPs, mainstream) are not bought through the framework at all, so they are never "off" it — Kent
 * consults them first. Framework-first ranking (DEFAULT_POLICY.frameworkFirst) ranks these schools
 * only when no other school passes the filters.
 *
 * @example
 * isOffFramework({ kind: 'independent', lot: 'none' }); // true
 * isOffFramework({ kind: 'maintained-special', lot: 'none' }); // false
 * isOffFramework({ kind: 'independent', lot: 'lot2' }); // false
 */
export function isOffFramework(school: Pick<School, 'kind' | 'lot'>): boolean {
  return school.lot === 'none' && (school.kind === 'independent' || school.kind === 'non-maintained');
}
