/**
 * The real Kent figures the synthetic data is calibrated to, each with the public council paper it
 * comes from. These, and only these, are real; data/kent/figures.json is written from this list.
 */

/**
 * Where each figure comes from, cited as "Kent County Council, <paper>, <year>".
 *
 * @example
 * SOURCES.recordOfDecision2021; // 'Kent County Council, proposed record of decision (NMISS commissioning strategy),
 *   2021'
 */
export const SOURCES = {
  minutes2025:
    "Kent County Council, Children's, Young People and Education Cabinet Committee minutes of 16 September 2025 " +
    '(commissioning and SEND sufficiency plans), 2025',
  keyDecision2025:
    'Kent County Council, proposed key decision 25/00065 (independent and non-maintained special schools ' +
    'framework from 1 September 2026), 2025',
  recordOfDecision2021: 'Kent County Council, proposed record of decision (NMISS commissioning strategy), 2021',
} as const;

/** One real figure: `value` is a number where the paper gives one, else the paper's words. */
export type KentFigure = { key: string; value: number | string; unit: string; description: string; source: string };

/**
 * Every figure of the Kent table in the project's domain notes, in that table's order, then the derived means.
 *
 * @example
 * KENT_FIGURES.find((f) => f.key === 'srpPlaces')?.value; // 1500
 */
export const KENT_FIGURES: KentFigure[] = [
  {
    key: 'independentPlacements2025',
    value: 1172,
    unit: 'placements',
    description: 'Children in independent placements, 2025',
    source: SOURCES.minutes2025,
  },
  {
    key: 'projectedIndependentPlacementsEndOfForecast',
    value: 900,
    unit: 'placements',
    description:
      '"Just over 900" independent placements at the end of the forecast, "based on increased mainstream and ' +
      'SRP capacity" (900 is a lower bound)',
    source: SOURCES.minutes2025,
  },
  {
    key: 'srpPanelCases',
    value: 1370,
    unit: 'cases',
    description: 'Cases considered by the SRP panel',
    source: SOURCES.minutes2025,
  },
  {
    key: 'srpPanelCasesRequiringSrp',
    value: 450,
    unit: 'cases',
    description: 'Of the SRP panel cases, about 450 identified as requiring an SRP place',
    source: SOURCES.minutes2025,
  },
  {
    key: 'srpPlaces',
    value: 1500,
    unit: 'places',
    description: 'Existing Specialist Resource Provision places ("demand continued to be higher than supply")',
    source: SOURCES.minutes2025,
  },
  {
    key: 'independentSchoolsUsed',
    value: 110,
    unit: 'schools',
    description: 'Independent schools Kent places pupils in: "more than 110"',
    source: SOURCES.minutes2025,
  },
  {
    key: 'frameworkLots',
    value: 2,
    unit: 'lots',
    description: 'Framework quality lots: lot 1 higher quality, block contracts; lot 2 includes lower-rated schools',
    source: SOURCES.minutes2025,
  },
  {
    key: 'consultationResponseDays',
    value: 15,
    unit: 'days',
    description: 'Response window per school consulted ("some cases required approaches to many schools")',
    source: SOURCES.minutes2025,
  },
  {
    key: 'consultationOrder',
    value: 'state-funded first; then framework (DPS) schools first',
    unit: 'rule',
    description: 'Order in which schools are consulted',
    source: SOURCES.minutes2025,
  },
  {
    key: 'placementSpikeNcYear',
    value: 7,
    unit: 'NC year',
    description: 'Independent placements spike at Year 7 (low parental confidence in mainstream)',
    source: SOURCES.minutes2025,
  },
  {
    key: 'feeUpliftPlacementsReduced2025',
    value: 42,
    unit: 'placements',
    description: 'Fee uplift negotiation 2025/26: requested increases reduced on 42 placements',
    source: SOURCES.minutes2025,
  },
  {
    key: 'feeUpliftSaving2025',
    value: 1_000_000,
    unit: 'GBP',
    description: 'Fee uplift negotiation 2025/26: about £1m saved on those 42 placements',
    source: SOURCES.minutes2025,
  },
  {
    key: 'nmissSpend2024_25',
    value: 86_700_000,
    unit: 'GBP',
    description: 'Net NMISS spend 2024-25 (High Needs Block, DSG)',
    source: SOURCES.keyDecision2025,
  },
  {
    key: 'frameworkSpend2024_25',
    value: 46_900_000,
    unit: 'GBP',
    description: 'Spend with framework (DPS) providers 2024-25',
    source: SOURCES.keyDecision2025,
  },
  {
    key: 'frameworkChildren2024_25',
    value: 920,
    unit: 'children',
    description: 'Average number of children placed with framework (DPS) providers 2024-25',
    source: SOURCES.keyDecision2025,
  },
  {
    key: 'fundedChildren2024_25',
    value: 1690,
    unit: 'children',
    description: 'Children funded during 2024-25',
    source: SOURCES.keyDecision2025,
  },
  {
    key: 'frameworkShareOfSchools',
    value: 0.33,
    unit: 'share',
    description: 'Share of schools used that are on the framework: "about one third"',
    source: SOURCES.keyDecision2025,
  },
  {
    key: 'nmissSpend2017_18',
    value: 27_911_115,
    unit: 'GBP',
    description: 'NMISS spend 2017/18',
    source: SOURCES.recordOfDecision2021,
  },
  {
    key: 'nmissSpend2018_19',
    value: 34_167_515,
    unit: 'GBP',
    description: 'NMISS spend 2018/19',
    source: SOURCES.recordOfDecision2021,
  },
  {
    key: 'nmissSpend2019_20',
    value: 39_772_645,
    unit: 'GBP',
    description: 'NMISS spend 2019/20',
    source: SOURCES.recordOfDecision2021,
  },
  {
    key: 'nmissSpend2020_21',
    value: 49_244_606,
    unit: 'GBP',
    description: 'NMISS spend 2020/21',
    source: SOURCES.recordOfDecision2021,
  },
  {
    key: 'frameworkTermYears',
    value: 4,
    unit: 'years',
    description: 'Framework term from September 2026',
    source: SOURCES.minutes2025,
  },
  {
    key: 'frameworkExtensionYears',
    value: 4,
    unit: 'years',
    description: 'Option to extend the framework by 4 more years',
    source: SOURCES.minutes2025,
  },
  {
    key: 'meanCostPerFundedChild2024_25',
    value: 51_302,
    unit: 'GBP per child per year',
    description: 'Derived: net NMISS spend / children funded, 86.7m / 1,690',
    source: SOURCES.keyDecision2025,
  },
  {
    key: 'meanCostPerFrameworkChild2024_25',
    value: 50_978,
    unit: 'GBP per child per year',
    description: 'Derived: framework spend / framework children, 46.9m / 920',
    source: SOURCES.keyDecision2025,
  },
  {
    key: 'meanCostPerOffFrameworkChild2024_25',
    value: 51_688,
    unit: 'GBP per child per year',
    description: 'Derived: (86.7m - 46.9m) / (1,690 - 920) = 39.8m / 770',
    source: SOURCES.keyDecision2025,
  },
];

/**
 * The real NMISS spend figures by financial year (keyed by the year it ends in), GBP.
 *
 * @example
 * REAL_SPEND[2021].spendGbp; // 49244606, spend in 2020-21
 */
export const REAL_SPEND: Record<number, { spendGbp: number; source: string }> = {
  2018: { spendGbp: 27_911_115, source: SOURCES.recordOfDecision2021 },
  2019: { spendGbp: 34_167_515, source: SOURCES.recordOfDecision2021 },
  2020: { spendGbp: 39_772_645, source: SOURCES.recordOfDecision2021 },
  2021: { spendGbp: 49_244_606, source: SOURCES.recordOfDecision2021 },
  2025: { spendGbp: 86_700_000, source: SOURCES.keyDecision2025 },
};
