import { LRUCache } from 'lru-cache';
import {
  ENTITY_KINDS,
  admits,
  type Actor,
  type Area,
  type EntityKind,
  type EntityOf,
  type Evidence,
  type Partnership,
  type Provenance,
  type TargetGroup,
  type Theme,
} from '../../domain';
import { actorMatches, participantsIn, partnershipMatches } from '../listing/filters';
import { actorListing, checkPageRequest, pageOf, partnershipListing } from '../listing/paging';
import {
  bestHits,
  checkSearchRequest,
  searchEntry,
  searchScorer,
  searchableNames,
  type SearchEntry,
} from '../listing/search';
import {
  actorSortKey,
  compareAreas,
  compareByName,
  compareKeys,
  partnershipSortKey,
  type SortKey,
} from '../listing/sorting';
import type {
  ActorFilter,
  ActorOrder,
  AreaFilter,
  Page,
  PageRequest,
  PartnershipFilter,
  PartnershipOrder,
  SearchHit,
} from '../network-store';
import { areaScope } from './embedded-reads';
import type { NetworkState } from './network-state';

/** Enough for the filters a few dashboards page through at once; each holds at most one array of references. */
const MAX_CACHED_LISTINGS = 32;

/**
 * The embedded store's listings and search over the in-memory state, with what makes paging through
 * them cheap: sorted and filtered rows cached until the next write, and sort keys and search words
 * memoised per record.
 */
export class EmbeddedListings {
  private readonly listings = new LRUCache<string, { version: number; rows: unknown[] }>({
    max: MAX_CACHED_LISTINGS,
  });
  /** Sort keys per listing order, memoised per record object (records are immutable; an update is a new object). */
  private readonly sortKeys = new Map<string, WeakMap<object, SortKey>>();
  /** The words search matches in each record, memoised the same way. */
  private readonly searchEntries = new WeakMap<object, SearchEntry>();

  constructor(
    private readonly state: NetworkState,
    /** Waits for the store's turn on the event loop before a scan of every record. */
    private readonly scanTurn: () => Promise<void>,
  ) {}

  async actors(filter: ActorFilter, order: ActorOrder, page: PageRequest): Promise<Page<Actor>> {
    checkPageRequest(page);
    const keyOf = (a: Actor) => this.sortKey(order.field, a, () => actorSortKey(a, order));
    const rows = await this.listing('actors', order.field, keyOf, filter, () => {
      const scope = filter.homeAreaIds ? areaScope(this.state, filter.homeAreaIds) : undefined;
      const participants = filter.partnerships ? this.participantsIn(filter.partnerships) : undefined;
      return (a: Actor) => actorMatches(a, filter, scope, participants);
    });
    return pageOf(rows, keyOf, actorListing(order), order.direction === 'DESC', page);
  }

  async partnerships(
    filter: PartnershipFilter,
    order: PartnershipOrder,
    page: PageRequest,
  ): Promise<Page<Partnership>> {
    checkPageRequest(page);
    const keyOf = (p: Partnership) => this.sortKey(order.field, p, () => partnershipSortKey(p, order));
    const rows = await this.listing('partnerships', order.field, keyOf, filter, () => {
      const scope = filter.areaIds ? areaScope(this.state, filter.areaIds) : undefined;
      return (p: Partnership) => partnershipMatches(p, filter, scope);
    });
    return pageOf(rows, keyOf, partnershipListing(order), order.direction === 'DESC', page);
  }

  async search(query: string, first: number, evidence?: readonly Evidence[]): Promise<SearchHit[]> {
    const words = checkSearchRequest(query, first);
    await this.scanTurn();
    const score = searchScorer(words);
    const hits: SearchHit[] = [];
    for (const kind of ENTITY_KINDS)
      for (const record of this.state.all(kind)) {
        if (!admits(evidence, (record as { provenance?: Provenance }).provenance)) continue;
        let entry = this.searchEntries.get(record);
        if (!entry) this.searchEntries.set(record, (entry = searchEntry(searchableNames(kind, record))));
        const found = score(entry);
        if (found > 0)
          hits.push({ kind, id: record.id, name: searchableNames(kind, record)[0]!, score: found });
      }
    return bestHits(hits, first);
  }

  areas(filter: AreaFilter): Area[] {
    return [...this.state.all('areas')]
      .filter(
        (a) =>
          (!filter.level || a.level === filter.level) && (!filter.parentId || a.parentId === filter.parentId),
      )
      .sort(compareAreas);
  }

  themes(): Theme[] {
    return [...this.state.all('themes')].sort(compareByName);
  }

  targetGroups(): TargetGroup[] {
    return [...this.state.all('targetGroups')].sort(compareByName);
  }

  private participantsIn(filter: PartnershipFilter): Set<string> {
    const scope = filter.areaIds ? areaScope(this.state, filter.areaIds) : undefined;
    return participantsIn(this.state.all('partnerships'), filter, scope);
  }

  private sortKey(order: string, record: object, compute: () => SortKey): SortKey {
    let keys = this.sortKeys.get(order);
    if (!keys) this.sortKeys.set(order, (keys = new WeakMap()));
    let key = keys.get(record);
    if (!key) keys.set(record, (key = compute()));
    return key;
  }

  /**
   * The rows of a listing, sorted ascending by `keyOf` and filtered, cached until the next write: paging
   * through a filtered listing then costs a binary search per page instead of a scan of the whole store.
   */
  private async listing<K extends EntityKind>(
    kind: K,
    order: string,
    keyOf: (r: EntityOf[K]) => SortKey,
    filter: object,
    matcher: () => (r: EntityOf[K]) => boolean,
  ): Promise<EntityOf[K][]> {
    const sortedKey = `${kind}:${order}`;
    const filteredKey = `${sortedKey}:${JSON.stringify(filter)}`;
    const unfiltered = Object.keys(filter).length === 0;
    const fresh = (key: string) => this.listings.get(key)?.version === this.state.cacheVersion;
    if (!fresh(sortedKey) || !(unfiltered || fresh(filteredKey))) await this.scanTurn();
    // Read after the turn: a write may have landed while this listing waited.
    const version = this.state.cacheVersion;
    let sorted = this.listings.get(sortedKey);
    if (sorted?.version !== version) {
      const rows = [...this.state.all(kind)].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
      this.listings.set(sortedKey, (sorted = { version, rows }));
    }
    if (unfiltered) return sorted.rows as EntityOf[K][];
    let filtered = this.listings.get(filteredKey);
    if (filtered?.version !== version) {
      const rows = (sorted.rows as EntityOf[K][]).filter(matcher());
      this.listings.set(filteredKey, (filtered = { version, rows }));
    }
    return filtered.rows as EntityOf[K][];
  }
}
