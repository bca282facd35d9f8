import {
  ENTITY_KINDS,
  ValidationError,
  type Actor,
  type Area,
  type EntityKind,
  type EntityOf,
  type Partnership,
} from '../../domain';
import type { SearchHit } from '../network-store';
import { folded } from './folded';
import { checkPageRequest } from './paging';
import { compareByName } from './sorting';

/**
 * Search semantics shared by every adapter: which words of a record are searched, how a record scores
 * and how hits are ranked. The Neo4j store's full-text query must find the same records.
 */

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
