// Great-circle distance on a sphere of the Earth's mean radius (haversine). Written with the same
// operations, in the same order, as geokdbush's own, so ranking by either gives one order.
import type { LatLng } from './types';

export const EARTH_RADIUS_M = 6_371_000;
const RAD = Math.PI / 180;

function haverSin(theta: number): number {
  const s = Math.sin(theta / 2);
  return s * s;
}

/** Metres between two points (not rounded). */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const h = Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * haverSin((a.lng - b.lng) * RAD) + haverSin((a.lat - b.lat) * RAD);
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
}
