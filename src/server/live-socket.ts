import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, getOperationAST, type GraphQLSchema } from 'graphql';
import { handleProtocols } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Access } from '../app/access/access';
import type { GraphQLContext, RequestHeaders } from '../graphql/context';
import { formatError, isUnexpected } from '../graphql/errors';
import type { QueryLimits } from '../graphql/limits/query-limits.plugin';
import { LiveConnections, verifyOrigin } from './live-connections';
import { prepareSubscription } from './live-subscribe';
import type { Logger } from './logger';
import type { PersistedQueries } from './persisted-queries';

export interface LiveSocketOptions {
  schema: GraphQLSchema;
  access: Access;
  createContext(request: RequestHeaders): GraphQLContext;
  limits: QueryLimits;
  /** The largest message a client may send (MAX_BODY_BYTES, as for HTTP). */
  maxPayload: number;
  /** Origins (CORS_ORIGINS) whose pages may connect besides the server's own; see verifyOrigin. */
  corsOrigins: readonly string[];
  logger: Logger;
  /** How often a silent connection is pinged; one that has not answered the last ping is dropped. */
  keepAliveMs?: number;
  /** Subscriptions one connection may hold at once (LIVE_MAX_SUBSCRIPTIONS); one more is refused. */
  maxSubscriptionsPerConnection: number;
  /** Connections one API key may hold at once (LIVE_MAX_CONNECTIONS_PER_KEY); one more is closed, 4429. */
  maxConnectionsPerKey: number;
  /** The persisted queries HTTP registers too: a subscribe message may send a hash for its document. */
  persistedQueries: PersistedQueries;
}

export interface LiveSocket {
  /** Checks the key of every connection again (the keys were reloaded) and closes those now refused. */
  revalidate(): void;
  /** Closes every connection (1001, going away) and stops accepting new ones. */
  dispose(): Promise<void>;
}

/**
 * Serves GraphQL subscriptions over WebSocket (graphql-ws, protocol graphql-transport-ws) on `path` of
 * `httpServer`, beside the HTTP queries. A connection is authorised as a query is, when it starts: the key
 * in its connection_init payload (`{authorization: "Bearer <key>"}`) or else in the upgrade request's
 * Authorization header, anonymous only where anonymous reading is allowed; a refused one is closed with
 * 4401 (no or wrong key) or 4403 and the reason. Only subscriptions are served (queries and mutations go
 * to HTTP, with its logging and caching); each document is held to the same token, depth and cost limits
 * as over HTTP, and every error goes through formatError.
 */
export function serveLiveSocket(
  httpServer: HttpServer,
  path: string,
  options: LiveSocketOptions,
): LiveSocket {
  const { schema, access, logger, keepAliveMs = 12_000 } = options;
  // Not attached to the HTTP server (noServer): its errors (e.g. EADDRINUSE) are startServer's to report.
  const wss = new WebSocketServer({
    noServer: true,
    path,
    maxPayload: options.maxPayload,
    handleProtocols,
    verifyClient: verifyOrigin(options.corsOrigins),
  });
  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) =>
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  httpServer.on('upgrade', upgrade);
  const connections = new LiveConnections(access, options.maxConnectionsPerKey);

  /** Each connection's logger: its lines carry one `connectionId`. */
  const logs = new WeakMap<WebSocket, Logger>();
  const logOf = (socket: WebSocket) => logs.get(socket) ?? logger;

  /** Errors as over HTTP (formatError); `http` is an HTTP status hint that means nothing here. */
  const formatted = (socket: WebSocket, errors: readonly GraphQLError[]) =>
    errors.map((error) => {
      if (isUnexpected(error, error.extensions?.code))
        logOf(socket).error(
          { err: error.originalError ?? error },
          'unexpected error in a GraphQL subscription',
        );
      const { extensions, ...rest } = formatError(error.toJSON(), error);
      const { http: _http, ...kept } = extensions ?? {};
      return { ...rest, ...(extensions ? { extensions: kept } : {}) };
    });

  const server = useServer<Record<string, unknown>>(
    {
      schema,
      onConnect: (ctx) => connections.admit(ctx.extra.socket, ctx.connectionParams, ctx.extra.request),
      onSubscribe(ctx, _id, payload) {
        // graphql-ws has reserved this one's id already: it counts among ctx.subscriptions.
        const held = Object.keys(ctx.subscriptions).length - 1;
        if (held >= options.maxSubscriptionsPerConnection)
          return [
            new GraphQLError(
              `this connection already holds ${held} subscriptions, the most allowed: complete one first, or open another connection`,
              { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } },
            ),
          ];
        const { socket } = ctx.extra;
        return prepareSubscription(payload, options, () =>
          options.createContext({ authorization: connections.authorizationOf(socket) }),
        );
      },
      onOperation(ctx, _id, _payload, args, result) {
        // A subscription refused by its resolver (e.g. a bad argument) is an error result, not a stream.
        if (!(Symbol.asyncIterator in Object(result))) return;
        const { principal } = (args.contextValue as GraphQLContext).auth;
        const name = getOperationAST(args.document, args.operationName)?.name?.value;
        logOf(ctx.extra.socket).info(
          {
            path,
            websocket: true,
            operationType: 'subscription',
            ...(name ? { operationName: name } : {}),
            ...(principal.kind === 'key' ? { keyId: principal.keyId } : {}),
          },
          'subscription started',
        );
      },
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatted(ctx.extra.socket, result.errors) } : undefined,
      onError: (ctx, _id, _payload, errors) => formatted(ctx.extra.socket, errors),
      onClose: (ctx) => connections.release(ctx.extra.socket),
    },
    wss,
    keepAliveMs,
  );

  // Beside useServer's own handling of each connection: its log lines carry one connectionId, and it
  // logs its close.
  wss.on('connection', (socket) => {
    const opened = Date.now();
    const log = logger.child({ connectionId: randomUUID() });
    logs.set(socket, log);
    socket.once('close', (code) =>
      log.info({ path, websocket: true, code, durationMs: Date.now() - opened }, 'websocket closed'),
    );
  });

  return {
    revalidate: () => connections.revalidate(),
    async dispose() {
      httpServer.off('upgrade', upgrade);
      for (const socket of wss.clients) socket.close(1001, 'the server is stopping');
      await server.dispose();
    },
  };
}
