// Every export the package had before 0.2 trimmed its public API to what a user needs (see
// CHANGELOG.md), from the modules that define them: tests of internals import them from here; tests
// of the public API import src/index.ts itself.
export { CSV_DEFAULTS } from '../../src/io/options.js';
export type { CsvReadOptions, CsvWriteOptions } from '../../src/io/options.js';
export { decodeText } from '../../src/io/decode-text.js';
export { parseCsvRows } from '../../src/io/parse-csv-rows.js';
export type { CsvRow } from '../../src/io/parse-csv-rows.js';
export { readCsv } from '../../src/io/read-csv.js';
export { readCsvTable } from '../../src/io/read-csv-table.js';
export type { CsvTable } from '../../src/io/read-csv-table.js';
export type { CsvRecord } from '../../src/io/read-csv.js';
export { writeCsv } from '../../src/io/write-csv.js';
export type { CsvCell } from '../../src/io/write-csv.js';
export { toValidationError, recordsOrThrow } from '../../src/io/read-result.js';
export type { ReadResult, ReadSummary, Rejection, RowProblem } from '../../src/io/read-result.js';
export { flattenRecord, unflattenRecord } from '../../src/io/flatten.js';
export {
  parseNumberCell,
  parseRateCell,
  parseNcYearCell,
  parseNcYearRange,
  parseMinutesCell,
  parseYearCell,
  yearEnding,
  parseBooleanCell,
  splitList,
} from '../../src/io/read-cell.js';
export type { ColumnLayout, FieldKind } from '../../src/io/flatten.js';
export { readTypedCsv } from '../../src/io/read-typed-csv.js';
export type { RecordFormat } from '../../src/io/read-typed-csv.js';
export { readSchoolsCsv, writeSchoolsCsv, SCHOOL_COLUMNS } from '../../src/io/schools-csv.js';
export { readChildrenCsv, writeChildrenCsv, CHILD_COLUMNS } from '../../src/io/children-csv.js';
export { readSeriesCsv, writeSeriesCsv, seriesFromRows } from '../../src/io/series-csv.js';
export type { SeriesRow } from '../../src/io/series-csv.js';
export { readRecordsFile } from '../../src/node/read-records-file.js';
export { readRecords } from '../../src/io/read-records.js';
export type { RecordKind, RecordOf } from '../../src/io/read-records.js';
export { bngToLatLon, BNG_PROJ } from '../../src/io/gias/british-national-grid.js';
export {
  GIAS_KINDS,
  GIAS_NOT_A_PLACEMENT,
  GIAS_RESOURCED_PROVISION,
  GIAS_OFSTED,
  needFromGiasName,
  ncYearsFromAges,
} from '../../src/io/gias/gias-codes.js';
export { GIAS_DEFAULTS } from '../../src/io/gias/gias-defaults.js';
export { importGias, GIAS_COLUMNS } from '../../src/io/gias/import-gias.js';
export { readCouncilSchoolsCsv, CouncilSchoolRowSchema } from '../../src/io/gias/council-schools-csv.js';
export type { CouncilSchoolRow } from '../../src/io/gias/council-schools-csv.js';
export type { GiasImport, GiasOptions, GiasSummary, DefaultUse } from '../../src/io/gias/import-gias.js';
export { importSen2, censusYear, writeSen2Csv, SEN2_DEFAULTS } from '../../src/io/import-sen2.js';
export type { Sen2Columns, Sen2Import, Sen2Options, Sen2Series, Sen2Summary } from '../../src/io/import-sen2.js';
export {
  importTransitions,
  readSettingMapping,
  writeTransitionsCsv,
  TRANSITION_DEFAULTS,
} from '../../src/io/import-transitions.js';
export type { TransitionImport, TransitionOptions } from '../../src/io/import-transitions.js';
export { importPopulation, POPULATION_DEFAULTS } from '../../src/io/import-population.js';
export { evaluateSchool, vacanciesFor, sexAllowed } from '../../src/match/evaluate.js';
export type { Evaluation, ExclusionReason, Contributions } from '../../src/match/evaluate.js';
export {
  CRITERIA,
  needScore,
  qualityScore,
  capacityScore,
  costScore,
  travelScore,
  normaliseWeights,
} from '../../src/match/criteria.js';
export type { Criterion } from '../../src/match/criteria.js';
export { rankSchools } from '../../src/match/rank.js';
export type { RankedSchool, Exclusion, RankExclusionReason, Ranking } from '../../src/match/rank.js';
export { isOffFramework } from '../../src/match/framework.js';
export { topsisCloseness } from '../../src/match/topsis.js';
export { createMatcher, Matcher } from '../../src/match/matcher.js';
export type { RankOptions, ChildRanking, MatcherJSON } from '../../src/match/matcher.js';
export { weightSensitivity } from '../../src/match/weight-sensitivity.js';
export type { WeightRange, WeightSensitivity } from '../../src/match/weight-sensitivity.js';
export { compareStrategies } from '../../src/match/compare-strategies.js';
export type {
  StrategySpec,
  StrategyOutcome,
  StrategyAgreement,
  StrategyComparison,
} from '../../src/match/compare-strategies.js';
export { allocateCohort } from '../../src/match/allocate-cohort.js';
export { allocateGreedy } from '../../src/match/allocate-greedy.js';
export type { Allocation, Assignment, UnassignedReason } from '../../src/match/allocate-result.js';
export { minCostFlow } from '../../src/match/min-cost-flow.js';
export type { FlowNetwork, FlowSolution } from '../../src/match/min-cost-flow.js';
export { planConsultation, CONSULTATION_DEFAULTS } from '../../src/match/plan-consultation.js';
export type {
  ConsultationOptions,
  ConsultationPlan,
  ConsultationRound,
  ConsultedSchool,
} from '../../src/match/plan-consultation.js';
export { forecast } from '../../src/forecast/forecast.js';
export type { ForecastResult, ForecastWhy } from '../../src/forecast/forecast.js';
export { backtest } from '../../src/forecast/backtest.js';
export type { BacktestResult } from '../../src/forecast/backtest.js';
export type { Accuracy } from '../../src/forecast/accuracy.js';
export { MODELS, MODEL_NAMES } from '../../src/forecast/models.js';
export type { ModelName } from '../../src/forecast/models.js';
export { auto as autoModel, AUTO_MEMBERS } from '../../src/forecast/auto.js';
export type { Model, Fitted } from '../../src/forecast/model.js';
export {
  DEFAULT_FORECAST_OPTIONS,
  INTERVAL_CALIBRATION,
  MAX_HORIZON,
  MIN_LEVEL,
  MAX_LEVEL,
  ForecastOptionsSchema,
  BacktestOptionsSchema,
  MethodSchema,
} from '../../src/forecast/options.js';
export type {
  ForecastOptions,
  ForecastOptionsInput,
  BacktestOptions,
  BacktestOptionsInput,
  MethodName,
  MethodInput,
  SeriesInput,
} from '../../src/forecast/options.js';
export { smape, smapeTerm, mase, mae, maseScale, MASE_MIN_SCALE } from '../../src/forecast/metrics.js';
export { combination } from '../../src/forecast/models/combination.js';
export { logScale } from '../../src/forecast/models/log-scale.js';
export { DEFAULT_SUFFICIENCY } from '../../src/sufficiency/defaults.js';
export { SCENARIO_LIMITS } from '../../src/schema/scenario.js';
export { projectSufficiency } from '../../src/sufficiency/project-sufficiency.js';
// New in 0.2 and public, listed here too because the fuzz table calls every entry point through this module.
export { planCapacity } from '../../src/sufficiency/plan-capacity.js';
export { readCapacityCandidatesCsv } from '../../src/io/capacity-candidates-csv.js';
export type { SufficiencyProjection, SufficiencyRow } from '../../src/sufficiency/project-sufficiency.js';
export { estimateTransitions } from '../../src/sufficiency/estimate-transitions.js';
export type { EstimateOptions, EstimatedTransitions } from '../../src/sufficiency/estimate-transitions.js';
export { backtestProjection } from '../../src/sufficiency/backtest-projection.js';
export type {
  BacktestProjectionOptions,
  ProjectionBacktest,
  SettingError,
} from '../../src/sufficiency/backtest-projection.js';
export { compareScenarios } from '../../src/sufficiency/compare-scenarios.js';
export { simulateSufficiency } from '../../src/sufficiency/simulate-sufficiency.js';
export type { Band, SimulateOptions, SufficiencySimulation } from '../../src/sufficiency/simulate-sufficiency.js';
export { sensitivity } from '../../src/sufficiency/sensitivity.js';
export type { SensitivityOptions, SensitivityRow, SufficiencySensitivity } from '../../src/sufficiency/sensitivity.js';
export { sufficiencyGaps, UNKNOWN_DISTRICT } from '../../src/sufficiency/sufficiency-gaps.js';
export type { Gap, GapInput, SufficiencyGaps } from '../../src/sufficiency/sufficiency-gaps.js';
export { greatCircleKm, estimateTravel, roadKm, journeyMinutes, annualTransportCost } from '../../src/geo/checked.js';
export type { LatLon } from '../../src/geo/great-circle-km.js';
export { haversineKm, toRadians } from '../../src/geo/haversine-km.js';
export type { Travel, TravelModel } from '../../src/geo/travel.js';
export { LatitudeIndex } from '../../src/geo/latitude-index.js';
export { NEED_CODES, NEED_NAMES, isNeedCode } from '../../src/needs.js';
export type { NeedCode } from '../../src/needs.js';
export { ValidationError, isValidationError } from '../../src/schema/validation-error.js';
export type { ValidationIssue } from '../../src/schema/validation-error.js';
export { ChildSchema, ChildListSchema, parseChild, parseChildren } from '../../src/schema/child.js';
export type { Child } from '../../src/schema/child.js';
export { MAX_CHILDREN } from '../../src/schema/limits.js';
export {
  SchoolSchema,
  SchoolListSchema,
  parseSchool,
  parseSchools,
  SCHOOL_KINDS,
  LOTS,
  OFSTED_GRADES,
} from '../../src/schema/school.js';
export type { School, Lot, SchoolKind, OfstedGrade } from '../../src/schema/school.js';
export { PolicySchema, DEFAULT_POLICY, parsePolicy } from '../../src/schema/policy.js';
export type { Policy } from '../../src/schema/policy.js';
export { SeriesSchema, parseSeries } from '../../src/schema/series.js';
export type { Series } from '../../src/schema/series.js';
export { SETTINGS, TransitionSchema, parseTransitions } from '../../src/schema/transition.js';
export type { Setting, Transition } from '../../src/schema/transition.js';
export {
  ScenarioSchema,
  SourcedNumberSchema,
  StockEntrySchema,
  JoinerEntrySchema,
  TransitionRuleSchema,
  parseScenario,
} from '../../src/schema/scenario.js';
export type {
  Scenario,
  ScenarioInput,
  SourcedNumber,
  StockEntry,
  JoinerEntry,
  TransitionRule,
} from '../../src/schema/scenario.js';
export { createRandom } from '../../src/random.js';
export type { Random } from '../../src/random.js';
export { STRATEGY_NAMES } from '../../src/match/compare-strategies.js';
export type { Combiner } from '../../src/forecast/models/combination.js';
export { pseudonymise, PSEUDONYMISE_MIN_KEY_LENGTH } from '../../src/privacy/pseudonymise.js';
