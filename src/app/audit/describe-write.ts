import { DELETION_KEYS, ENTITY_KINDS, type EntityKind, type WriteBatch } from '../../domain';
import { fieldChanges, type RecordChange } from './audit-entry';

/** Records by kind and id; a missing id means no such record. */
export type RecordsById = Record<EntityKind, ReadonlyMap<string, object>>;

/**
 * What a write did to each record it changed (`changed`, from the store's WriteResult): records of the
 * batch are compared with their stored versions from before the write (`before`); records changed only as
 * a consequence (cascades) are told apart by `kept` (does the record still exist after the write): a
 * deletion or a lost link.
 */
export function describeWrite(
  batch: WriteBatch,
  changed: Record<EntityKind, readonly string[]>,
  before: RecordsById,
  kept: (kind: EntityKind, id: string) => boolean,
): RecordChange[] {
  return ENTITY_KINDS.flatMap((kind) => {
    const upserted = new Map(batch.upsert[kind].map((record) => [record.id, record as object]));
    const deleted = new Set<string>(batch.delete[DELETION_KEYS[kind]]);
    return changed[kind].map((id): RecordChange => {
      const after = upserted.get(id);
      const old = before[kind].get(id);
      if (after !== undefined)
        return {
          kind,
          id,
          change: old === undefined ? 'created' : 'updated',
          cascade: false,
          fields: fieldChanges(kind, asFields(old), asFields(after)),
        };
      if (deleted.has(id)) return { kind, id, change: 'deleted', cascade: false, fields: [] };
      const change = kept(kind, id) ? 'updated' : 'deleted';
      return { kind, id, change, cascade: true, fields: [] };
    });
  });
}

/** Ids a batch names, by kind: the records whose earlier versions describeWrite compares with. */
export function batchIds(batch: WriteBatch): Record<EntityKind, string[]> {
  return Object.fromEntries(
    ENTITY_KINDS.map((kind) => [
      kind,
      [...batch.upsert[kind].map((record) => record.id), ...batch.delete[DELETION_KEYS[kind]]],
    ]),
  ) as Record<EntityKind, string[]>;
}

function asFields(record: object | undefined): Record<string, unknown> | undefined {
  return record as Record<string, unknown> | undefined;
}
