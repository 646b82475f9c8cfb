/**
 * `send-placement`, the core: validation, placement matching, cohort allocation, consultation plans,
 * forecasting, sufficiency projection, CSV and DfE importers over text, and pseudonymisation. Plain
 * data in, plain data out; no network access and no Node.js built-ins, so it bundles for a browser
 * and runs under Deno. Reading files is in `send-placement/node`, the GIAS importer (with its
 * coordinate conversion) in `send-placement/gias`, charts and the HTML report in
 * `send-placement/report`.
 *
 * This file only re-exports, grouped by job; see ../README.md ("The API by job").
 *
 * @packageDocumentation
 * @module send-placement
 */

// --- The data model and validation: codes, enumerations, parse functions, the error they throw.
export { NEED_CODES, NEED_NAMES, isNeedCode } from './needs.js';
export type { NeedCode } from './needs.js';
export { ValidationError, isValidationError } from './schema/validation-error.js';
export type { ValidationIssue, ValidationIssueInput } from './schema/validation-error.js';
export { parseChild, parseChildren } from './schema/child.js';
export type { Child, ChildInput } from './schema/child.js';
export { parseSchool, parseSchools, SCHOOL_KINDS, LOTS, OFSTED_GRADES } from './schema/school.js';
export type { School, SchoolInput, Lot, SchoolKind, OfstedGrade } from './schema/school.js';
export { DEFAULT_POLICY, parsePolicy } from './schema/policy.js';
export type { Policy, PolicyInput } from './schema/policy.js';
export type { Loose } from './schema/loose.js';
export { parseSeries } from './schema/series.js';
export type { Series } from './schema/series.js';
export { SETTINGS, parseTransitions } from './schema/transition.js';
export type { Setting, Transition } from './schema/transition.js';
export { parseScenario } from './schema/scenario.js';
export type {
  Scenario,
  ScenarioInput,
  SourcedNumber,
  StockEntry,
  JoinerEntry,
  TransitionRule,
  Population,
  PopulationRecord,
} from './schema/scenario.js';

// --- Travel: real journeys from a travel table (a routing engine, a transport system), and the
// estimate used for pairs a table does not give.
export { readTravelCsv } from './io/read-travel-csv.js';
export { importOsrmTable } from './io/import-osrm-table.js';
export type { OsrmTableOptions, OsrmImport } from './io/import-osrm-table.js';
export type { TravelEntry, TravelEntryInput } from './geo/travel-table.js';
export { greatCircleKm, estimateTravel } from './geo/checked.js';
export type { LatLon } from './geo/great-circle-km.js';
export type { Travel, TravelModel } from './geo/travel.js';

// --- Matching: rank schools for a child, explain the ranking, allocate a cohort, plan consultations.
export { rankSchools } from './match/rank.js';
export type { RankedSchool, Exclusion, RankExclusionReason, Ranking, PairTravel } from './match/rank.js';
export type { MatchOptions, MatchOptionsInput } from './match/match-options.js';
export type { ExclusionReason, Contributions } from './match/evaluate.js';
export { createMatcher, Matcher } from './match/matcher.js';
export type { RankOptions, ChildRanking, MatcherJSON } from './match/matcher.js';
export { weightSensitivity } from './match/weight-sensitivity.js';
export type { WeightRange, WeightSensitivity } from './match/weight-sensitivity.js';
export { compareStrategies, STRATEGY_NAMES } from './match/compare-strategies.js';
export type {
  StrategySpec,
  StrategyOutcome,
  StrategyAgreement,
  StrategyComparison,
} from './match/compare-strategies.js';
export { allocateCohort } from './match/allocate-cohort.js';
export { allocateGreedy } from './match/allocate-greedy.js';
export type { Allocation, Assignment, UnassignedReason, OffFrameworkReason } from './match/allocate-result.js';
export { planConsultation, CONSULTATION_DEFAULTS } from './match/plan-consultation.js';
export type {
  ConsultationOptions,
  ConsultationPlan,
  ConsultationRound,
  ConsultedSchool,
} from './match/plan-consultation.js';

// --- Forecasting short annual series, and measuring how well a method does on a series' past.
export { forecast } from './forecast/forecast.js';
export type { ForecastResult, ForecastWhy } from './forecast/forecast.js';
export { backtest } from './forecast/backtest.js';
export type { BacktestResult } from './forecast/backtest.js';
export type { Accuracy } from './forecast/accuracy.js';
export { MODEL_NAMES } from './forecast/models.js';
export type { ModelName } from './forecast/models.js';
export { METHOD_LIST } from './forecast/method.js';
export { DEFAULT_FORECAST_OPTIONS } from './forecast/options.js';
export type { ForecastOptionsInput, BacktestOptionsInput, MethodName, SeriesInput } from './forecast/options.js';
export { smape, mase, mae, msis } from './forecast/metrics.js';

// --- Sufficiency: project placements against capacity, with uncertainty, sensitivity and gaps.
export { DEFAULT_SUFFICIENCY } from './sufficiency/defaults.js';
export { projectSufficiency } from './sufficiency/project-sufficiency.js';
export type { SufficiencyProjection, SufficiencyRow } from './sufficiency/project-sufficiency.js';
export { estimateTransitions } from './sufficiency/estimate-transitions.js';
export type { EstimateOptions, EstimatedTransitions } from './sufficiency/estimate-transitions.js';
export type { EstimatedJoiners } from './sufficiency/estimate-joiners.js';
export type { LeaverRate } from './sufficiency/transition-rules.js';
export { backtestProjection } from './sufficiency/backtest-projection.js';
export type {
  BacktestProjectionOptions,
  BaselineErrors,
  ProjectionBacktest,
  SettingError,
} from './sufficiency/backtest-projection.js';
export { compareScenarios } from './sufficiency/compare-scenarios.js';
export type { ComparisonRow, PlanInput, ScenarioComparison } from './sufficiency/compare-scenarios.js';
export { simulateSufficiency } from './sufficiency/simulate-sufficiency.js';
export type { Band, SimulateOptions, SufficiencySimulation } from './sufficiency/simulate-sufficiency.js';
export { sensitivity } from './sufficiency/sensitivity.js';
export type { SensitivityOptions, SensitivityRow, SufficiencySensitivity } from './sufficiency/sensitivity.js';
export { sufficiencyGaps } from './sufficiency/sufficiency-gaps.js';
export type { Gap, GapInput, SufficiencyGaps } from './sufficiency/sufficiency-gaps.js';
export { planCapacity } from './sufficiency/plan-capacity.js';
export type { CapacityPlan, ChosenPlaces, FrontierPoint } from './sufficiency/plan-capacity.js';
export { DEFAULT_PLAN_CAPACITY } from './sufficiency/plan-capacity-options.js';
export type { PlanCapacityOptions, PlanObjective } from './sufficiency/plan-capacity-options.js';
export type { CandidateOutcome, CandidateOutcomeCode } from './sufficiency/plan-explanation.js';
export type { SavingUncertainty } from './sufficiency/plan-uncertainty.js';
export type {
  CapacityCandidate,
  CapacityCandidateInput,
  CapacitySetting,
} from './schema/capacity-candidate.js';

// --- Reading and writing data as text or bytes (a browser's File, a server's request body).
export { decodeText } from './io/decode-text.js';
export { readCsv } from './io/read-csv.js';
export type { CsvRecord } from './io/read-csv.js';
export { writeCsv } from './io/write-csv.js';
export type { CsvCell } from './io/write-csv.js';
export type { CsvReadOptions, CsvWriteOptions, TextInput } from './io/options.js';
export type { ReadResult, ReadSummary, Rejection, RowProblem } from './io/read-result.js';
export { readRecords } from './io/read-records.js';
export type { RecordKind, RecordOf } from './io/read-records.js';
export { readSchoolsCsv, writeSchoolsCsv } from './io/schools-csv.js';
export { readChildrenCsv, writeChildrenCsv } from './io/children-csv.js';
export { readSeriesCsv, writeSeriesCsv } from './io/series-csv.js';
export { readCapacityCandidatesCsv } from './io/capacity-candidates-csv.js';
export { importSen2 } from './io/import-sen2.js';
export type { Sen2Import, Sen2Options, Sen2Series, Sen2Summary } from './io/import-sen2.js';
export { importTransitions, readSettingMapping } from './io/import-transitions.js';
export type { TransitionImport, TransitionOptions, UnknownNeed, UnknownSetting } from './io/import-transitions.js';
export { importPopulation } from './io/import-population.js';
export type { PopulationColumns, PopulationOptions } from './io/import-population.js';

// --- Privacy: shareable pseudonymous ids.
export { pseudonymise } from './privacy/pseudonymise.js';
