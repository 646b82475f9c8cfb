// Re-exports of the match part of the public API.
export { evaluateSchool, vacanciesFor, sexAllowed } from './evaluate.js';
export type { Evaluation, ExclusionReason, Contributions } from './evaluate.js';
export {
  CRITERIA,
  needScore,
  qualityScore,
  capacityScore,
  costScore,
  travelScore,
  normaliseWeights,
} from './criteria.js';
export type { Criterion } from './criteria.js';
export { rankSchools } from './rank.js';
export type { RankedSchool, Exclusion, RankExclusionReason, Ranking } from './rank.js';
export { isOffFramework } from './framework.js';
export { topsisCloseness } from './topsis.js';
export { createMatcher, Matcher } from './matcher.js';
export type { RankOptions, ChildRanking, MatcherJSON } from './matcher.js';
export { weightSensitivity } from './weight-sensitivity.js';
export type { WeightRange, WeightSensitivity } from './weight-sensitivity.js';
export { compareStrategies } from './compare-strategies.js';
export type { StrategySpec, StrategyOutcome, StrategyAgreement, StrategyComparison } from './compare-strategies.js';
export { allocateCohort } from './allocate-cohort.js';
export { allocateGreedy } from './allocate-greedy.js';
export type { Allocation, Assignment, UnassignedReason } from './allocate-result.js';
export { minCostFlow } from './min-cost-flow.js';
export type { FlowNetwork, FlowSolution } from './min-cost-flow.js';
export { planConsultation, CONSULTATION_DEFAULTS } from './plan-consultation.js';
export type { ConsultationOptions, ConsultationPlan, ConsultationRound, ConsultedSchool } from './plan-consultation.js';
