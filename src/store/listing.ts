import {
  AREA_LEVELS,
  assertNever,
  ENTITY_KINDS,
  ValidationError,
  admits,
  foldText,
  identifierKey,
  isActiveAt,
  withEvidence,
  type Actor,
  type Area,
  type EntityKind,
  type EntityOf,
  type NetworkFilter,
  type OrganisationIdentifier,
  type Partnership,
} from '../domain';
import type {
  ActorFilter,
  ActorOrder,
  Edge,
  Page,
  PageRequest,
  PartnershipFilter,
  PartnershipOrder,
  SearchHit,
} from './network-store';

/**
 * Listing semantics shared by every adapter: filters, sort keys and cursors. The embedded store runs these
 * functions; the Neo4j store's Cypher must agree with them, and the contract suite checks that it does.
 */

export const MAX_PAGE_SIZE = 500;

/**
 * foldText, memoised: listings fold the same names again on every page. Bounded so that a long-running
 * process renaming many records cannot grow it without end.
 */
const foldedCache = new Map<string, string>();
function folded(text: string): string {
  let result = foldedCache.get(text);
  if (result === undefined) {
    if (foldedCache.size >= 1_000_000) foldedCache.clear();
    foldedCache.set(text, (result = foldText(text)));
  }
  return result;
}

/** Rejects page sizes outside 0..MAX_PAGE_SIZE, naming the argument. */
export function checkPageRequest(page: PageRequest): void {
  if (!Number.isInteger(page.first) || page.first < 0 || page.first > MAX_PAGE_SIZE)
    throw new ValidationError([
      { path: 'first', message: `must be a whole number from 0 to ${MAX_PAGE_SIZE}` },
    ]);
}

export type SortKey = string[];

/** Actors sort by folded name (accents and case ignored), then id, so equal names still have a total order. */
export function actorSortKey(actor: Actor, order: ActorOrder): SortKey {
  return order.field === 'NAME' ? [folded(actor.name), actor.id] : [actor.id];
}

/** Partnerships sort by folded title, by start date (undated first) then title, or by id; always id last. */
export function partnershipSortKey(p: Partnership, order: PartnershipOrder): SortKey {
  switch (order.field) {
    case 'TITLE':
      return [folded(p.title), p.id];
    case 'START_DATE':
      return [p.startDate ?? '', folded(p.title), p.id];
    case 'ID':
      return [p.id];
    default:
      return assertNever(order.field, 'partnership order field');
  }
}

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** A cursor is the sort key of the last row seen, tagged with its listing so it cannot be used on another. */
export function encodeCursor(listing: string, key: SortKey): string {
  return Buffer.from(JSON.stringify([listing, ...key]), 'utf8').toString('base64url');
}

/** The sort key in a cursor; a cursor that is malformed or from another listing/order is a BAD_USER_INPUT on `after`. */
export function decodeCursor(listing: string, cursor: string): SortKey {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  if (!Array.isArray(parts) || parts[0] !== listing || !parts.every((p) => typeof p === 'string'))
    throw new ValidationError([{ path: 'after', message: 'is not a cursor of this listing and order' }]);
  return parts.slice(1) as SortKey;
}

export function actorListing(order: ActorOrder): string {
  return `actors:${order.field}:${order.direction}`;
}
export function partnershipListing(order: PartnershipOrder): string {
  return `partnerships:${order.field}:${order.direction}`;
}

function textMatches(text: string | undefined, ...fields: (string | undefined)[]): boolean {
  if (text === undefined || text.trim() === '') return true;
  const needle = foldText(text);
  return fields.some((f) => f !== undefined && folded(f).includes(needle));
}

function hasIdentifier(actor: Actor, wanted: readonly OrganisationIdentifier[]): boolean {
  const keys = new Set(wanted.map(identifierKey));
  return (actor.identifiers ?? []).some((identifier) => keys.has(identifierKey(identifier)));
}

/**
 * `homeAreaScope` is `homeAreaIds` with their descendants, and `participants` the actors of
 * `participantsIn(filter.partnerships)`, both worked out once by the caller.
 */
export function actorMatches(
  actor: Actor,
  filter: ActorFilter,
  homeAreaScope?: ReadonlySet<string>,
  participants?: ReadonlySet<string>,
): boolean {
  if (filter.ids && !filter.ids.includes(actor.id)) return false;
  if (filter.partnerships && !participants?.has(actor.id)) return false;
  if (filter.sectors && !filter.sectors.includes(actor.sector)) return false;
  if (filter.kinds && !filter.kinds.includes(actor.kind)) return false;
  if (filter.homeAreaIds && !(actor.homeAreaId && homeAreaScope?.has(actor.homeAreaId))) return false;
  if (filter.identifiers && !hasIdentifier(actor, filter.identifiers)) return false;
  if (!admits(filter.evidence, actor.provenance)) return false;
  return textMatches(filter.text, actor.name, actor.acronym);
}

/** `areaScope` is `areaIds` with their descendants, expanded once by the caller. */
export function partnershipMatches(
  p: Partnership,
  filter: PartnershipFilter,
  areaScope?: ReadonlySet<string>,
): boolean {
  if (filter.ids && !filter.ids.includes(p.id)) return false;
  if (filter.kinds && !filter.kinds.includes(p.kind)) return false;
  if (filter.asOf && !isActiveAt(p, filter.asOf)) return false;
  const seen = withEvidence(p, filter.evidence);
  if (!seen) return false;
  if (filter.actorIds) {
    const { actorIds, roles } = filter;
    if (!seen.participants.some((x) => actorIds.includes(x.actorId) && (!roles || roles.includes(x.role))))
      return false;
  } else if (filter.roles && !seen.participants.some((x) => filter.roles!.includes(x.role))) return false;
  if (filter.areaIds && !seen.areaIds.some((id) => areaScope?.has(id))) return false;
  if (filter.themeIds && !p.themeIds.some((id) => filter.themeIds!.includes(id))) return false;
  if (filter.targetGroupIds && !p.targetGroups.some((t) => filter.targetGroupIds!.includes(t.targetGroupId)))
    return false;
  return textMatches(filter.text, p.title);
}

/**
 * The actors taking part in a partnership passing `filter` (`areaScope` as for partnershipMatches), in one of
 * its `roles` when given: what ActorFilter.partnerships selects.
 */
export function participantsIn(
  partnerships: Iterable<Partnership>,
  filter: PartnershipFilter,
  areaScope?: ReadonlySet<string>,
): Set<string> {
  const actors = new Set<string>();
  for (const p of partnerships) {
    if (!partnershipMatches(p, filter, areaScope)) continue;
    for (const x of withEvidence(p, filter.evidence)!.participants)
      if (!filter.roles || filter.roles.includes(x.role)) actors.add(x.actorId);
  }
  return actors;
}

/**
 * The analytics filter (docs/design.md §5) as listing filters, so that a snapshot and a listing select with one
 * matcher: nodes are the actors passing `sectors`, ties come from partnerships passing the rest.
 */
export function networkSelection(filter: NetworkFilter): {
  actors: ActorFilter;
  partnerships: PartnershipFilter;
} {
  const partnerships: PartnershipFilter = {
    ...(filter.asOf ? { asOf: filter.asOf } : {}),
    ...(filter.partnershipKinds ? { kinds: filter.partnershipKinds } : {}),
    ...(filter.themeIds ? { themeIds: filter.themeIds } : {}),
    ...(filter.areaIds ? { areaIds: filter.areaIds } : {}),
    ...(filter.evidence ? { evidence: filter.evidence } : {}),
  };
  return {
    actors: {
      ...(filter.sectors ? { sectors: filter.sectors } : {}),
      ...(filter.evidence ? { evidence: filter.evidence } : {}),
    },
    partnerships,
  };
}

/** Named records (areas, themes, target groups) sort by folded name, then id. */
export function compareByName(a: { id: string; name: string }, b: { id: string; name: string }): number {
  return compareKeys([folded(a.name), a.id], [folded(b.name), b.id]);
}

/** Areas: country first, then regions, then municipalities; by folded name within a level. */
export function compareAreas(a: Area, b: Area): number {
  return AREA_LEVELS.indexOf(a.level) - AREA_LEVELS.indexOf(b.level) || compareByName(a, b);
}

/**
 * One page out of rows already filtered and sorted ascending by `keyOf` (the caller has checked `page`): rows strictly after the cursor
 * (in the listing's direction), `first` of them, with the total count of the filtered rows.
 */
export function pageOf<T>(
  sortedAsc: readonly T[],
  keyOf: (row: T) => SortKey,
  listing: string,
  descending: boolean,
  page: PageRequest,
): Page<T> {
  // The listing read in its direction, without copying it (a descending page of 10,000 rows copied them all).
  const count = sortedAsc.length;
  const row = descending ? (i: number) => sortedAsc[count - 1 - i]! : (i: number) => sortedAsc[i]!;
  let start = 0;
  if (page.after !== undefined) {
    const after = decodeCursor(listing, page.after);
    const sign = descending ? -1 : 1;
    // Binary search for the first row past the cursor: the cursor's row may have been deleted meanwhile.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sign * compareKeys(keyOf(row(mid)), after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const end = Math.min(count, start + page.first);
  const cursorOf = (node: T) => encodeCursor(listing, keyOf(node));
  const edges: Edge<T>[] = [];
  for (let i = start; i < end; i++) edges.push(new LazyEdge(row(i), cursorOf));
  return {
    edges,
    totalCount: count,
    hasNextPage: end < count,
    endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
  };
}

/** An edge whose cursor is encoded when first read: most pages are asked for their nodes alone. */
class LazyEdge<T> implements Edge<T> {
  private encoded: string | undefined;

  constructor(
    readonly node: T,
    private readonly cursorOf: (node: T) => string,
  ) {}

  get cursor(): string {
    return (this.encoded ??= this.cursorOf(this.node));
  }
}

/** The words search matches on: folded, split at anything that is not a letter or digit. */
export function searchWords(text: string): string[] {
  return folded(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * What search looks at in a record, primary name first: an actor's name and acronym, a partnership's
 * title, an area's name and its other-language name ("Peć" finds Pejë), a theme's or group's name.
 */
export function searchableNames<K extends EntityKind>(kind: K, record: EntityOf[K]): string[] {
  const { name, acronym, title, altName, alternativeNames } = record as Partial<Actor & Partnership & Area>;
  const { identifiers } = record as Partial<Actor>;
  return [
    name ?? title ?? '',
    ...(acronym ? [acronym] : []),
    ...(altName ? [altName] : []),
    ...(alternativeNames ?? []),
    // An organisation is also found by its registry ids ("GB-CHC-1089464" finds the charity).
    ...(identifiers ?? []).map((identifier) => identifier.id),
  ];
}

/** The words of all searchable names, space-separated: what an adapter indexes for search. */
export function searchText(names: readonly string[]): string {
  return names.flatMap(searchWords).join(' ');
}

/**
 * A record's searchable names as search works on them: the words of each name joined (primary name
 * first), and all the words as one text, each after a space, so that "a word starts with q" is one
 * `includes(' ' + q)` (words hold only letters and digits).
 */
export interface SearchEntry {
  joined: string[];
  text: string;
}

/** The SearchEntry of `names` (from searchableNames); an adapter that scans may keep it per record. */
export function searchEntry(names: readonly string[]): SearchEntry {
  const joined = names.map((name) => searchWords(name).join(' '));
  return { joined, text: ` ${joined.join(' ')}` };
}

/**
 * How well `names` (primary name first) match the query words (from searchWords): 0 when some query
 * word starts no word of the names; 3 when a name is exactly the query; 2 when the primary name starts
 * with it; 1 otherwise.
 */
export function searchScore(queryWords: readonly string[], names: readonly string[]): number {
  return searchScorer(queryWords)(searchEntry(names));
}

/** searchScore of names already made SearchEntries, for one query: what a scan of every record calls. */
export function searchScorer(queryWords: readonly string[]): (entry: SearchEntry) => number {
  const needles = queryWords.map((word) => ` ${word}`);
  const query = queryWords.join(' ');
  return (entry) => {
    if (needles.length === 0) return 0;
    for (const needle of needles) if (!entry.text.includes(needle)) return 0;
    if (entry.joined.includes(query)) return 3;
    return (entry.joined[0] ?? '').startsWith(query) ? 2 : 1;
  };
}

/** A search is for names, not documents: the bound keeps every adapter's query small (Lucene caps clauses). */
export const MAX_SEARCH_LENGTH = 200;

/** Query words for search, or a BAD_USER_INPUT naming `query` (or `first`) when there is nothing to search. */
export function checkSearchRequest(query: string, first: number): string[] {
  checkPageRequest({ first });
  if (query.length > MAX_SEARCH_LENGTH)
    throw new ValidationError([
      { path: 'query', message: `must be at most ${MAX_SEARCH_LENGTH} characters long` },
    ]);
  const words = searchWords(query);
  if (words.length === 0)
    throw new ValidationError([{ path: 'query', message: 'needs at least one letter or digit' }]);
  return words;
}

/** Best score first, then actors, partnerships, areas, themes, target groups, then folded name and id. */
export function compareSearchHits(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score || ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) || compareByName(a, b)
  );
}

/**
 * The best `first` of `hits` in compareSearchHits order, without sorting them all: a one-letter query
 * matches most of a large store, and sorting 50,000 hits to answer one took longer than finding them.
 */
export function bestHits(hits: Iterable<SearchHit>, first: number): SearchHit[] {
  const best: SearchHit[] = [];
  if (first <= 0) return best;
  for (const hit of hits) {
    if (best.length === first && compareSearchHits(hit, best[first - 1]!) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareSearchHits(best[mid]!, hit) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, hit);
    if (best.length > first) best.pop();
  }
  return best;
}
