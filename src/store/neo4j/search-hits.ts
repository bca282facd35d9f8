import { ENTITY_KINDS, type EntityOf, type Evidence } from '../../domain';
import { compareSearchHits, searchScore, searchableNames } from '../listing/search';
import type { SearchHit } from '../network-store';
import { luceneQuery } from './listing-queries';
import type { Query } from './reads';
import { identifiersFromProperty, int, toNumber } from './records';

/**
 * The full-text index finds every record with a word starting with each query word (exactly the records
 * searchScore gives a score above 0); the statement ranks them by the same rule as compareSearchHits and
 * returns the best `first` (at most 500). They are scored and sorted again here with the very functions
 * the embedded store uses, so the two agree on everything the database sent.
 */
export async function searchHits(
  query: Query,
  words: readonly string[],
  first: number,
  evidence?: readonly Evidence[],
): Promise<SearchHit[]> {
  const rows = await query('search', {
    query: luceneQuery(words),
    phrase: words.join(' '),
    evidence: evidence ? [...evidence] : null,
    limit: int(first),
  });
  const hits: SearchHit[] = [];
  for (const row of rows) {
    const kind = ENTITY_KINDS[toNumber(row.kindRank)]!;
    const fields = Object.fromEntries(
      Object.entries(row.names as Record<string, unknown>)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, k === 'identifiers' ? identifiersFromProperty(v) : v]),
    );
    const names = searchableNames(kind, fields as unknown as EntityOf[typeof kind]);
    const score = searchScore(words, names);
    if (score > 0) hits.push({ kind, id: row.id as string, name: names[0]!, score });
  }
  return hits.sort(compareSearchHits).slice(0, first);
}
