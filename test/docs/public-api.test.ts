// The names the design fixes as the public API, reachable from the package's two entry points: a
// rename or a lost re-export fails here before it fails an app that imports the package.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as report from '../../src/report/index.js';

const CORE_FUNCTIONS = [
  // validation
  'parseChild',
  'parseChildren',
  'parseSchool',
  'parseSchools',
  'parsePolicy',
  'parseScenario',
  'parseSeries',
  'parseTransitions',
  'isValidationError',
  // matching
  'rankSchools',
  'createMatcher',
  'weightSensitivity',
  'compareStrategies',
  'allocateCohort',
  'allocateGreedy',
  'planConsultation',
  // forecasting and sufficiency
  'forecast',
  'backtest',
  'estimateTransitions',
  'projectSufficiency',
  'simulateSufficiency',
  'sensitivity',
  'sufficiencyGaps',
  // geo: the travel model an app shows next to a ranking
  'greatCircleKm',
  'estimateTravel',
  'roadKm',
  'journeyMinutes',
  'annualTransportCost',
  // privacy, randomness
  'pseudonymise',
  'createRandom',
] as const;

const CORE_VALUES = [
  'ValidationError',
  'DEFAULT_POLICY',
  'NEED_CODES',
  // the schemas of a scenario's parts, for an app that edits one part at a time
  'ScenarioSchema',
  'SourcedNumberSchema',
  'StockEntrySchema',
  'JoinerEntrySchema',
  'TransitionRuleSchema',
] as const;

const REPORT_FUNCTIONS = [
  'renderReport',
  'renderSvg',
  'forecastChart',
  'sufficiencyChart',
  'tornadoChart',
  'rankingChart',
  'mapChart',
] as const;

describe('public API', () => {
  it('exports every function the design names from the main entry', () => {
    expect(CORE_FUNCTIONS.filter((name) => typeof (api as Record<string, unknown>)[name] !== 'function')).toEqual([]);
  });

  it('exports the error class, the defaults and the scenario part schemas from the main entry', () => {
    expect(CORE_VALUES.filter((name) => (api as Record<string, unknown>)[name] === undefined)).toEqual([]);
    expect(
      api.TransitionRuleSchema.safeParse({
        from: 'mainstream',
        ncYears: [7, 7],
        to: { independent: 1 },
        source: 'assumption: example',
      }).success,
    ).toBe(true);
  });

  it('exports every chart and the report from send-placement/report', () => {
    expect(REPORT_FUNCTIONS.filter((name) => typeof (report as Record<string, unknown>)[name] !== 'function')).toEqual(
      [],
    );
  });

  it('gives the travel model from the main entry the policy defaults', () => {
    const travel = api.estimateTravel(10, api.DEFAULT_POLICY.travel);
    expect(travel.distanceKm).toBeCloseTo(13, 10);
    expect(travel.annualTransportCost).toBeCloseTo(7904, 6);
  });
});
