// Re-exports of the match part of the public API.
export { evaluateSchool, vacanciesFor, sexAllowed } from './evaluate.js';
export type { Evaluation, ExclusionReason, Contributions } from './evaluate.js';
export { CRITERIA, needScore, qualityScore, capacityScore, costScore, travelScore, normaliseWeights } from './criteria.js';
export type { Criterion } from './criteria.js';
