import type { EntityKind, EntityOf } from '../../domain';
import { encodeCursor } from '../listing/paging';
import type { ActorPartners, Page, PartnershipFilter } from '../network-store';
import { META_ID } from './graph-model';
import { partnershipFilterParams, type Params } from './listing-queries';
import { FROM_ROW, int, toNumber } from './records';
import { BY_ID, type StatementName } from './statements';

/**
 * Reads shared by the store's methods and its writes, each running inside the caller's transaction
 * (`Query`). Records are always fetched through their kind's by-id statement, so each kind has exactly
 * one projection from graph to record (records.ts converts it).
 */

/**
 * Rows per round trip when a snapshot streams a kind of record: large, so that the whole network of
 * 10,000 actors is a few statements (the driver fetches as many rows per PULL, connection.ts).
 */
export const SNAPSHOT_PAGE = 10_000;

/** Runs a named statement in the current transaction and returns its rows as plain objects. */
export type Query = (
  name: StatementName,
  params: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

/**
 * Rows per statement: a network of 10,000 actors is written and read back in one or two statements per
 * kind, while a network of millions still becomes several statements of one transaction, not one huge
 * parameter.
 */
export const CHUNK = 10_000;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Whole records of one kind by id (the ones that exist), through the kind's one projection. */
export async function fetchRecords<K extends EntityKind>(
  query: Query,
  kind: K,
  ids: Iterable<string>,
  chunkSize = CHUNK,
): Promise<Map<string, EntityOf[K]>> {
  const found = new Map<string, EntityOf[K]>();
  // The chunks go out together: the driver pipelines the statements of a transaction.
  const answers = await Promise.all(
    chunks([...new Set(ids)], chunkSize).map((chunk) => query(BY_ID[kind], { ids: chunk })),
  );
  for (const rows of answers)
    for (const row of rows)
      found.set((row.record as { id: string }).id, FROM_ROW[kind](row.record as Record<string, unknown>));
  return found;
}

/** For each actor id, its partnerships and their participants, whole and sorted by id (partnersOf). */
export async function fetchPartners(
  query: Query,
  actorIds: Iterable<string>,
): Promise<Map<string, ActorPartners>> {
  const found = new Map<string, ActorPartners>();
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const answers = await Promise.all(
    chunks([...new Set(actorIds)]).map((chunk) => query('actor-partners', { ids: chunk })),
  );
  for (const rows of answers)
    for (const row of rows)
      found.set(row.target as string, {
        partnerships: (row.partnerships as Record<string, unknown>[]).map(FROM_ROW.partnerships).sort(byId),
        actors: (row.actors as Record<string, unknown>[]).map(FROM_ROW.actors).sort(byId),
      });
  return found;
}

/** For each id, the ids of the records of `kind` linking to it; absent ids have none. */
export async function fetchReferrers(
  query: Query,
  statement: StatementName,
  ids: Iterable<string>,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const answers = await Promise.all(
    chunks([...new Set(ids)]).map((chunk) => query(statement, { ids: chunk })),
  );
  for (const rows of answers)
    for (const row of rows) found.set(row.target as string, row.referrers as string[]);
  return found;
}

export async function currentRevision(query: Query): Promise<number> {
  const [row] = await query('revision', { metaId: META_ID });
  return toNumber(row?.revision ?? 0);
}

/** ActorFilter.partnerships: the ids of the actors taking part in a matching partnership (participantsIn). */
export async function participants(query: Query, filter: PartnershipFilter): Promise<string[]> {
  const [row] = await query('partnership-participants', partnershipFilterParams(filter));
  return (row?.actorIds as string[] | undefined) ?? [];
}

/** neighbourhood(): the actors tied to any actor of `ring` in the network of the given selection. */
export async function neighbours(
  query: Query,
  ring: readonly string[],
  partnerships: PartnershipFilter,
  sectors: readonly string[] | undefined,
): Promise<string[]> {
  const [row] = await query('actor-neighbours', {
    ...partnershipFilterParams(partnerships),
    ring: [...ring],
    sectors: sectors ? [...sectors] : null,
  });
  return (row?.actorIds as string[] | undefined) ?? [];
}

/** The count statements of a listing: filtered (scans), and unfiltered (Neo4j's count store, no scan). */
export interface CountStatements {
  filtered: StatementName;
  all: StatementName;
}

/**
 * A keyset page: the count and `first + 1` ids after the cursor in the listing's order (one more tells
 * whether there is a next page), sent together, then those records. Without a filter the count comes
 * from the count store (`count.all`) instead of a scan. A row deleted since its cursor was handed out is
 * no problem: the statement compares sort keys, it does not look the row up.
 */
export async function pageOf<K extends 'actors' | 'partnerships'>(
  query: Query,
  kind: K,
  count: CountStatements,
  statement: StatementName,
  page: { params: Params; after: string[] | null; listing: string; first: number },
): Promise<Page<EntityOf[K]>> {
  const unfiltered = Object.values(page.params).every((value) => value === null);
  const [[counted], rows] = await Promise.all([
    unfiltered ? query(count.all, {}) : query(count.filtered, page.params),
    query(statement, { ...page.params, after: page.after, limit: int(page.first + 1) }),
  ]);
  const shown = rows.slice(0, page.first);
  const records = await fetchRecords(
    query,
    kind,
    shown.map((r) => r.id as string),
  );
  // A record deleted between the two statements (reads are read-committed) is left out rather than null.
  const edges = shown.flatMap((row) => {
    const node = records.get(row.id as string);
    return node ? [{ node, cursor: encodeCursor(page.listing, row.key as string[]) }] : [];
  });
  return {
    edges,
    totalCount: toNumber(counted?.total ?? 0),
    hasNextPage: rows.length > page.first,
    endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
  };
}

/**
 * Every record of a page statement's selection, in id order, `pageSize` at a time: the id-ordered
 * actor and partnership pages (with their filter `params`) and the ids-page statements of the other kinds.
 */
export async function pagedRecords<K extends EntityKind>(
  query: Query,
  kind: K,
  statement: StatementName,
  params: Params = {},
  pageSize = SNAPSHOT_PAGE,
): Promise<EntityOf[K][]> {
  const pages: Promise<EntityOf[K][]>[] = [];
  // Each page's records are fetched while the next page's ids are read: the two statements travel together.
  for (let after: string[] | null = null; ;) {
    const rows = await query(statement, { ...params, after, limit: int(pageSize) });
    const ids = rows.map((r) => r.id as string);
    pages.push(
      fetchRecords(query, kind, ids, pageSize).then((found) =>
        ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : [])),
      ),
    );
    if (rows.length < pageSize) return (await Promise.all(pages)).flat();
    after = [ids[ids.length - 1]!];
  }
}
