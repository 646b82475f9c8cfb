// Re-exports of the geo part of the library: distances, the travel model and the spatial index.
// The public travel helpers validate their arguments (checked.ts); src uses the raw ones directly.
export { greatCircleKm, estimateTravel, roadKm, journeyMinutes, annualTransportCost } from './checked.js';
export type { LatLon } from './great-circle-km.js';
export { haversineKm, toRadians } from './haversine-km.js';
export type { Travel, TravelModel } from './travel.js';
export { LatitudeIndex } from './latitude-index.js';
