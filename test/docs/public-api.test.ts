// The public API is deliberate: each entry point exports exactly the runtime names listed here,
// grouped by job. A new export, a rename or a lost re-export fails here before it reaches an app;
// adding a name to a list is the decision to support it (and a line in CHANGELOG.md).
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as gias from '../../src/io/gias/index.js';
import * as node from '../../src/node/index.js';
import * as report from '../../src/report/index.js';

const CORE = {
  'data model and validation': [
    'NEED_CODES',
    'NEED_NAMES',
    'isNeedCode',
    'SCHOOL_KINDS',
    'LOTS',
    'OFSTED_GRADES',
    'SETTINGS',
    'ValidationError',
    'isValidationError',
    'parseChild',
    'parseChildren',
    'parseSchool',
    'parseSchools',
    'parsePolicy',
    'DEFAULT_POLICY',
    'parseSeries',
    'parseTransitions',
    'parseScenario',
  ],
  travel: ['readTravelCsv', 'importOsrmTable', 'greatCircleKm', 'estimateTravel'],
  matching: [
    'rankSchools',
    'createMatcher',
    'Matcher',
    'weightSensitivity',
    'compareStrategies',
    'STRATEGY_NAMES',
    'allocateCohort',
    'allocateGreedy',
    'planConsultation',
    'CONSULTATION_DEFAULTS',
  ],
  forecasting: [
    'forecast',
    'backtest',
    'MODEL_NAMES',
    'METHOD_LIST',
    'DEFAULT_FORECAST_OPTIONS',
    'smape',
    'mase',
    'mae',
    'msis',
  ],
  sufficiency: [
    'projectSufficiency',
    'simulateSufficiency',
    'sensitivity',
    'sufficiencyGaps',
    'estimateTransitions',
    'backtestProjection',
    'compareScenarios',
    'DEFAULT_SUFFICIENCY',
    'planCapacity',
    'DEFAULT_PLAN_CAPACITY',
  ],
  'reading and writing': [
    'decodeText',
    'readCsv',
    'writeCsv',
    'readRecords',
    'readChildrenCsv',
    'writeChildrenCsv',
    'readSchoolsCsv',
    'writeSchoolsCsv',
    'readSeriesCsv',
    'writeSeriesCsv',
    'readCapacityCandidatesCsv',
    'importSen2',
    'importTransitions',
    'readSettingMapping',
    'importPopulation',
  ],
  privacy: ['pseudonymise'],
};

const NODE = ['readRecordsFile'];
const GIAS = ['importGias', 'GIAS_DEFAULTS', 'readCouncilSchoolsCsv', 'bngToLatLon'];
const REPORT = [
  'renderReport',
  'REPORT_DEFAULTS',
  'REPORT_CSS',
  'renderSvg',
  'CHART_DEFAULTS',
  'forecastChart',
  'sufficiencyChart',
  'frontierChart',
  'tornadoChart',
  'rankingChart',
  'mapChart',
  'htmlTable',
  'escapeHtml',
  'formatNumber',
  'formatGbp',
  'formatCount',
  'formatGbpMillions',
  'formatPercent',
  'EXCLUSION_WORDS',
  'LOT_NAMES',
  'lotName',
  'SETTING_NAMES',
  'ForecastChartInputSchema',
  'SufficiencyChartInputSchema',
  'FrontierChartInputSchema',
  'TornadoChartInputSchema',
  'TornadoBarSchema',
  'RankingChartInputSchema',
  'MapChartInputSchema',
];

const sorted = (names: readonly string[]) => [...names].sort();

describe('public API', () => {
  it('exports exactly the core names listed by job, between 50 and 70 of them', () => {
    const listed = Object.values(CORE).flat();
    expect(sorted(Object.keys(api))).toEqual(sorted(listed));
    expect(listed.length).toBeGreaterThanOrEqual(50);
    expect(listed.length).toBeLessThanOrEqual(70);
  });

  it('exports exactly the listed names from send-placement/node, /gias and /report', () => {
    expect(sorted(Object.keys(node))).toEqual(sorted(NODE));
    expect(sorted(Object.keys(gias))).toEqual(sorted(GIAS));
    expect(sorted(Object.keys(report))).toEqual(sorted(REPORT));
  });

  it('exports every function the design names from the core', () => {
    const design = ['parseChild', 'parseSchool', 'parsePolicy', 'parseScenario', 'rankSchools', 'createMatcher'];
    const more = ['weightSensitivity', 'compareStrategies', 'allocateCohort', 'allocateGreedy', 'planConsultation'];
    const forecasting = ['forecast', 'backtest', 'estimateTransitions', 'projectSufficiency', 'simulateSufficiency'];
    const rest = ['sensitivity', 'sufficiencyGaps', 'backtestProjection', 'pseudonymise'];
    const missing = [...design, ...more, ...forecasting, ...rest].filter(
      (name) => typeof (api as Record<string, unknown>)[name] !== 'function',
    );
    expect(missing).toEqual([]);
  });

  it('gives the travel model from the core the policy defaults', () => {
    const travel = api.estimateTravel(10, api.DEFAULT_POLICY.travel);
    expect(travel.distanceKm).toBeCloseTo(13, 10);
    expect(travel.annualTransportCost).toBeCloseTo(7904, 6);
  });
});
