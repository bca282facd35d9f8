import { ENTITY_KINDS, type EntityKind } from '../../domain';

/** One field of a record that a write changed; values are the stored ones (JSON), sensitive ones redacted. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/**
 * What a write did to one record. `fields` lists the fields that changed (all of a created record's);
 * a record changed as a consequence (`cascade`: a partnership that lost a deleted participant, or was
 * deleted with it) lists none.
 */
export interface RecordChange {
  kind: EntityKind;
  id: string;
  change: 'created' | 'updated' | 'deleted';
  cascade: boolean;
  fields: FieldChange[];
}

/**
 * The operation of an entry that stands for revisions the API did not make (the seed, `npm run import`,
 * another program on the same Neo4j) or whose entry a crash cut off between the write and its line.
 */
export const OUTSIDE_API = 'outsideApi';

/**
 * One successful, data-changing mutation: who, when, which operation, the revision it made, and what
 * changed; or (operation OUTSIDE_API, key "system") the revisions fromRevision..revision, made outside it.
 */
export interface AuditEntry {
  /** Position in the log, from 1: the cursor of the auditLog listing. */
  seq: number;
  /** ISO date-time. */
  at: string;
  /** The key's id, or "anonymous". */
  keyId: string;
  role: string;
  /** The mutation's name, e.g. "updateActor". */
  operation: string;
  revision: number;
  /** OUTSIDE_API entries only: the first revision the entry stands for. */
  fromRevision?: number;
  changed: Record<EntityKind, string[]>;
  records: RecordChange[];
}

/** Fields whose values never reach the audit log: it says they changed, not what they were or became. */
export const REDACTED_FIELDS: Partial<Record<EntityKind, readonly string[]>> = { actors: ['contact'] };
export const REDACTED = '[redacted]';
/** Long texts are cut: the log says what changed, it is not a second copy of the data. */
const MAX_TEXT = 200;

/** A value as the log keeps it: redacted when the field is sensitive, long strings cut. */
function logged(kind: EntityKind, field: string, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (REDACTED_FIELDS[kind]?.includes(field)) return REDACTED;
  if (typeof value === 'string' && value.length > MAX_TEXT) return `${value.slice(0, MAX_TEXT)}…`;
  return value;
}

/** The fields that differ between two versions of a record (either may be absent), values as logged. */
export function fieldChanges(
  kind: EntityKind,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): FieldChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  fields.delete('id');
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [old, next] = [before?.[field], after?.[field]];
    if (JSON.stringify(old) === JSON.stringify(next)) continue;
    changes.push({ field, before: logged(kind, field, old), after: logged(kind, field, next) });
  }
  return changes;
}

/** An entry's ids of every kind in one list: what `entityId` filters on. */
export function entryIds(entry: AuditEntry): string[] {
  return ENTITY_KINDS.flatMap((kind) => entry.changed[kind] ?? []);
}
