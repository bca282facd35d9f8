import type { EntityKind, EntityOf } from './network';

/** Freezes a record and everything in it: a frozen record cannot change behind the back of whoever holds it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const key in value) {
      const child = value[key];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) deepFreeze(child);
    }
  }
  return value;
}

/** What markParsed knows of a list: the kind of its records and their ids. */
interface ParsedList {
  kind: EntityKind;
  ids: ReadonlySet<string>;
}

/**
 * Lists of records an entity schema produced. Weak: a list forgotten elsewhere goes here too. One mark
 * per list, not per record: an import marks one list of a hundred thousand records.
 */
const parsed = new WeakMap<object, ParsedList>();

/**
 * Marks a list of records that the schema of `kind` has just produced, each deeply frozen already
 * (deepFreeze), and freezes the list, so that it stays what the schema produced: `parseWriteBatch` then
 * takes it as it is instead of parsing it again (an import validates every record row by row, to report
 * problems at their rows, before it writes them in one batch). `ids` are the records' ids, which the
 * caller has found distinct (an import checks that while validating): the write uses them instead of
 * collecting them again. The caller must not change the set afterwards.
 */
export function markParsed<K extends EntityKind>(
  kind: K,
  records: readonly EntityOf[K][],
  ids: ReadonlySet<string>,
): readonly EntityOf[K][] {
  // Checking every id would cost what the set saves; a set of another size is surely not theirs.
  if (ids.size !== records.length)
    throw new Error(
      `markParsed: ${ids.size} ids for ${records.length} ${kind}, which must be theirs, each once`,
    );
  parsed.set(Object.freeze(records), { kind, ids });
  return records;
}

/** True when `records` is a list of records the schema of `kind` produced (see markParsed). */
export function isParsed(kind: EntityKind, records: unknown): boolean {
  return typeof records === 'object' && records !== null && parsed.get(records)?.kind === kind;
}

/** The ids of the records of a list markParsed marked (each once); undefined for any other list. */
export function parsedIds(records: readonly unknown[]): ReadonlySet<string> | undefined {
  return parsed.get(records)?.ids;
}
