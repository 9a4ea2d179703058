// Nearest-first search over institutions without looking at every one: a static kd-tree (kdbush)
// walked nearest-first on the sphere (geokdbush `around`), the filter applied as the walk goes. The
// index is immutable; a change to a few institutions gives a new index sharing the tree, with the
// changed ones looked at one by one (withChanges); many changes build a new tree (cloud/handlers/
// nursery/searchIndex.ts decides when). `scanNearest` answers the same question by looking at every row: the
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
  /**
   * Institutions changed since the tree was built: the new version, or null when it left search.
   * They are looked at one by one; the tree's own copies of them are skipped.
   */
  private readonly changed: ReadonlyMap<string, SearchableNursery | null>;

  /** The ids the tree holds, built with it and shared by every index derived from it. */
  private readonly treeIds: ReadonlySet<string>;

  constructor(
    items: readonly SearchableNursery[],
    base?: { tree: KDBush | null; treeIds: ReadonlySet<string>; changed: ReadonlyMap<string, SearchableNursery | null>; size: number },
  ) {
    this.items = items;
    if (base) {
      this.tree = base.tree;
      this.treeIds = base.treeIds;
      this.changed = base.changed;
      this.size = base.size;
      return;
    }
    this.changed = new Map();
    this.treeIds = new Set(items.map((n) => n.id));
    this.size = items.length;
    if (items.length === 0) this.tree = null;
    else {
      const tree = new KDBush(items.length);
      for (const n of items) tree.add(n.lng, n.lat);
      this.tree = tree.finish();
    }
  }

  /** Institutions changed since this tree was built, beyond which a rebuild is cheaper. */
  get changedCount(): number {
    return this.changed.size;
  }

  /**
   * The index after some institutions changed: `updated` are their current versions, `removed` the
   * ids that left search. The tree is kept; the changed ones are looked at one by one.
   */
  withChanges(updated: readonly SearchableNursery[], removed: readonly string[]): NurseryIndex {
    const changed = new Map(this.changed);
    let size = this.size;
    const present = (id: string) => (changed.has(id) ? changed.get(id) !== null : this.treeIds.has(id));
    for (const id of removed) {
      if (present(id)) size -= 1;
      changed.set(id, null);
    }
    for (const item of updated) {
      if (!present(item.id)) size += 1;
      changed.set(item.id, item);
    }
    return new NurseryIndex(this.items, { tree: this.tree, treeIds: this.treeIds, changed, size });
  }

  nearest(q: NearestQuery): NearestPage {
    // One past the page tells whether there is more.
    const wanted = q.offset + q.limit + 1;
    const hits: NearestHit[] = [];
    if (this.tree) {
      const skip = this.changed;
      const ids = around(
        this.tree,
        q.origin.lng,
        q.origin.lat,
        wanted,
        Infinity,
        (i) => !skip.has(this.items[i]!.id) && matchesFilter(this.items[i]!, q.filter),
      );
      for (const i of ids) hits.push({ item: this.items[i]!, distanceM: distanceMetres(q.origin, this.items[i]!) });
    }
    for (const item of this.changed.values()) {
      if (item && matchesFilter(item, q.filter)) hits.push({ item, distanceM: distanceMetres(q.origin, item) });
    }
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
