// Re-exports of the sufficiency part of the public API.
export { DEFAULT_SUFFICIENCY } from './defaults.js';
export { projectSufficiency } from './project-sufficiency.js';
export type { SufficiencyProjection, SufficiencyRow } from './project-sufficiency.js';
