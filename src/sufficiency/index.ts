// Re-exports of the sufficiency part of the public API.
export { DEFAULT_SUFFICIENCY } from './defaults.js';
export { SCENARIO_LIMITS } from '../schema/scenario.js';
export { projectSufficiency } from './project-sufficiency.js';
export type { SufficiencyProjection, SufficiencyRow } from './project-sufficiency.js';
export { estimateTransitions } from './estimate-transitions.js';
export type { EstimateOptions, EstimatedTransitions } from './estimate-transitions.js';
export { backtestProjection } from './backtest-projection.js';
export { compareScenarios } from './compare-scenarios.js';
export type { ComparisonRow, PlanInput, ScenarioComparison } from './compare-scenarios.js';
export type { BacktestProjectionOptions, ProjectionBacktest, SettingError } from './backtest-projection.js';
export { simulateSufficiency } from './simulate-sufficiency.js';
export type { Band, SimulateOptions, SufficiencySimulation } from './simulate-sufficiency.js';
export { sensitivity } from './sensitivity.js';
export type { SensitivityOptions, SensitivityRow, SufficiencySensitivity } from './sensitivity.js';
export { sufficiencyGaps, UNKNOWN_DISTRICT, UNKNOWN_SCHOOL_DISTRICT } from './sufficiency-gaps.js';
export type { Gap, GapInput, SufficiencyGaps } from './sufficiency-gaps.js';
