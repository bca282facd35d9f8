import { loadSeed } from '../../src/io/seed';
import { startServer, type RunningServer } from '../../src/server/app';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { NetworkStore } from '../../src/store/network-store';
import { postGraphQL, type GraphQLResponse } from './graphql';
import { neo4jTestDatabase, neo4jTestOptions } from './neo4j';
import { tempDir } from './temp-dir';

export interface TestApi {
  /** The real store behind the server (no mock): tests read its revision to prove a failure changed nothing. */
  store: NetworkStore;
  server: RunningServer;
  /** POSTs a query over real HTTP. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

export interface TestApiOptions {
  /** Load the Kosovo seed network (default true). */
  seed?: boolean;
  /** What the server is given instead of the store itself, e.g. a Proxy counting the calls made to it. */
  wrap?: (store: NetworkStore) => NetworkStore;
}

/**
 * A fresh, empty store for one test API: on Neo4j when NEO4J_URI is set (the API suite then runs on it,
 * as the contract suite does), else an embedded store in its own temporary directory.
 */
async function openFreshStore(): Promise<{ store: NetworkStore; remove(): Promise<void> }> {
  const neo4jOptions = neo4jTestOptions();
  if (neo4jOptions) {
    const database = neo4jTestDatabase(neo4jOptions);
    return { store: await database.openEmpty(), remove: () => database.cleanup() };
  }
  const dir = await tempDir();
  return { store: await EmbeddedStore.open({ dataDir: dir.path }), remove: () => dir.remove() };
}

/**
 * Starts the API over real HTTP on a loopback port, on a fresh store (see openFreshStore) holding the
 * Kosovo seed network unless `seed: false`.
 */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const { store, remove } = await openFreshStore();
  if (options.seed !== false) await loadSeed(store, 'kosovo');
  // Apollo picks its defaults (stack traces in errors, signal handlers) from NODE_ENV when it is built:
  // build it as a user runs it, not with jest's "test", so tests see what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  let server: RunningServer;
  try {
    server = await startServer(options.wrap ? options.wrap(store) : store, { PORT: 0, HOST: '127.0.0.1' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return {
    store,
    server,
    graphql: (query, variables) => postGraphQL(server.url, query, variables),
    async stop() {
      await server.stop();
      await store.close();
      await remove();
    },
  };
}

/**
 * Gives the tests of the enclosing describe block one API (started before the first, stopped after the
 * last). Call it in the describe body; the returned function gives the running API.
 */
export function useTestApi(options: TestApiOptions = {}): () => TestApi {
  let api: TestApi | undefined;
  beforeAll(async () => {
    api = await startTestApi(options);
  });
  afterAll(async () => {
    await api?.stop();
    api = undefined;
  });
  return () => {
    if (api === undefined) throw new Error('useTestApi() is only available inside a test');
    return api;
  };
}
