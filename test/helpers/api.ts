import { loadSeed } from '../../src/io/seed';
import { startServer, type RunningServer } from '../../src/server/app';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { NetworkStore } from '../../src/store/network-store';
import { postGraphQL, type GraphQLResponse } from './graphql';
import { tempDir } from './temp-dir';

export interface TestApi {
  /** The real store behind the server (no mock): tests read its revision to prove a failure changed nothing. */
  store: NetworkStore;
  server: RunningServer;
  /** POSTs a query over real HTTP. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

/**
 * Starts the API over real HTTP on a loopback port, on a fresh embedded store in its own temporary
 * directory, holding the Kosovo seed network unless `seed: false`.
 */
export async function startTestApi(options: { seed?: boolean } = {}): Promise<TestApi> {
  const dir = await tempDir();
  const store = await EmbeddedStore.open({ dataDir: dir.path });
  if (options.seed !== false) await loadSeed(store, 'kosovo');
  // Apollo picks its defaults (stack traces in errors, signal handlers) from NODE_ENV when it is built:
  // build it as a user runs it, not with jest's "test", so tests see what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  let server: RunningServer;
  try {
    server = await startServer(store, { PORT: 0, HOST: '127.0.0.1' });
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
      await dir.remove();
    },
  };
}
