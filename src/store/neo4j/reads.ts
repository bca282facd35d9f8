import type { EntityKind, EntityOf } from '../../domain';
import { encodeCursor } from '../listing';
import type { Page, PartnershipFilter } from '../network-store';
import { META_ID } from './graph-model';
import { partnershipFilterParams, type Params } from './listing-queries';
import { FROM_ROW, int, toNumber } from './records';
import { BY_ID, type StatementName } from './statements';

/**
 * Reads shared by the store's methods and its writes, each running inside the caller's transaction
 * (`Query`). Records are always fetched through their kind's by-id statement, so each kind has exactly
 * one projection from graph to record (records.ts converts it).
 */

/** Rows per round trip when a snapshot streams a kind of record. */
export const SNAPSHOT_PAGE = 2_000;

/** Runs a named statement in the current transaction and returns its rows as plain objects. */
export type Query = (
  name: StatementName,
  params: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

/** Rows per statement: big imports become several statements of one transaction, not one huge parameter. */
export const CHUNK = 1000;

export function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Whole records of one kind by id (the ones that exist), through the kind's one projection. */
export async function fetchRecords<K extends EntityKind>(
  query: Query,
  kind: K,
  ids: Iterable<string>,
): Promise<Map<string, EntityOf[K]>> {
  const found = new Map<string, EntityOf[K]>();
  for (const chunk of chunks([...new Set(ids)])) {
    for (const row of await query(BY_ID[kind], { ids: chunk }))
      found.set((row.record as { id: string }).id, FROM_ROW[kind](row.record as Record<string, unknown>));
  }
  return found;
}

/** For each id, the ids of the records of `kind` linking to it; absent ids have none. */
export async function fetchReferrers(
  query: Query,
  statement: StatementName,
  ids: Iterable<string>,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const chunk of chunks([...new Set(ids)])) {
    for (const row of await query(statement, { ids: chunk }))
      found.set(row.target as string, row.referrers as string[]);
  }
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

/**
 * A keyset page: the filtered count, `first + 1` ids after the cursor in the listing's order (one more
 * tells whether there is a next page), then those records. A row deleted since its cursor was handed out
 * is no problem: the statement compares sort keys, it does not look the row up.
 */
export async function pageOf<K extends 'actors' | 'partnerships'>(
  query: Query,
  kind: K,
  count: StatementName,
  statement: StatementName,
  page: { params: Params; after: string[] | null; listing: string; first: number },
): Promise<Page<EntityOf[K]>> {
  const [counted] = await query(count, page.params);
  const rows = await query(statement, { ...page.params, after: page.after, limit: int(page.first + 1) });
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
  const out: EntityOf[K][] = [];
  for (let after: string[] | null = null; ;) {
    const rows = await query(statement, { ...params, after, limit: int(pageSize) });
    const found = await fetchRecords(
      query,
      kind,
      rows.map((r) => r.id as string),
    );
    for (const row of rows) {
      const record = found.get(row.id as string);
      if (record) out.push(record);
    }
    if (rows.length < pageSize) return out;
    after = [rows[rows.length - 1]!.id as string];
  }
}
