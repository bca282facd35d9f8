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

/**
 * Lists of records an entity schema produced, with their kind. Weak: a list forgotten elsewhere goes here
 * too. One mark per list, not per record: an import marks one list of a hundred thousand records.
 */
const parsed = new WeakMap<object, EntityKind>();

/**
 * Marks a list of records that the schema of `kind` has just produced, each deeply frozen already
 * (deepFreeze), and freezes the list, so that it stays what the schema produced: `parseWriteBatch` then
 * takes it as it is instead of parsing it again (an import validates every record row by row, to report
 * problems at their rows, before it writes them in one batch).
 */
export function markParsed<K extends EntityKind>(
  kind: K,
  records: readonly EntityOf[K][],
): readonly EntityOf[K][] {
  parsed.set(Object.freeze(records), kind);
  return records;
}

/** True when `records` is a list of records the schema of `kind` produced (see markParsed). */
export function isParsed(kind: EntityKind, records: unknown): boolean {
  return typeof records === 'object' && records !== null && parsed.get(records) === kind;
}
