// Nearest-first search over institutions without looking at every one: a static kd-tree (kdbush)
// walked nearest-first on the sphere (geokdbush `around`), the filter applied as the walk goes. The
// index is immutable; a change to the institutions builds a new one (cloud/handlers/nursery/
// searchIndex.ts decides when). `scanNearest` answers the same question by looking at every row: the
// benchmark and the tests compare the two.
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { distanceMetres } from './distance';
import { matchesFilter, type NurseryFilter, type SearchableNursery } from './filters';
import type { LatLng } from './types';

export interface NearestQuery {
  origin: LatLng;
  filter: NurseryFilter;
  offset: number;
  limit: number;
}

export interface NearestHit {
  item: SearchableNursery;
  distanceM: number;
}

export interface NearestPage {
  hits: NearestHit[];
  /** More matches exist past this page. */
  more: boolean;
}

/** Nearest first; an exact tie (same point) by id, so every run and both methods agree. */
function byDistanceThenId(a: NearestHit, b: NearestHit): number {
  return a.distanceM - b.distanceM || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}

function page(sorted: NearestHit[], q: NearestQuery): NearestPage {
  return { hits: sorted.slice(q.offset, q.offset + q.limit), more: sorted.length > q.offset + q.limit };
}

export class NurseryIndex {
  readonly size: number;
  private readonly items: readonly SearchableNursery[];
  private readonly tree: KDBush | null;

  constructor(items: readonly SearchableNursery[]) {
    this.items = items;
    this.size = items.length;
    if (items.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new KDBush(items.length);
    for (const n of items) tree.add(n.lng, n.lat);
    this.tree = tree.finish();
  }

  nearest(q: NearestQuery): NearestPage {
    if (!this.tree) return { hits: [], more: false };
    // One past the page tells whether there is more.
    const wanted = q.offset + q.limit + 1;
    const ids = around(this.tree, q.origin.lng, q.origin.lat, wanted, Infinity, (i) => matchesFilter(this.items[i]!, q.filter));
    const hits = ids.map((i) => ({ item: this.items[i]!, distanceM: distanceMetres(q.origin, this.items[i]!) }));
    return page(hits.sort(byDistanceThenId), q);
  }
}

/** The same answer by looking at every institution. */
export function scanNearest(items: readonly SearchableNursery[], q: NearestQuery): NearestPage {
  const hits: NearestHit[] = [];
  for (const item of items) {
    if (matchesFilter(item, q.filter)) hits.push({ item, distanceM: distanceMetres(q.origin, item) });
  }
  return page(hits.sort(byDistanceThenId), q);
}
