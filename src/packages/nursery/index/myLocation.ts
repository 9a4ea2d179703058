import type { LatLng } from '@domain/nursery/types';

// H5: the browser's geolocation, if it has one and the person allows it. Optional: the township
// picker always works. The weapp build uses myLocation.weapp.ts (WeChat's permission flow).

export function canLocate(): boolean {
  return typeof navigator !== 'undefined' && 'geolocation' in navigator;
}

/** The device's position (WGS-84), or null when it is unavailable or refused. */
export function myLocation(): Promise<LatLng | null> {
  if (!canLocate()) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => resolve(null),
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 },
    );
  });
}
