import type { LatLng, NurseryListItem } from '@domain/nursery/types';

// H5 shows the list only (no map SDK in the browser build); the weapp build uses NurseryMap.weapp.tsx.
export const mapAvailable = false;

export function NurseryMap(_props: { origin: LatLng; items: readonly NurseryListItem[]; onOpen: (id: string) => void }) {
  return null;
}
