import type { EntityKind, EntityOf } from '../../../src/domain';
import { Neo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { loadStatements } from '../../../src/store/neo4j/statements';
import { FakeDriver, rowFor, type Answer, type Call } from './fake-driver';

/** A Neo4jStore over a FakeDriver, for the tests of the adapter's own logic (see neo4j-store.test.ts). */

export const URI = 'bolt://neo4j.example.org:7687';
export const statements = loadStatements();

export async function started(answer?: Answer, options: { uri?: string; password?: string } = {}) {
  const driver = new FakeDriver(answer);
  const store = await Neo4jStore.start(driver.asDriver(), statements, {
    uri: options.uri ?? URI,
    username: 'neo4j',
    password: options.password ?? 's3cret-password',
  });
  driver.calls.length = 0; // forget start-up
  driver.commits = 0;
  return { driver, store };
}

/** Answers by-id lookups from a set of stored records, like a database holding them. */
export function holding(records: { [K in EntityKind]?: EntityOf[K][] }): Answer {
  const byStatement: Record<string, EntityKind> = {
    'actors-by-id': 'actors',
    'partnerships-by-id': 'partnerships',
    'areas-by-id': 'areas',
    'themes-by-id': 'themes',
    'target-groups-by-id': 'targetGroups',
  };
  return (call: Call) => {
    const kind = byStatement[call.name];
    if (!kind) return undefined;
    const wanted = new Set(call.params.ids as string[]);
    return ((records[kind] ?? []) as EntityOf[EntityKind][])
      .filter((r) => wanted.has(r.id))
      .map((r) => rowFor(kind, r));
  };
}
