import { canContain } from './area';
import type { AreaLevel } from './enums';
import { formatPath, type Issue } from './errors';
import { forEachLink, linkPath, type LinkField } from './links';
import { DELETION_KEYS, ENTITY_KINDS, ENTITY_NAMES, type EntityKind, type WriteBatch } from './network';

/** What a store knows before a batch is applied: enough to check the batch's references. */
export interface StoreView {
  exists(kind: EntityKind, id: string): boolean;
  /** Level of an area already in the store, undefined if there is none. */
  areaLevel(id: string): AreaLevel | undefined;
  /** The areas in the store whose parent is `id`. */
  childAreas(id: string): { id: string; level: AreaLevel }[];
}

/**
 * Calls `visit` with every reference a batch's upserted records make: the link's target kind and id, the
 * record's kind and index, and where in the record the link is (see forEachLink). Large imports check
 * hundreds of thousands of references, so the batch path (`upsert.partnerships[3].themeIds[0]`) is built
 * only for a problem.
 */
function forEachReference(
  batch: WriteBatch,
  visit: (
    target: EntityKind,
    id: string,
    kind: EntityKind,
    index: number,
    field: LinkField,
    j: number,
  ) => void,
): void {
  for (const kind of ENTITY_KINDS) {
    const records = batch.upsert[kind];
    for (let i = 0; i < records.length; i++)
      forEachLink(kind, records[i]!, (target, id, field, j) => visit(target, id, kind, i, field, j));
  }
}

/**
 * The ids of each kind that a store must look up to answer `referenceIssues`: everything the batch
 * references or deletes. A remote store fetches exactly these, in one round trip per kind, plus the
 * children of the areas the batch upserts (for `childAreas`).
 */
export function idsToLookUp(batch: WriteBatch): Record<EntityKind, Set<string>> {
  const ids = Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Set<string>()])) as Record<
    EntityKind,
    Set<string>
  >;
  forEachReference(batch, (target, id) => ids[target].add(id));
  for (const kind of ENTITY_KINDS) for (const id of batch.delete[DELETION_KEYS[kind]]) ids[kind].add(id);
  return ids;
}

/**
 * Checks a parsed batch against the store it is about to change: every reference must point at an entity
 * that exists once the batch is applied, every deleted id must exist, and an area's parent must be of a
 * coarser level — also when an area's new level would put its stored children at its own level or above
 * (so the hierarchy can never hold a cycle). Returns every problem; an empty list means the batch
 * may be applied.
 */
export function referenceIssues(batch: WriteBatch, view: StoreView): Issue[] {
  const upserted = upsertedIds(batch);
  const deleted = Object.fromEntries(
    ENTITY_KINDS.map((k) => [k, new Set(batch.delete[DELETION_KEYS[k]])]),
  ) as Record<EntityKind, Set<string>>;
  const existsAfter = (kind: EntityKind, id: string) =>
    upserted(kind).has(id) || (view.exists(kind, id) && !deleted[kind].has(id));

  const issues: Issue[] = [];
  forEachReference(batch, (target, id, kind, index, field, j) => {
    if (existsAfter(target, id)) return;
    const why = deleted[target].has(id) ? 'is deleted in this batch' : 'does not exist';
    issues.push({
      path: formatPath(['upsert', kind, index, ...linkPath(field, j)]),
      message: `${ENTITY_NAMES[target]} "${id}" ${why}`,
    });
  });
  for (const kind of ENTITY_KINDS) {
    const key = DELETION_KEYS[kind];
    batch.delete[key].forEach((id, i) => {
      if (!view.exists(kind, id))
        issues.push({
          path: formatPath(['delete', key, i]),
          message: `${ENTITY_NAMES[kind]} "${id}" does not exist`,
        });
    });
  }
  const levelInBatch = new Map(batch.upsert.areas.map((a) => [a.id, a.level]));
  batch.upsert.areas.forEach((area, i) => {
    const parentLevel = area.parentId && (levelInBatch.get(area.parentId) ?? view.areaLevel(area.parentId));
    if (parentLevel && !canContain(parentLevel, area.level))
      issues.push({
        path: formatPath(['upsert', 'areas', i, 'parentId']),
        message: `a ${area.level} cannot be inside "${area.parentId}", a ${parentLevel}`,
      });
    // Children upserted in this batch were checked against this area's new level just above.
    const strandedChildren = view
      .childAreas(area.id)
      .filter(
        (c) => !upserted('areas').has(c.id) && !deleted.areas.has(c.id) && !canContain(area.level, c.level),
      );
    if (strandedChildren.length > 0)
      issues.push({
        path: formatPath(['upsert', 'areas', i, 'level']),
        message: `a ${area.level} cannot contain ${strandedChildren.map((c) => `"${c.id}" (${c.level})`).join(', ')}`,
      });
  });
  return issues;
}

/**
 * The ids a batch upserts, per kind, each set built when first asked for: nothing refers to partnerships,
 * so the largest list of a big import never needs one.
 */
export function upsertedIds(batch: WriteBatch): (kind: EntityKind) => ReadonlySet<string> {
  const sets: Partial<Record<EntityKind, Set<string>>> = {};
  return (kind) => (sets[kind] ??= new Set(batch.upsert[kind].map((r) => r.id)));
}
