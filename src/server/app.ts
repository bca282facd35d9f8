import 'reflect-metadata';
import express from 'express';
import http from 'node:http';
import { loadConfig, type Config } from '../config';
import { openAccess, type AccessConfig } from '../app/access/access';
import { contextFactory } from '../graphql/context';
import { AnalyticsThread } from '../app/analytics/analytics-thread';
import { ChangeFeed } from '../app/live/change-feed';
import { NETWORK_CHANGED, networkChangeOf } from '../graphql/live/network-change.type';
import { buildNetworkSchema } from '../graphql/schema';
import { SerialQueue } from '../lib/serial-queue';
import { cors } from './cors';
import { graphqlHttp } from './graphql-http';
import { exportRoutes } from './export-routes';
import { defaultExplorerDir, defaultGraphiqlDir } from '../lib/project-root';
import { explorerRoutes } from './explorer-routes';
import { errorHandler, notFound } from './http-errors';
import { serveLiveSocket } from './live-socket';
import { PersistedQueries } from './persisted-queries';
import { apolloServer } from './apollo-server';
import { reloadKeysOnChange } from './key-reloads';
import { listen } from './listen';
import { silentLogger, type Logger } from './logger';
import { requestScope, scopeOf } from './request-scope';
import type { NetworkStore } from '../store/network-store';

export interface RunningServer {
  url: string;
  port: number;
  /**
   * Closes the WebSockets (1001), stops accepting requests, lets in-flight ones finish, then closes the
   * HTTP server (not the store). Safe to call again: a later call waits for the same stop.
   */
  stop(): Promise<void>;
}

/** The limits and HTTP settings of a server; those not given take their documented defaults (config.ts). */
export type ServerLimits = Partial<
  Pick<
    Config,
    | 'CORS_ORIGINS'
    | 'MAX_QUERY_DEPTH'
    | 'MAX_QUERY_COST'
    | 'MAX_BODY_BYTES'
    | 'GET_CACHE_MAX_AGE'
    | 'ANALYTICS_TIME_BUDGET_MS'
    | 'ANALYTICS_THREADS'
    | 'ANALYTICS_PER_CALLER'
    | 'LIVE_POLL_MS'
    | 'GRAPHIQL'
    | 'NODE_ENV'
    | 'INTROSPECTION'
    | 'LIVE_MAX_SUBSCRIPTIONS'
    | 'LIVE_MAX_CONNECTIONS_PER_KEY'
  >
>;

export interface ServerOptions {
  /** Where the request lines and errors go (logger.ts); nothing is logged without one. */
  logger?: Logger;
  /**
   * Node options of the analytics thread: only needed to run it from TypeScript sources (a loader such
   * as test/helpers/register-ts.js); see app/analytics/analytics-thread.ts.
   */
  workerExecArgv?: string[];
  /** The built explorer served at /explore (default dist/explorer, written by `npm run build`). */
  explorerDir?: string;
  /** The built query editor served at /graphiql when GRAPHIQL is on (default dist/graphiql). */
  graphiqlDir?: string;
}

/**
 * Starts the HTTP server: `/graphql` (Apollo Server 5 on node:http, graphql-http.ts; subscriptions over
 * WebSocket on the same path, see live-socket.ts), and on Express 5 `/export` (downloads), `/explore` (the
 * network explorer), `/healthz` (process alive) and `/readyz` (store reachable). The store
 * is the caller's: it outlives the server and is closed by it.
 * Every request gets an id and one log line; queries over the depth or cost limit are refused before they
 * run; CSRF prevention is on; cross-origin browsers are let in only from CORS_ORIGINS.
 */
export async function startServer(
  store: NetworkStore,
  config: Pick<Config, 'PORT' | 'HOST'> & AccessConfig & ServerLimits,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const settings = { ...loadConfig({}), ...config };
  const logger = options.logger ?? silentLogger();
  // Logged against the request being served when there is one, so the line carries its id.
  // First, so that a bad keys file stops start-up before anything listens.
  const access = await openAccess(config, { source: store, log: logger });
  // Writes made while the server was down (the seed, npm run import) get their audit entry now; a store
  // that cannot be reached yet is left to the next write, which accounts for the same revisions.
  await store
    .revision()
    .then((revision) => access.audit.accountFor(revision))
    .catch((error: unknown) => logger.warn({ err: error }, 'audit: could not read the store revision'));
  const app = express();
  // Its requests are handed out below, once everything that serves them exists.
  const httpServer = http.createServer();
  // Live updates: every audit entry is a change. Polled inside the write queue, the revision never shows a
  // write of this server before its entry is recorded, so only writes made elsewhere are accounted for.
  const writes = new SerialQueue();
  const feed = new ChangeFeed({
    poll: () => writes.run(async () => access.audit.accountFor(await store.revision())),
    pollIntervalMs: settings.LIVE_POLL_MS,
    onPollError: (error) => logger.warn({ err: error }, 'live updates: could not read the store revision'),
  });
  const unfeed = access.audit.onAppend((entry) => feed.publish(NETWORK_CHANGED, networkChangeOf(entry)));
  const schema = await buildNetworkSchema(feed);
  const production = settings.NODE_ENV === 'production';
  // A server configured by hand (tests, tools) follows NODE_ENV as loadConfig would.
  const introspectionForAll = config.INTROSPECTION ?? !production;
  const persistedQueries = new PersistedQueries();
  const apollo = apolloServer(schema, {
    httpServer,
    store,
    settings,
    introspectionForAll,
    persistedQueries,
    logger,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const health = await store
      .health()
      .catch((error: Error) => ({ ok: false, store: store.kind, detail: error.message }));
    res.status(health.ok ? 200 : 503).json(health);
  });
  const thread = AnalyticsThread.start({
    execArgv: options.workerExecArgv,
    threads: settings.ANALYTICS_THREADS,
  });
  const createContext = contextFactory(
    store,
    access,
    {
      ...(settings.ANALYTICS_TIME_BUDGET_MS ? { timeBudgetMs: settings.ANALYTICS_TIME_BUDGET_MS } : {}),
      thread,
    },
    writes,
  );
  const live = serveLiveSocket(httpServer, '/graphql', {
    schema,
    access,
    createContext,
    limits: { maxDepth: settings.MAX_QUERY_DEPTH, maxCost: settings.MAX_QUERY_COST },
    maxPayload: settings.MAX_BODY_BYTES,
    corsOrigins: settings.CORS_ORIGINS,
    maxSubscriptionsPerConnection: settings.LIVE_MAX_SUBSCRIPTIONS,
    maxConnectionsPerKey: settings.LIVE_MAX_CONNECTIONS_PER_KEY,
    persistedQueries,
    logger,
  });
  const stopKeyReloads = reloadKeysOnChange(access, () => live.revalidate(), logger);
  // GRAPHIQL's default follows NODE_ENV (config.ts); a config without it gets the default of its NODE_ENV.
  const graphiql = config.GRAPHIQL ?? !production;
  if (graphiql && !production)
    // A person opening /graphql in a browser (HTML wanted, no query) gets the query editor.
    app.get('/graphql', (req, res, next) =>
      req.query.query === undefined && req.accepts(['json', 'html']) === 'html'
        ? res.redirect(302, '/graphiql/')
        : next(),
    );
  const logUnexpected = (error: unknown, req: http.IncomingMessage) =>
    (scopeOf(req)?.log ?? logger).error({ err: error }, 'unexpected error in an HTTP request');
  const graphql = graphqlHttp(apollo, {
    corsOrigins: settings.CORS_ORIGINS,
    maxBodyBytes: settings.MAX_BODY_BYTES,
    context: (req) =>
      createContext({
        authorization: req.headers.authorization,
        address: req.socket.remoteAddress,
        scope: scopeOf(req),
      }),
    onError: logUnexpected,
  });
  app.use('/graphql', graphql);
  app.use('/export', cors(settings.CORS_ORIGINS), exportRoutes(createContext));
  app.use('/explore', explorerRoutes(options.explorerDir ?? defaultExplorerDir()));
  // In production only when asked for (GRAPHIQL=on): it exposes nothing the API does not, but it is a page.
  if (graphiql)
    app.use('/graphiql', explorerRoutes(options.graphiqlDir ?? defaultGraphiqlDir(), 'query editor'));
  // Somebody who opens the server's address in a browser wants to look at the network.
  app.get('/', (_req, res) => res.redirect(302, '/explore/'));
  app.use(notFound);
  app.use(errorHandler(logUnexpected));
  const openScope = requestScope(logger);
  httpServer.on('request', (req, res) => {
    openScope(req, res);
    // A query goes straight to the handler Express mounts at /graphql, without walking Express's router
    // first: the same handler either way. The walk and its response helpers cost about a quarter of the
    // time of a small query (`{ about { revision } }`: 2,500 → 3,400 requests/s at 10 connections).
    if (req.method === 'POST' && req.url === '/graphql') graphql(req, res);
    else void app(req, res);
  });

  const port = await listen(httpServer, config, () => {
    void live.dispose();
    void feed.close();
    void apollo.stop();
    void access.close();
    void thread?.close();
  });
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    stop: once(async () => {
      stopKeyReloads();
      // WebSockets first: the HTTP server's drain would wait for them.
      await live.dispose();
      unfeed();
      await feed.close();
      await apollo.stop();
      await access.close();
      await thread?.close();
    }),
  };
}

/** `stop` as callers may use it: every call after the first gets the first call's promise. */
function once(stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => (stopping ??= stop());
}
