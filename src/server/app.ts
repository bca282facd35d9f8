import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, type Config } from '../config';
import { contextFactory, type GraphQLContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { buildNetworkSchema } from '../graphql/schema';
import { errorHandler, notFound } from './http-errors';
import type { NetworkStore } from '../store/network-store';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting requests, lets in-flight ones finish, then closes the HTTP server (not the store). */
  stop(): Promise<void>;
}

/**
 * Starts the HTTP server: `/graphql` (Apollo Server 5 on Express 5), `/healthz` (process alive) and
 * `/readyz` (store reachable). The store is the caller's: it outlives the server and is closed by it.
 */
export async function startServer(
  store: NetworkStore,
  config: Pick<Config, 'PORT' | 'HOST'>,
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema: await buildNetworkSchema(),
    formatError: (formatted, error) => formatError(formatted, error),
    introspection: true,
    // Signals are main.ts's business: Apollo's own handler re-raises the signal after stopping, which ends
    // the process before the store is closed and its lock released.
    stopOnTerminationSignals: false,
    // Stack traces help nobody who calls the API, and they tell attackers where our files are.
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
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
  const createContext = contextFactory(store);
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(apollo, { context: async () => createContext() }),
  );
  app.use(notFound);
  app.use(errorHandler((error) => console.error(error)));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      void apollo.stop();
      reject(listenError(error, config));
    });
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}

/** The usual reasons a server cannot listen are configuration problems: say which variable to change. */
function listenError(error: NodeJS.ErrnoException, config: Pick<Config, 'PORT' | 'HOST'>): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new ConfigError([`PORT=${config.PORT}: another process is already listening on it`]);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new ConfigError([`HOST=${config.HOST}: not an address of this machine`]);
    case 'EACCES':
      return new ConfigError([
        `PORT=${config.PORT}: not allowed for this user (ports below 1024 need privileges)`,
      ]);
    default:
      return error;
  }
}
