/**
 * SEN2 primary-need codes, as the DfE's SEN2 return and "Special educational needs in England"
 * statistics use them. The order is the DfE's.
 *
 * @example
 * NEED_CODES.includes('ASD'); // true
 * NEED_NAMES.SEMH; // 'Social, emotional and mental health'
 */
export const NEED_CODES = [
  'ASD',
  'SEMH',
  'SLCN',
  'MLD',
  'SLD',
  'PMLD',
  'SpLD',
  'HI',
  'VI',
  'MSI',
  'PD',
  'OTH',
  'NSA',
] as const;

/** A SEN2 primary-need code. */
export type NeedCode = (typeof NEED_CODES)[number];

/**
 * The DfE's full name of each need code, for labels a planner reads.
 *
 * @example
 * NEED_NAMES.ASD; // 'Autistic spectrum disorder'
 */
export const NEED_NAMES: Record<NeedCode, string> = {
  ASD: 'Autistic spectrum disorder',
  SEMH: 'Social, emotional and mental health',
  SLCN: 'Speech, language and communication needs',
  MLD: 'Moderate learning difficulty',
  SLD: 'Severe learning difficulty',
  PMLD: 'Profound and multiple learning difficulty',
  SpLD: 'Specific learning difficulty',
  HI: 'Hearing impairment',
  VI: 'Visual impairment',
  MSI: 'Multi-sensory impairment',
  PD: 'Physical disability',
  OTH: 'Other difficulty or disability',
  NSA: 'SEN support but no specialist assessment of type of need',
};

/**
 * Whether a string is a need code (case-sensitive, as SEN2 writes them).
 *
 * @example
 * isNeedCode('SpLD'); // true
 * isNeedCode('spld'); // false
 */
export function isNeedCode(value: unknown): value is NeedCode {
  return typeof value === 'string' && (NEED_CODES as readonly string[]).includes(value);
}
