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

/** Records an entity schema produced, with their kind. Weak: a record forgotten elsewhere goes here too. */
const parsed = new WeakMap<object, EntityKind>();

/**
 * Marks a record that the schema of `kind` has just produced, and freezes it (deeply) so that it stays
 * what the schema produced: `parseWriteBatch` then takes it as it is instead of parsing it again (an import
 * validates every record row by row, to report problems at their rows, before it writes them in one batch).
 */
export function markParsed<K extends EntityKind>(kind: K, record: EntityOf[K]): EntityOf[K] {
  parsed.set(deepFreeze(record), kind);
  return record;
}

/** True when `record` was produced by the schema of `kind` (see markParsed). */
export function isParsed(kind: EntityKind, record: unknown): boolean {
  return typeof record === 'object' && record !== null && parsed.get(record) === kind;
}
