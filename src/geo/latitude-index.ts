/** turf's Earth radius in kilometres, for turning a radius into degrees of latitude. */
const EARTH_RADIUS_KM = 6371008.8 / 1e3;
/** Slack added to every window so that rounding can only let more points through, never fewer. */
const SLACK = 1e-6;

/**
 * A static spatial index over points: their ids sorted by latitude in typed arrays, like a
 * one-level kdbush. A query binary-searches the latitude band of a radius and tests longitude
 * against the band's exact half-width, so it returns every point within the radius (and a few
 * just outside it, which the caller's exact distance test removes). Built once, queried many times.
 *
 * Why latitude strips and not a grid: with ~3,000 schools split by need code, a band holds a few
 * dozen points and a binary search finds it in ~10 steps; nothing to tune.
 *
 * @example
 * const index = new LatitudeIndex([51.28, 51.27, 52.2], [1.08, 0.52, 0.12]);
 * const near: number[] = [];
 * index.search(51.28, 1.0, 50, (id) => near.push(id));
 * near.sort(); // [0, 1] (Canterbury and Maidstone, not Cambridge)
 */
export class LatitudeIndex {
  /** Point ids sorted by latitude. */
  readonly ids: Int32Array;
  /** Latitudes in the same order as `ids`. */
  readonly lats: Float64Array;
  /** Longitudes in the same order as `ids`. */
  readonly lons: Float64Array;

  /**
   * @param lats latitude of each point, degrees; the point's id is its position
   * @param lons longitude of each point, degrees
   * @param subset ids to index (default: all points)
   */
  constructor(lats: ArrayLike<number>, lons: ArrayLike<number>, subset?: ArrayLike<number>) {
    const ids = subset ? Array.from(subset) : Array.from({ length: lats.length }, (_, i) => i);
    // Ties in latitude keep id order, so the index (and every result built on it) is deterministic.
    ids.sort((a, b) => lats[a] - lats[b] || a - b);
    this.ids = Int32Array.from(ids);
    this.lats = Float64Array.from(ids, (i) => lats[i]);
    this.lons = Float64Array.from(ids, (i) => lons[i]);
  }

  /** Number of points indexed. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Calls `visit(id)` for every point within `radiusKm` great-circle km of (lat, lon), and possibly
   * for some points slightly outside; never misses one inside. Visits in latitude order.
   */
  search(lat: number, lon: number, radiusKm: number, visit: (id: number) => void): void {
    const { start, end, lonBandDeg } = this.window(lat, radiusKm);
    const { ids, lons } = this;
    for (let k = start; k < end; k++) {
      let dLon = Math.abs(lons[k] - lon);
      if (dLon > 180) dLon = 360 - dLon; // across the antimeridian
      if (dLon <= lonBandDeg) visit(ids[k]);
    }
  }

  /**
   * The part of the index a query must look at, for callers that loop over the typed arrays
   * themselves: positions [start, end) of the latitude band, and the longitude half-width in
   * degrees (360 when every longitude qualifies) that a point's longitude difference must not exceed.
   */
  window(lat: number, radiusKm: number): { start: number; end: number; lonBandDeg: number } {
    const radiusRad = radiusKm / EARTH_RADIUS_KM;
    const band = ((radiusRad * 180) / Math.PI) * (1 + SLACK) + SLACK;
    const start = lowerBound(this.lats, lat - band);
    const end = lowerBound(this.lats, lat + band + SLACK);
    // The widest longitude difference of a point within the radius: sin(Δλ) = sin(r) / cos(lat).
    // Near a pole, or for a radius past a quarter of the globe, every longitude qualifies.
    const cosLat = Math.cos((lat * Math.PI) / 180);
    const ratio = radiusRad >= Math.PI / 2 ? Infinity : Math.sin(radiusRad) / cosLat;
    const lonBandDeg = !(ratio < 1) ? 360 : ((Math.asin(ratio) * 180) / Math.PI) * (1 + SLACK) + SLACK;
    return { start, end, lonBandDeg };
  }
}

/** First position whose value is at least `x` in an ascending array. */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
