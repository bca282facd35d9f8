import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jStore, type Neo4jStoreOptions } from '../../../src/store/neo4j/neo4j-store';
import type { NetworkStore } from '../../../src/store/network-store';
import { describeNetworkStoreContract, type StoreHarness } from '../contract/network-store.contract';

/**
 * The shared contract suite on a real Neo4j 5, enabled by NEO4J_URI (NEO4J_USERNAME, NEO4J_PASSWORD and
 * NEO4J_DATABASE as for the server). Every store the suite opens starts from an EMPTY DATABASE: the
 * harness deletes every node of the database it is pointed at, so point it at a test database only.
 * Tests of a file run one after the other, and the suite holds one store open at a time.
 */

const uri = process.env.NEO4J_URI;

/** Deletes every node (and so every relationship) in batches, each batch its own transaction. */
async function wipe(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database, bookmarkManager: driver.executeQueryBookmarkManager });
  try {
    for (;;) {
      const deleted = await session.executeWrite(async (tx) => {
        const result = await tx.run(
          'MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted',
          { batch: neo4j.int(10_000) },
        );
        return Number(result.records[0]?.get('deleted') ?? 0);
      });
      if (deleted === 0) return;
    }
  } finally {
    await session.close();
  }
}

function neo4jHarness(options: Neo4jStoreOptions): StoreHarness {
  let admin: Driver | undefined;
  const adminDriver = () =>
    (admin ??= neo4j.driver(
      options.uri,
      options.password === undefined ? undefined : neo4j.auth.basic(options.username, options.password),
      { disableLosslessIntegers: true, connectionTimeout: 5_000, maxTransactionRetryTime: 5_000 },
    ));
  const opened = new WeakSet<NetworkStore>();
  return {
    async open() {
      // Fails at once, naming the server, when NEO4J_URI points at nothing.
      await adminDriver().verifyConnectivity({ database: options.database });
      await wipe(adminDriver(), options.database);
      const store = await Neo4jStore.open(options);
      opened.add(store);
      return store;
    },
    async reopen(store) {
      if (!opened.has(store)) throw new Error('reopen: this store was not opened by the harness');
      await store.close();
      const again = await Neo4jStore.open(options);
      opened.add(again);
      return again;
    },
    async cleanup() {
      if (!admin) return;
      try {
        await wipe(admin, options.database);
      } finally {
        await admin.close();
        admin = undefined;
      }
    },
  };
}

if (uri) {
  describeNetworkStoreContract(
    'neo4j',
    neo4jHarness({
      uri,
      username: process.env.NEO4J_USERNAME || 'neo4j',
      password: process.env.NEO4J_PASSWORD || undefined,
      database: process.env.NEO4J_DATABASE || undefined,
    }),
  );
} else {
  describe('NetworkStore contract: neo4j', () => {
    it.skip('Neo4j contract suite skipped: set NEO4J_URI=bolt://127.0.0.1:7687 to run it (it empties that database)', () => {});
  });
  console.info(
    'Neo4j contract suite skipped: set NEO4J_URI=bolt://127.0.0.1:7687 (and NEO4J_PASSWORD if needed) to run it against an empty test database.',
  );
}
