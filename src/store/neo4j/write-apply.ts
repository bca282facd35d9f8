import {
  DELETION_KEYS,
  ENTITY_KINDS,
  idsToLookUp,
  type Actor,
  type Area,
  type EntityKind,
  type EntityOf,
  type Partnership,
  type WriteBatch,
} from '../../domain';
import type { ChangeSet, PlanningView } from '../write-plan';
import { chunks, fetchRecords, fetchReferrers, type Query } from './reads';
import { int, provenanceProps, toNodeProps, toNumber } from './records';
import { DELETE, PUT, REFERRERS, UNLINK, type StatementName } from './statements';

/**
 * The Neo4j side of a write, inside its transaction: fetch what planning reads (write-plan.ts, shared with
 * the embedded store), then apply the planned change set with batched UNWIND statements.
 */

/**
 * Reads exactly what planWrite will ask for — the records the batch upserts, references or deletes, the
 * records linking to what it deletes, and the children of the areas it upserts — and serves it as a
 * PlanningView. Asking the view for anything else is a bug and throws rather than answering "absent".
 */
export async function prefetchView(query: Query, batch: WriteBatch, revision: number): Promise<PlanningView> {
  const wanted = idsToLookUp(batch);
  for (const kind of ENTITY_KINDS) for (const record of batch.upsert[kind]) wanted[kind].add(record.id);

  const referrers = new Map<string, Map<string, string[]>>();
  const referrerIds = async (target: EntityKind, kind: EntityKind, ids: Set<string>) => {
    const statement = REFERRERS[target]?.[kind];
    if (!statement || ids.size === 0) return;
    const found = await fetchReferrers(query, statement, ids);
    referrers.set(`${target}>${kind}`, found);
    for (const id of ids) for (const referrer of found.get(id) ?? []) wanted[kind].add(referrer);
  };
  const areaTargets = new Set<string>(batch.delete[DELETION_KEYS.areas]);
  for (const area of batch.upsert.areas) areaTargets.add(area.id); // their children: StoreView.childAreas
  // Two waves of statements sent together (the driver pipelines them): every reverse lookup, then every
  // record the plan may read, the referrers found included.
  await Promise.all(
    ENTITY_KINDS.flatMap((target) =>
      ENTITY_KINDS.map((kind) =>
        referrerIds(
          target,
          kind,
          target === 'areas' && kind === 'areas' ? areaTargets : new Set(batch.delete[DELETION_KEYS[target]]),
        ),
      ),
    ),
  );
  const fetched = await Promise.all(ENTITY_KINDS.map((kind) => fetchRecords(query, kind, wanted[kind])));
  const records = Object.fromEntries(ENTITY_KINDS.map((kind, i) => [kind, fetched[i]!])) as {
    [K in EntityKind]: Map<string, EntityOf[K]>;
  };

  return {
    revision,
    get<K extends EntityKind>(kind: K, id: string): EntityOf[K] | undefined {
      if (!wanted[kind].has(id))
        throw new Error(`internal: planning read ${kind} "${id}", which was not fetched`);
      return records[kind].get(id);
    },
    referrersOf(target: EntityKind, id: string, kind: EntityKind): string[] {
      if (!REFERRERS[target]?.[kind]) return []; // no link of that kind can point at that target
      const found = referrers.get(`${target}>${kind}`);
      if (!found)
        throw new Error(`internal: planning read the ${kind} linking to ${target} "${id}", not fetched`);
      return found.get(id) ?? [];
    },
  };
}

/** One record's links of one type: the record's id and its list, each item with its target (`to`). */
interface LinkRow {
  from: string;
  links: Record<string, unknown>[];
}

/**
 * A link's own provenance as relationship properties; none when it has none (it shares its partnership's:
 * the link statements read the missing keys as null, which Neo4j does not store).
 */
function linkProvenance(provenance: { evidence: string } | undefined) {
  return provenance === undefined ? {} : provenanceProps(provenance);
}

/**
 * Runs a link statement over whole lists (the owner is found once per row) and checks that every link was
 * made: a missing end would otherwise drop it silently.
 */
async function link(query: Query, statement: StatementName, rows: LinkRow[]): Promise<void> {
  await Promise.all(
    chunks(rows).map(async (chunk) => {
      const expected = chunk.reduce((n, row) => n + row.links.length, 0);
      const [answer] = await query(statement, { rows: chunk });
      const created = toNumber(answer?.created ?? 0);
      if (created !== expected)
        throw new Error(`internal: ${statement} created ${created} of ${expected} relationships`);
    }),
  );
}

/** The relationships the put records own, per link statement: per record its list, each link with its position. */
export function linksOf(changes: ChangeSet): Record<string, LinkRow[]> {
  const out: Record<string, LinkRow[]> = {
    'link-based-in': [],
    'link-part-of': [],
    'link-participates-in': [],
    'link-in-area': [],
    'link-on-theme': [],
    'link-for-group': [],
  };
  const add = (statement: string, from: string, links: Record<string, unknown>[]) => {
    if (links.length > 0) out[statement]!.push({ from, links });
  };
  for (const a of (changes.put.actors ?? []) as Actor[])
    if (a.homeAreaId) add('link-based-in', a.id, [{ to: a.homeAreaId }]);
  for (const a of (changes.put.areas ?? []) as Area[])
    if (a.parentId) add('link-part-of', a.id, [{ to: a.parentId }]);
  for (const p of (changes.put.partnerships ?? []) as Partnership[]) {
    add(
      'link-participates-in',
      p.id,
      p.participants.map((x, i) => ({
        to: x.actorId,
        role: x.role,
        ord: int(i),
        ...linkProvenance(x.provenance),
      })),
    );
    const areaProvenance = new Map((p.areaProvenance ?? []).map((a) => [a.areaId, a.provenance]));
    add(
      'link-in-area',
      p.id,
      p.areaIds.map((id, i) => ({ to: id, ord: int(i), ...linkProvenance(areaProvenance.get(id)) })),
    );
    add(
      'link-on-theme',
      p.id,
      p.themeIds.map((id, i) => ({ to: id, ord: int(i) })),
    );
    add(
      'link-for-group',
      p.id,
      p.targetGroups.map((t, i) => ({
        to: t.targetGroupId,
        ord: int(i),
        targeted: t.targeted === undefined ? null : int(t.targeted),
        reached: t.reached === undefined ? null : int(t.reached),
      })),
    );
  }
  return out;
}

/**
 * Applies a planned change set: deletions first (DETACH DELETE: links to the deleted go with them), then
 * every put node's properties, then the links the put records own are dropped (only for records that
 * were stored before: a new node has none) and written again. All node writes come before any link, so a
 * link between two records of the same batch finds both ends. Statements that do not depend on each other
 * go out together (the driver pipelines them); the server runs them in the order sent.
 */
export async function applyChanges(
  query: Query,
  changes: ChangeSet,
  stored: (kind: EntityKind, id: string) => boolean,
): Promise<void> {
  const deletions = ENTITY_KINDS.flatMap((kind) =>
    chunks(changes.remove[kind] ?? []).map((ids) => query(DELETE[kind], { ids })),
  );
  const puts = ENTITY_KINDS.flatMap((kind) => {
    const records = (changes.put[kind] ?? []) as EntityOf[EntityKind][];
    const written = chunks(records).map(async (chunk) => {
      const rows = chunk.map((record) => ({ id: record.id, props: toNodeProps(kind, record) }));
      const [row] = await query(PUT[kind], { rows });
      if (toNumber(row?.written ?? 0) !== rows.length)
        throw new Error(`internal: ${PUT[kind]} wrote ${String(row?.written)} of ${rows.length} records`);
    });
    const unlink = UNLINK[kind];
    const rewritten = records.filter((r) => stored(kind, r.id)).map((r) => r.id);
    return unlink ? [...written, ...chunks(rewritten).map((ids) => query(unlink, { ids }))] : written;
  });
  await Promise.all([...deletions, ...puts]);
  await Promise.all(
    Object.entries(linksOf(changes)).map(([statement, rows]) =>
      link(query, statement as StatementName, rows),
    ),
  );
}
