import {
  DELETION_KEYS,
  ENTITY_KINDS,
  ValidationError,
  deepFreeze,
  detachFrom,
  emptyChanged,
  referenceIssues,
  upsertedIds,
  type EntityKind,
  type EntityOf,
  type WriteBatch,
} from '../domain';
import { sameJson } from '../lib/canonical-json';
import type { AuditRecord, KindCounts, WriteResult } from './network-store';

/**
 * Planning a write, shared by every adapter: what a validated batch does to the current state (cascades
 * included) and the WriteResult to report. One planning path means both stores count `created`,
 * `updated`, `unchanged` and `deleted` and cascade deletions identically; each adapter only supplies a
 * view of its current state and applies the resulting change set its own way.
 */

/**
 * What one write does, fully resolved: whole records to put (deeply frozen, when planned) and ids to
 * remove, cascades included. The embedded store journals exactly this, so replaying it needs no validation
 * and cannot come out differently.
 */
export interface ChangeSet {
  revision: number;
  put: { [K in EntityKind]?: EntityOf[K][] };
  remove: { [K in EntityKind]?: string[] };
  /** The write's audit record (WriteOptions.audit), journalled in the same frame as the change. */
  audit?: AuditRecord;
}

/** Whether a record changed by `changes` still exists after it (WriteOptions.audit's `kept`). */
export function keptBy(changes: ChangeSet): (kind: EntityKind, id: string) => boolean {
  return (kind, id) => !(changes.remove[kind] ?? []).includes(id);
}

/** The part of the current state a plan reads. */
export interface PlanningView {
  readonly revision: number;
  /** The stored record, undefined when there is none. */
  get<K extends EntityKind>(kind: K, id: string): EntityOf[K] | undefined;
  /** Ids of the stored records of `kind` that refer to the entity `target`/`id`. */
  referrersOf(target: EntityKind, id: string, kind: EntityKind): Iterable<string>;
}

/**
 * What upserting `record` does where `current` is stored (undefined: nothing is): the one comparison both
 * a write and an import's dry run count by.
 */
export function upsertOutcome(current: object | null | undefined, record: object): keyof KindCounts {
  if (!current) return 'created';
  return sameJson(current, record) ? 'unchanged' : 'updated';
}

/** True when a change set has nothing to put or remove. */
export function isEmptyChangeSet(changes: ChangeSet): boolean {
  return Object.keys(changes.put).length === 0 && Object.keys(changes.remove).length === 0;
}

/**
 * Works out what a parsed batch does to the state `view` shows, without changing anything: throws a
 * ValidationError listing every reference problem, else returns the change set and the result to report.
 * A batch that changes nothing yields an empty change set at the current revision.
 */
export function planWrite(
  batch: WriteBatch,
  view: PlanningView,
): { changes: ChangeSet; result: WriteResult } {
  const issues = referenceIssues(batch, {
    exists: (kind, id) => view.get(kind, id) !== undefined,
    areaLevel: (id) => view.get('areas', id)?.level,
    childAreas: (id) =>
      [...view.referrersOf('areas', id, 'areas')].map((child) => ({
        id: child,
        level: view.get('areas', child)!.level,
      })),
  });
  if (issues.length > 0) throw new ValidationError(issues, 'write batch');

  const removed = Object.fromEntries(
    ENTITY_KINDS.map((k) => [k, new Set(batch.delete[DELETION_KEYS[k]])]),
  ) as Record<EntityKind, Set<string>>;
  const upserted = upsertedIds(batch);
  const isDeleted = (kind: EntityKind, id: string) => removed[kind].has(id);
  const result: WriteResult = {
    revision: view.revision,
    created: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    changed: emptyChanged(),
    upserts: Object.fromEntries(
      ENTITY_KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0 }]),
    ) as WriteResult['upserts'],
  };
  const put: ChangeSet['put'] = {};
  const putRecord = <K extends EntityKind>(kind: K, record: EntityOf[K]) => {
    ((put[kind] ??= []) as EntityOf[K][]).push(record);
    result.changed[kind].push(record.id);
  };

  // Records that link to a deleted entity lose the link; a partnership losing its last participant goes too.
  const detachedAlready = new Set<string>();
  for (const target of ENTITY_KINDS) {
    for (const targetId of batch.delete[DELETION_KEYS[target]]) {
      for (const kind of ENTITY_KINDS) {
        for (const id of view.referrersOf(target, targetId, kind)) {
          // detachFrom drops the links to everything deleted at once, so each referrer is handled once.
          const key = `${kind}:${id}`;
          if (removed[kind].has(id) || upserted(kind).has(id) || detachedAlready.has(key)) continue;
          detachedAlready.add(key);
          const detached = deepFreeze(detachFrom(kind, view.get(kind, id)!, isDeleted));
          if (kind === 'partnerships' && (detached as EntityOf['partnerships']).participants.length === 0) {
            removed.partnerships.add(id);
          } else {
            putRecord(kind, detached);
            result.updated++;
          }
        }
      }
    }
  }
  for (const kind of ENTITY_KINDS) {
    const counts = result.upserts[kind];
    for (const record of batch.upsert[kind]) {
      const outcome = upsertOutcome(view.get(kind, record.id), record);
      counts[outcome]++;
      if (outcome !== 'unchanged') putRecord(kind, record);
    }
    result.created += counts.created;
    result.updated += counts.updated;
    result.unchanged += counts.unchanged;
  }
  const remove: ChangeSet['remove'] = {};
  for (const kind of ENTITY_KINDS) {
    if (removed[kind].size === 0) continue;
    remove[kind] = [...removed[kind]];
    result.changed[kind].push(...removed[kind]);
    result.deleted += removed[kind].size;
  }
  const changes: ChangeSet = { revision: view.revision, put, remove };
  if (!isEmptyChangeSet(changes)) changes.revision = result.revision = view.revision + 1;
  return { changes, result };
}
