/**
 * Real towns in Kent and its neighbours, with approximate town-centre coordinates (WGS84, rounded
 * to ~100 m), where the synthetic schools are put and the synthetic children live. Only the towns
 * are real: every school and child placed near them is invented.
 */

/**
 * Kent County Council's 12 districts (Medway is a separate unitary authority, so not one of them).
 *
 * @example
 * KENT_DISTRICTS.length; // 12
 */
export const KENT_DISTRICTS = [
  'Ashford',
  'Canterbury',
  'Dartford',
  'Dover',
  'Folkestone and Hythe',
  'Gravesham',
  'Maidstone',
  'Sevenoaks',
  'Swale',
  'Thanet',
  'Tonbridge and Malling',
  'Tunbridge Wells',
] as const;

/** A Kent district. */
export type KentDistrict = (typeof KENT_DISTRICTS)[number];

/**
 * Approximate resident population of each district, thousands (ONS Census 2021, rounded). Used only
 * as weights: where synthetic children live and how many SRP places a district gets.
 *
 * @example
 * DISTRICT_POPULATION_THOUSANDS.Maidstone; // 176
 */
export const DISTRICT_POPULATION_THOUSANDS: Record<KentDistrict, number> = {
  Ashford: 132,
  Canterbury: 157,
  Dartford: 117,
  Dover: 116,
  'Folkestone and Hythe': 109,
  Gravesham: 107,
  Maidstone: 176,
  Sevenoaks: 121,
  Swale: 151,
  Thanet: 141,
  'Tonbridge and Malling': 132,
  'Tunbridge Wells': 116,
};

/** Areas a synthetic independent school may sit in: Kent, or the neighbours Kent places children in. */
export type Area = 'Kent' | 'Medway' | 'East Sussex' | 'Surrey' | 'London';

/** A real town: `share` is its rough share of its district's population (Kent towns only; sums to 1 per district). */
export type Town = { name: string; area: Area; district?: KentDistrict; share?: number; lat: number; lon: number };

/**
 * Kent towns by district; shares are rough (the main town takes most of a district's people).
 *
 * @example
 * KENT_TOWNS.find((t) => t.name === 'Maidstone')?.district; // 'Maidstone'
 */
export const KENT_TOWNS: Town[] = [
  { name: 'Ashford', area: 'Kent', district: 'Ashford', share: 0.8, lat: 51.1465, lon: 0.875 },
  { name: 'Tenterden', area: 'Kent', district: 'Ashford', share: 0.2, lat: 51.0696, lon: 0.6869 },
  { name: 'Canterbury', area: 'Kent', district: 'Canterbury', share: 0.5, lat: 51.2802, lon: 1.0789 },
  { name: 'Herne Bay', area: 'Kent', district: 'Canterbury', share: 0.25, lat: 51.37, lon: 1.128 },
  { name: 'Whitstable', area: 'Kent', district: 'Canterbury', share: 0.25, lat: 51.361, lon: 1.026 },
  { name: 'Dartford', area: 'Kent', district: 'Dartford', share: 0.7, lat: 51.4462, lon: 0.2169 },
  { name: 'Greenhithe', area: 'Kent', district: 'Dartford', share: 0.3, lat: 51.45, lon: 0.283 },
  { name: 'Dover', area: 'Kent', district: 'Dover', share: 0.45, lat: 51.1279, lon: 1.3134 },
  { name: 'Deal', area: 'Kent', district: 'Dover', share: 0.4, lat: 51.223, lon: 1.402 },
  { name: 'Sandwich', area: 'Kent', district: 'Dover', share: 0.15, lat: 51.274, lon: 1.339 },
  { name: 'Folkestone', area: 'Kent', district: 'Folkestone and Hythe', share: 0.6, lat: 51.0814, lon: 1.1695 },
  { name: 'Hythe', area: 'Kent', district: 'Folkestone and Hythe', share: 0.25, lat: 51.0716, lon: 1.084 },
  { name: 'New Romney', area: 'Kent', district: 'Folkestone and Hythe', share: 0.15, lat: 50.985, lon: 0.941 },
  { name: 'Gravesend', area: 'Kent', district: 'Gravesham', share: 0.7, lat: 51.4416, lon: 0.37 },
  { name: 'Northfleet', area: 'Kent', district: 'Gravesham', share: 0.3, lat: 51.442, lon: 0.324 },
  { name: 'Maidstone', area: 'Kent', district: 'Maidstone', share: 0.85, lat: 51.2704, lon: 0.5227 },
  { name: 'Headcorn', area: 'Kent', district: 'Maidstone', share: 0.15, lat: 51.168, lon: 0.626 },
  { name: 'Sevenoaks', area: 'Kent', district: 'Sevenoaks', share: 0.45, lat: 51.2724, lon: 0.1909 },
  { name: 'Swanley', area: 'Kent', district: 'Sevenoaks', share: 0.35, lat: 51.397, lon: 0.173 },
  { name: 'Edenbridge', area: 'Kent', district: 'Sevenoaks', share: 0.2, lat: 51.197, lon: 0.065 },
  { name: 'Sittingbourne', area: 'Kent', district: 'Swale', share: 0.5, lat: 51.3406, lon: 0.7316 },
  { name: 'Faversham', area: 'Kent', district: 'Swale', share: 0.2, lat: 51.3157, lon: 0.888 },
  { name: 'Sheerness', area: 'Kent', district: 'Swale', share: 0.3, lat: 51.441, lon: 0.76 },
  { name: 'Margate', area: 'Kent', district: 'Thanet', share: 0.4, lat: 51.3813, lon: 1.3862 },
  { name: 'Ramsgate', area: 'Kent', district: 'Thanet', share: 0.35, lat: 51.336, lon: 1.416 },
  { name: 'Broadstairs', area: 'Kent', district: 'Thanet', share: 0.25, lat: 51.359, lon: 1.44 },
  { name: 'Tonbridge', area: 'Kent', district: 'Tonbridge and Malling', share: 0.5, lat: 51.195, lon: 0.276 },
  { name: 'West Malling', area: 'Kent', district: 'Tonbridge and Malling', share: 0.3, lat: 51.293, lon: 0.409 },
  { name: 'Snodland', area: 'Kent', district: 'Tonbridge and Malling', share: 0.2, lat: 51.33, lon: 0.444 },
  { name: 'Royal Tunbridge Wells', area: 'Kent', district: 'Tunbridge Wells', share: 0.65, lat: 51.1324, lon: 0.2637 },
  { name: 'Paddock Wood', area: 'Kent', district: 'Tunbridge Wells', share: 0.2, lat: 51.182, lon: 0.39 },
  { name: 'Cranbrook', area: 'Kent', district: 'Tunbridge Wells', share: 0.15, lat: 51.097, lon: 0.535 },
];

/**
 * Towns in Kent's neighbours where Kent also places children (Medway, East Sussex, Surrey, the London fringe).
 *
 * @example
 * NEIGHBOUR_TOWNS.filter((t) => t.area === 'Medway').map((t) => t.name); // ['Chatham', 'Rochester', 'Gillingham']
 */
export const NEIGHBOUR_TOWNS: Town[] = [
  { name: 'Chatham', area: 'Medway', lat: 51.378, lon: 0.527 },
  { name: 'Rochester', area: 'Medway', lat: 51.388, lon: 0.507 },
  { name: 'Gillingham', area: 'Medway', lat: 51.389, lon: 0.549 },
  { name: 'Hastings', area: 'East Sussex', lat: 50.855, lon: 0.573 },
  { name: 'Bexhill-on-Sea', area: 'East Sussex', lat: 50.842, lon: 0.468 },
  { name: 'Crowborough', area: 'East Sussex', lat: 51.06, lon: 0.163 },
  { name: 'Rye', area: 'East Sussex', lat: 50.95, lon: 0.733 },
  { name: 'Uckfield', area: 'East Sussex', lat: 50.97, lon: 0.096 },
  { name: 'Oxted', area: 'Surrey', lat: 51.257, lon: -0.006 },
  { name: 'Caterham', area: 'Surrey', lat: 51.282, lon: -0.078 },
  { name: 'Redhill', area: 'Surrey', lat: 51.24, lon: -0.17 },
  { name: 'Bromley', area: 'London', lat: 51.406, lon: 0.015 },
  { name: 'Orpington', area: 'London', lat: 51.375, lon: 0.098 },
  { name: 'Bexleyheath', area: 'London', lat: 51.456, lon: 0.139 },
  { name: 'Sidcup', area: 'London', lat: 51.424, lon: 0.103 },
];

/**
 * Every town above: Kent's first, then the neighbours'.
 *
 * @example
 * ALL_TOWNS.length; // 47
 */
export const ALL_TOWNS: Town[] = [...KENT_TOWNS, ...NEIGHBOUR_TOWNS];
