// Re-exports of the geo part of the library: distances, the travel model and the spatial index.
export { greatCircleKm } from './great-circle-km.js';
export type { LatLon } from './great-circle-km.js';
export { haversineKm, toRadians } from './haversine-km.js';
export { estimateTravel, roadKm, journeyMinutes, annualTransportCost } from './travel.js';
export type { Travel, TravelModel } from './travel.js';
export { LatitudeIndex } from './latitude-index.js';
