import { Neo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { loadStatements } from '../../../src/store/neo4j/statements';
import type { NetworkStore } from '../../../src/store/network-store';
import { describeNetworkStoreContract, type StoreHarness } from '../contract/network-store.contract';
import { EmulatedNeo4j } from './emulated-neo4j';

/**
 * The contract suite through the Neo4j adapter's TypeScript, with each statement answered by an in-memory
 * emulation of what it means (emulated-neo4j.ts). This checks the adapter's own logic everywhere, on every
 * machine; the same suite on a real Neo4j (neo4j-store.contract.test.ts, with NEO4J_URI) checks the Cypher.
 */
function emulatedHarness(snapshotPageSize?: number): StoreHarness {
  const statements = loadStatements();
  const databases = new WeakMap<NetworkStore, EmulatedNeo4j>();
  const openOn = async (database: EmulatedNeo4j) => {
    database.closed = false;
    const store = await Neo4jStore.start(database.asDriver(), statements, {
      uri: 'bolt://emulated:7687',
      username: 'neo4j',
      snapshotPageSize,
    });
    databases.set(store, database);
    return store;
  };
  return {
    open: () => openOn(new EmulatedNeo4j()),
    async reopen(store) {
      const database = databases.get(store);
      if (!database) throw new Error('reopen: this store was not opened by the harness');
      await store.close();
      return openOn(database);
    },
    async cleanup() {},
  };
}

describeNetworkStoreContract('neo4j adapter on emulated statements', emulatedHarness());

// Snapshots and vocabulary lists streamed 3 records per round trip: the fixtures then span several pages.
describeNetworkStoreContract('neo4j adapter on emulated statements, paging by 3', emulatedHarness(3));
