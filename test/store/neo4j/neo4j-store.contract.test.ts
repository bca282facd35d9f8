import { neo4jTestDatabase, neo4jTestOptions, type Neo4jTestDatabase } from '../../helpers/neo4j';
import type { NetworkStore } from '../../../src/store/network-store';
import { describeNetworkStoreContract, type StoreHarness } from '../contract/network-store.contract';

/**
 * The shared contract suite on a real Neo4j 5, enabled by NEO4J_URI (NEO4J_USERNAME, NEO4J_PASSWORD and
 * NEO4J_DATABASE as for the server). Every store the suite opens starts from an EMPTY DATABASE: the
 * harness deletes every node of the database it is pointed at, so point it at a test database only.
 * Tests of a file run one after the other, and the suite holds one store open at a time.
 */

const options = neo4jTestOptions();

function neo4jHarness(database: Neo4jTestDatabase): StoreHarness {
  const opened = new WeakSet<NetworkStore>();
  return {
    async open() {
      const store = await database.openEmpty();
      opened.add(store);
      return store;
    },
    async reopen(store) {
      if (!opened.has(store)) throw new Error('reopen: this store was not opened by the harness');
      await store.close();
      const again = await database.open();
      opened.add(again);
      return again;
    },
    cleanup: () => database.cleanup(),
  };
}

if (options) {
  describeNetworkStoreContract('neo4j', neo4jHarness(neo4jTestDatabase(options)));
} else {
  describe('NetworkStore contract: neo4j', () => {
    it.skip('Neo4j contract suite skipped: set NEO4J_URI=bolt://127.0.0.1:7687 to run it (it empties that database)', () => {});
  });
  console.info(
    'Neo4j contract suite skipped: set NEO4J_URI=bolt://127.0.0.1:7687 (and NEO4J_PASSWORD if needed) to run it against an empty test database.',
  );
}
