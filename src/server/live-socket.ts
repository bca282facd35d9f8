import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
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
import { CloseCode, handleProtocols, makeServer, type SubscribePayload } from 'graphql-ws';
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
}

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
  const wss = new WebSocketServer({
    server: httpServer,
    path,
    maxPayload: options.maxPayload,
    handleProtocols,
    verifyClient: verifyOrigin(options.corsOrigins),
  });
  // ws passes on the HTTP server's errors (e.g. EADDRINUSE), which startServer reports itself: unheard here,
  // they would end the process.
  wss.on('error', () => {});
  /** What each acknowledged connection authenticates with (undefined: nothing, i.e. anonymous). */
  const credentials = new Map<WebSocket, string | undefined>();

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

  const server = makeServer<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>({
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
      credentials.set(socket, authorization);
      return true;
    },
    onSubscribe(ctx, _id, payload) {
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
      credentials.delete(ctx.extra.socket);
    },
  });

  /** The execution of a subscribe message, or the errors that refuse it (coded as Apollo codes them). */
  function prepare(payload: SubscribePayload, socket: WebSocket): ExecutionArgs | readonly GraphQLError[] {
    const refuse = (code: string, errors: readonly GraphQLError[]) =>
      errors.map(
        (e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code } }),
      );
    let document;
    try {
      document = parse(payload.query, { maxTokens: MAX_QUERY_TOKENS });
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

  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (socket, request) => {
    const opened = Date.now();
    const log = logger.child({ connectionId: randomUUID() });
    logs.set(socket, log);
    alive.add(socket);
    socket.on('pong', () => alive.add(socket));
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (error) {
              log.error({ err: error }, 'unexpected error in a WebSocket message');
              socket.close(CloseCode.InternalServerError, 'internal error');
            }
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      log.info({ path, websocket: true, code, durationMs: Date.now() - opened }, 'websocket closed');
      void closed(code, reason.toString('utf8'));
    });
  });
  // One timer for every connection: a connection that did not answer the last ping is gone.
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.delete(socket)) socket.terminate();
      else socket.ping();
    }
  }, keepAliveMs).unref();

  return {
    revalidate() {
      for (const [socket, authorization] of credentials) {
        const refused = refusal(authorization);
        if (refused) socket.close(refused.code, closeReason(refused.reason));
      }
    },
    async dispose() {
      clearInterval(heartbeat);
      for (const socket of wss.clients) socket.close(1001, 'the server is stopping');
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
