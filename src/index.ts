/**
 * The core of send-placement: validation, placement matching, cohort allocation, consultation
 * plans, forecasting, sufficiency projection, CSV and DfE importers, and pseudonymisation. Plain
 * data in, plain data out; no network access. Charts live in `send-placement/report`.
 *
 * This file only re-exports; see ../README.md and the design notes.
 *
 * @packageDocumentation
 * @module send-placement
 */
export { NEED_CODES, NEED_NAMES, isNeedCode } from './needs.js';
export type { NeedCode } from './needs.js';
export { ValidationError, isValidationError } from './schema/validation-error.js';
export type { ValidationIssue } from './schema/validation-error.js';
export { ChildSchema, ChildListSchema, parseChild, parseChildren } from './schema/child.js';
export type { Child } from './schema/child.js';
export { MAX_CHILDREN } from './schema/limits.js';
export {
  SchoolSchema,
  SchoolListSchema,
  parseSchool,
  parseSchools,
  SCHOOL_KINDS,
  LOTS,
  OFSTED_GRADES,
} from './schema/school.js';
export type { School, Lot, SchoolKind, OfstedGrade } from './schema/school.js';
export { PolicySchema, DEFAULT_POLICY, parsePolicy } from './schema/policy.js';
export type { Policy } from './schema/policy.js';
export { SeriesSchema, parseSeries } from './schema/series.js';
export type { Series } from './schema/series.js';
export { SETTINGS, TransitionSchema, parseTransitions } from './schema/transition.js';
export type { Setting, Transition } from './schema/transition.js';
export {
  ScenarioSchema,
  SourcedNumberSchema,
  StockEntrySchema,
  JoinerEntrySchema,
  TransitionRuleSchema,
  parseScenario,
} from './schema/scenario.js';
export type {
  Scenario,
  ScenarioInput,
  SourcedNumber,
  StockEntry,
  JoinerEntry,
  TransitionRule,
} from './schema/scenario.js';
export { createRandom } from './random.js';
export type { Random } from './random.js';
export { greatCircleKm, estimateTravel, roadKm, journeyMinutes, annualTransportCost } from './geo/index.js';
export type { LatLon, Travel, TravelModel } from './geo/index.js';
export * from './match/index.js';
export { STRATEGY_NAMES } from './match/compare-strategies.js';
export * from './forecast/index.js';
export type { Combiner } from './forecast/models/combination.js';
export * from './sufficiency/index.js';
export * from './io/index.js';
export { pseudonymise, PSEUDONYMISE_MIN_KEY_LENGTH } from './privacy/pseudonymise.js';
