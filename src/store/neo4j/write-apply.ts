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
  for (const target of ENTITY_KINDS)
    for (const kind of ENTITY_KINDS) {
      const ids =
        target === 'areas' && kind === 'areas' ? areaTargets : new Set(batch.delete[DELETION_KEYS[target]]);
      await referrerIds(target, kind, ids);
    }

  const records = {} as { [K in EntityKind]: Map<string, EntityOf[K]> };
  for (const kind of ENTITY_KINDS)
    (records as Record<EntityKind, Map<string, unknown>>)[kind] = await fetchRecords(
      query,
      kind,
      wanted[kind],
    );

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

/** Runs a link statement and checks that every link was made: a missing end would otherwise drop it silently. */
async function link(query: Query, statement: StatementName, links: Record<string, unknown>[]): Promise<void> {
  for (const chunk of chunks(links)) {
    const [row] = await query(statement, { links: chunk });
    const created = toNumber(row?.created ?? 0);
    if (created !== chunk.length)
      throw new Error(`internal: ${statement} created ${created} of ${chunk.length} relationships`);
  }
}

/**
 * A link's own provenance as relationship properties; none when it has none (it shares its partnership's:
 * the link statements read the missing keys as null, which Neo4j does not store).
 */
function linkProvenance(provenance: { evidence: string } | undefined) {
  return provenance === undefined ? {} : provenanceProps(provenance);
}

/** The relationships a put record owns, per link statement, each with its position in the record's list. */
export function linksOf(changes: ChangeSet): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {
    'link-based-in': [],
    'link-part-of': [],
    'link-participates-in': [],
    'link-in-area': [],
    'link-on-theme': [],
    'link-for-group': [],
  };
  for (const a of (changes.put.actors ?? []) as Actor[])
    if (a.homeAreaId) out['link-based-in']!.push({ from: a.id, to: a.homeAreaId });
  for (const a of (changes.put.areas ?? []) as Area[])
    if (a.parentId) out['link-part-of']!.push({ from: a.id, to: a.parentId });
  for (const p of (changes.put.partnerships ?? []) as Partnership[]) {
    p.participants.forEach((x, i) =>
      out['link-participates-in']!.push({
        from: p.id,
        to: x.actorId,
        role: x.role,
        ord: int(i),
        ...linkProvenance(x.provenance),
      }),
    );
    const areaProvenance = new Map((p.areaProvenance ?? []).map((a) => [a.areaId, a.provenance]));
    p.areaIds.forEach((id, i) =>
      out['link-in-area']!.push({
        from: p.id,
        to: id,
        ord: int(i),
        ...linkProvenance(areaProvenance.get(id)),
      }),
    );
    p.themeIds.forEach((id, i) => out['link-on-theme']!.push({ from: p.id, to: id, ord: int(i) }));
    p.targetGroups.forEach((t, i) =>
      out['link-for-group']!.push({
        from: p.id,
        to: t.targetGroupId,
        ord: int(i),
        targeted: t.targeted === undefined ? null : int(t.targeted),
        reached: t.reached === undefined ? null : int(t.reached),
      }),
    );
  }
  return out;
}

/**
 * Applies a planned change set: deletions first (DETACH DELETE: links to the deleted go with them), then
 * every put node's properties, then the links the put records own are dropped and written again. All node
 * writes come before any link, so a link between two records of the same batch finds both ends.
 */
export async function applyChanges(query: Query, changes: ChangeSet): Promise<void> {
  for (const kind of ENTITY_KINDS)
    for (const ids of chunks(changes.remove[kind] ?? [])) await query(DELETE[kind], { ids });
  for (const kind of ENTITY_KINDS) {
    const records = (changes.put[kind] ?? []) as EntityOf[EntityKind][];
    for (const chunk of chunks(records)) {
      const rows = chunk.map((record) => ({ id: record.id, props: toNodeProps(kind, record) }));
      const [row] = await query(PUT[kind], { rows });
      if (toNumber(row?.written ?? 0) !== rows.length)
        throw new Error(`internal: ${PUT[kind]} wrote ${String(row?.written)} of ${rows.length} records`);
    }
    const unlink = UNLINK[kind];
    if (unlink) for (const chunk of chunks(records)) await query(unlink, { ids: chunk.map((r) => r.id) });
  }
  for (const [statement, links] of Object.entries(linksOf(changes)))
    await link(query, statement as StatementName, links);
}
