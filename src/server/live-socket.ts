import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  GraphQLError,
  getOperationAST,
  getVariableValues,
  parse,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, handleProtocols, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type VerifyClientCallbackAsync, type WebSocket } from 'ws';
import { z } from 'zod';
import { ForbiddenError, UnauthenticatedError, zodIssues } from '../domain';
import type { Access } from '../app/access/access';
import { authorize, principalOf } from '../app/access/principal';
import type { GraphQLContext, RequestHeaders } from '../graphql/context';
import { formatError, isUnexpected } from '../graphql/errors';
import { MAX_QUERY_TOKENS } from '../graphql/limits/cost';
import { checkQueryLimits, type QueryLimits } from '../graphql/limits/query-limits.plugin';
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

/** The close code of a connection over its key's limit (graphql-ws leaves 4400–4499 to applications). */
export const TOO_MANY_CONNECTIONS = 4429;

export interface LiveSocket {
  /** Checks the key of every connection again (the keys were reloaded) and closes those now refused. */
  revalidate(): void;
  /** Closes every connection (1001, going away) and stops accepting new ones. */
  dispose(): Promise<void>;
}

/** The connection_init payload: `authorization` (or `Authorization`) as the HTTP header would carry it. */
const ConnectionParamsSchema = z.looseObject({
  authorization: z.string().max(4096).optional(),
  Authorization: z.string().max(4096).optional(),
});

/**
 * Browsers let any page open a WebSocket anywhere, CORS or not: like cors.ts for HTTP, an upgrade whose
 * `Origin` is neither the server's own (the same host) nor one of `origins` is refused with 403, so a page
 * elsewhere cannot subscribe with what the browser may reach (e.g. a laptop's anonymous reading).
 */
function verifyOrigin(origins: readonly string[]): VerifyClientCallbackAsync {
  const allowed = new Set(origins);
  return ({ origin, req }, done) => {
    const ownHost = URL.canParse(origin) && new URL(origin).host === req.headers.host;
    if (!origin || ownHost || allowed.has(origin)) return done(true);
    done(false, 403, `origin ${origin} is not allowed to call this API (CORS_ORIGINS)`);
  };
}

/** A WebSocket close reason is at most 123 bytes. */
function closeReason(text: string): string {
  const bytes = Buffer.from(text);
  return bytes.length <= 123
    ? text
    : `${bytes
        .subarray(0, 120)
        .toString('utf8')
        .replace(/\uFFFD$/, '')}…`;
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
  const { schema, access, limits, logger, keepAliveMs = 12_000 } = options;
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
  /** What each acknowledged connection authenticates with (undefined: nothing, i.e. anonymous). */
  const credentials = new Map<WebSocket, string | undefined>();
  /** The open connections of each API key, for maxConnectionsPerKey. */
  const byKey = new Map<string, Set<WebSocket>>();
  const keyIdOf = (authorization: string | undefined) => {
    const principal = principalOf(authorization, access.keys, access.allowAnonymousRead);
    return principal.kind === 'key' ? principal.keyId : undefined;
  };

  /** The close code and reason for a connection with this credential, or undefined when it may read. */
  const refusal = (authorization: string | undefined) => {
    try {
      authorize(principalOf(authorization, access.keys, access.allowAnonymousRead), 'reader');
      return undefined;
    } catch (error) {
      if (error instanceof UnauthenticatedError)
        return { code: CloseCode.Unauthorized, reason: error.message };
      if (error instanceof ForbiddenError) return { code: CloseCode.Forbidden, reason: error.message };
      throw error;
    }
  };

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
      onConnect(ctx) {
        const { socket, request } = ctx.extra;
        const params = ConnectionParamsSchema.safeParse(ctx.connectionParams ?? {});
        if (!params.success) {
          const [issue] = zodIssues(params.error);
          socket.close(
            CloseCode.BadRequest,
            closeReason(`connection params: ${issue?.path}: ${issue?.message}`),
          );
          return false;
        }
        const authorization =
          params.data.authorization ?? params.data.Authorization ?? request.headers.authorization;
        const refused = refusal(authorization);
        if (refused) {
          socket.close(refused.code, closeReason(refused.reason));
          return false;
        }
        const keyId = keyIdOf(authorization);
        if (keyId !== undefined) {
          const open = byKey.get(keyId) ?? new Set<WebSocket>();
          if (open.size >= options.maxConnectionsPerKey) {
            socket.close(
              TOO_MANY_CONNECTIONS,
              closeReason(`key "${keyId}" already holds ${open.size} connections, the most allowed`),
            );
            return false;
          }
          byKey.set(keyId, open.add(socket));
        }
        credentials.set(socket, authorization);
        return true;
      },
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
        return prepare(payload, ctx.extra.socket);
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
      onClose(ctx) {
        const { socket } = ctx.extra;
        const keyId = keyIdOf(credentials.get(socket));
        credentials.delete(socket);
        if (keyId === undefined) return;
        byKey.get(keyId)?.delete(socket);
        if (byKey.get(keyId)?.size === 0) byKey.delete(keyId);
      },
    },
    wss,
    keepAliveMs,
  );

  /** The execution of a subscribe message, or the errors that refuse it (coded as Apollo codes them). */
  async function prepare(
    payload: SubscribePayload,
    socket: WebSocket,
  ): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const refuse = (code: string, errors: readonly GraphQLError[]) =>
      errors.map(
        (e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code } }),
      );
    let query, document;
    try {
      query = await options.persistedQueries.resolve(payload.query, payload.extensions);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    try {
      document = parse(query, { maxTokens: MAX_QUERY_TOKENS });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return refuse(ApolloServerErrorCode.GRAPHQL_PARSE_FAILED, [error]);
    }
    const invalid = validate(schema, document);
    if (invalid.length > 0) return refuse(ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, invalid);
    const operation = getOperationAST(document, payload.operationName);
    if (!operation)
      return refuse(ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, [
        new GraphQLError('name the operation to run (operationName): the document has none or several'),
      ]);
    if (operation.operation !== 'subscription')
      return refuse(ApolloServerErrorCode.BAD_REQUEST, [
        new GraphQLError(
          `only subscriptions are served over WebSocket: send a ${operation.operation} by HTTP`,
        ),
      ]);
    const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
    if (variables.errors) return refuse(ApolloServerErrorCode.BAD_USER_INPUT, variables.errors);
    try {
      checkQueryLimits(limits, schema, document, operation, payload.variables ?? undefined);
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
      contextValue: options.createContext({ authorization: credentials.get(socket) }),
    };
  }

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
    revalidate() {
      for (const [socket, authorization] of credentials) {
        const refused = refusal(authorization);
        if (refused) socket.close(refused.code, closeReason(refused.reason));
      }
    },
    async dispose() {
      httpServer.off('upgrade', upgrade);
      for (const socket of wss.clients) socket.close(1001, 'the server is stopping');
      await server.dispose();
    },
  };
}
