import { Writable } from 'node:stream';
import type pino from 'pino';
import { actorNetwork, type ActorNetwork } from '../../src/analytics/projection';
import { withDefaultEvidence, type NetworkFilter } from '../../src/domain';
import { loadSeed } from '../../src/io/seed';
import { startServer, type RunningServer, type ServerLimits } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { NetworkStore } from '../../src/store/network-store';
import type { Role } from '../../src/app/access/roles';
import { createTestAccess, keyOf, type Caller, type TestAccess } from './access';
import { postGraphQL, type GraphQLResponse } from './graphql';
import { neo4jTestDatabase, neo4jTestOptions } from './neo4j';
import { tempDir } from './temp-dir';

export interface TestApi {
  /** The real store behind the server (no mock): tests read its revision to prove a failure changed nothing. */
  store: NetworkStore;
  server: RunningServer;
  /** http://127.0.0.1:port, for requests to paths other than /graphql. */
  base: string;
  /** Every JSON line the server logged so far (empty unless `captureLogs`). */
  logs: Record<string, any>[];
  /** The server's keys file (a key per role) and audit log directory. */
  access: TestAccess;
  /** POSTs a query over real HTTP, as the admin unless `as` says who (`anonymous`: no key). */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: Caller },
  ): Promise<GraphQLResponse>;
  /** Stops the server, closes the store and removes the files; safe to call again. */
  stop(): Promise<void>;
}

export interface TestApiOptions {
  /** Run on a fresh embedded store even when NEO4J_URI is set (to compare the two stores' answers). */
  embedded?: boolean;
  /** Load the Kosovo seed network (default true). */
  seed?: boolean;
  /** What the server is given instead of the store itself, e.g. a Proxy counting the calls made to it. */
  wrap?: (store: NetworkStore) => NetworkStore;
  /** ALLOW_ANONYMOUS_READ of the server (default true, as on a laptop). */
  allowAnonymousRead?: boolean;
  /** Server settings other than access (depth and cost limits, CORS, body size…); the defaults otherwise. */
  limits?: ServerLimits;
  /** Give the server the logger of main.ts, writing into `logs` (default: no logging). */
  captureLogs?: boolean;
  /** The built explorer the server serves at /explore (default: dist/explorer, as `npm start` serves). */
  explorerDir?: string;
  /** The built query editor the server serves at /graphiql (default: dist/graphiql). */
  graphiqlDir?: string;
}

/** A logger like main.ts's whose lines are parsed into `logs`. */
function capturingLogger(logs: Record<string, any>[]) {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) logs.push(JSON.parse(line));
      done();
    },
  });
  return createLogger('info', sink as unknown as pino.DestinationStream);
}

/**
 * A fresh, empty store for one test API: on Neo4j when NEO4J_URI is set (the API suite then runs on it,
 * as the contract suite does) unless `embedded` asks otherwise, else an embedded store in its own
 * temporary directory.
 */
async function openFreshStore(embedded = false): Promise<{ store: NetworkStore; remove(): Promise<void> }> {
  const neo4jOptions = embedded ? undefined : neo4jTestOptions();
  if (neo4jOptions) {
    const database = neo4jTestDatabase(neo4jOptions);
    return { store: await database.openEmpty(), remove: () => database.cleanup() };
  }
  const dir = await tempDir();
  return { store: await EmbeddedStore.open({ dataDir: dir.path }), remove: () => dir.remove() };
}

/**
 * Starts the API over real HTTP on a loopback port, on a fresh store (see openFreshStore) holding the
 * Kosovo seed network unless `seed: false`, with a keys file holding a key per role (see createTestAccess):
 * requests go as the admin unless a test says otherwise, so tests of other things need not think of keys.
 */
export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const { store, remove } = await openFreshStore(options.embedded);
  const access = await createTestAccess();
  const logs: Record<string, any>[] = [];
  if (options.seed !== false) await loadSeed(store, 'kosovo');
  // Apollo picks its defaults (stack traces in errors, signal handlers) from NODE_ENV when it is built:
  // build it as a user runs it, not with jest's "test", so tests see what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  let server: RunningServer;
  try {
    server = await startServer(
      options.wrap ? options.wrap(store) : store,
      {
        ...options.limits,
        PORT: 0,
        HOST: '127.0.0.1',
        ...access.config,
        ALLOW_ANONYMOUS_READ: options.allowAnonymousRead ?? true,
      },
      {
        ...(options.captureLogs ? { logger: capturingLogger(logs) } : {}),
        ...(options.explorerDir ? { explorerDir: options.explorerDir } : {}),
        ...(options.graphiqlDir ? { graphiqlDir: options.graphiqlDir } : {}),
        // The shortest-path centralities run on their worker thread, as in the built server.
        workerExecArgv: ['-r', require.resolve('./register-ts.js')],
      },
    );
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  let stopping: Promise<void> | undefined;
  return {
    store,
    server,
    base: server.url.replace(/\/graphql$/, ''),
    logs,
    access,
    graphql: (query, variables, { as = 'admin' } = {}) =>
      postGraphQL(server.url, query, variables, { key: keyOf(access, as) }),
    // Safe to call twice (a test that stopped the server itself, then the clean-up): the second call
    // waits for the first, so the store and the test's connection are closed exactly once.
    stop: () =>
      (stopping ??= (async () => {
        await server.stop();
        await store.close();
        await remove();
        await access.remove();
      })()),
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

/** The `Authorization` header a caller of `role` sends to this API. */
export function authorization(api: TestApi, role: Role): string {
  return `Bearer ${api.access.keys[role]}`;
}

/** The data of a query that must succeed: any error fails the test, with the errors shown. */
export async function queryData(
  api: TestApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Record<string, any>> {
  const res = await api.graphql(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as Record<string, any>;
}

/** The actor network the analytics functions get for `filter`, from the same store the server reads. */
export async function networkFor(api: TestApi, filter: NetworkFilter = {}): Promise<ActorNetwork> {
  return actorNetwork(await api.store.snapshot(withDefaultEvidence(filter)));
}
