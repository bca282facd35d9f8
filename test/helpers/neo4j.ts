import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jStore, type Neo4jStoreOptions } from '../../src/store/neo4j/neo4j-store';

/**
 * The Neo4j server the tests may use, from NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD and
 * NEO4J_DATABASE as for the server), or undefined when none is configured. Tests that use it EMPTY THAT
 * DATABASE: point it at a throw-away server only. jest.config.js runs test files one at a time when it is
 * set, so that no file wipes the database under another.
 */
export function neo4jTestOptions(): Neo4jStoreOptions | undefined {
  const uri = process.env.NEO4J_URI;
  if (!uri) return undefined;
  return {
    uri,
    username: process.env.NEO4J_USERNAME || 'neo4j',
    password: process.env.NEO4J_PASSWORD || undefined,
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

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

/** Test access to one Neo4j database: stores opened on an emptied database, and a final clean-up. */
export interface Neo4jTestDatabase {
  /** Empties the database, then opens a store on it (constraints and indexes created by the store). */
  openEmpty(): Promise<Neo4jStore>;
  /** Opens a store on the database as it is. */
  open(): Promise<Neo4jStore>;
  /** Empties the database and closes the connection used for it. */
  cleanup(): Promise<void>;
}

export function neo4jTestDatabase(options: Neo4jStoreOptions): Neo4jTestDatabase {
  let admin: Driver | undefined;
  const adminDriver = () =>
    (admin ??= neo4j.driver(
      options.uri,
      options.password === undefined ? undefined : neo4j.auth.basic(options.username, options.password),
      { disableLosslessIntegers: true, connectionTimeout: 5_000, maxTransactionRetryTime: 5_000 },
    ));
  return {
    async openEmpty() {
      // Fails at once, naming the server, when NEO4J_URI points at nothing.
      await adminDriver().verifyConnectivity({ database: options.database });
      await wipe(adminDriver(), options.database);
      return Neo4jStore.open(options);
    },
    open: () => Neo4jStore.open(options),
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
