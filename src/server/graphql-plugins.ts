import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../graphql/context';
import { isUnexpected } from '../graphql/errors';
import type { EventLoopTurns } from '../lib/event-loop-turns';
import type { Logger } from './logger';

/**
 * Records on the request log line (request-scope.ts) the operation's name and type, the id of the key
 * that sent it (never the key) and the codes of the errors answered. Never the variables: mutation inputs hold partners' data.
 */
export function operationLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName, contextValue }) {
          const scope = contextValue.request;
          if (!scope) return;
          const principal = contextValue.auth?.principal;
          if (principal?.kind === 'key') scope.keyId = principal.keyId;
          scope.operationType = operation?.operation;
          if (operationName) scope.operationName = operationName;
        },
        async willSendResponse({ response, contextValue }) {
          const scope = contextValue.request;
          if (!scope || response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code));
          if (codes.length > 0) scope.errorCodes = [...new Set(codes)];
        },
      };
    },
  };
}

/**
 * Logs every unexpected error of an operation (see isUnexpected: formatError masks the same ones) with
 * its stack, on the request's logger so that the line carries the request id.
 */
export function errorLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors)
            if (isUnexpected(error, error.extensions?.code))
              (contextValue.request?.log ?? logger).error(
                { err: error.originalError ?? error },
                'unexpected error in a GraphQL request',
              );
        },
      };
    },
  };
}

/**
 * HTTP caching for dashboards: a query sent with GET (a persisted query's hash or the query in the URL)
 * that succeeded may be kept by the browser for `maxAge` seconds (private: what a key may see differs);
 * everything else — POSTs, mutations, errors — is `no-store`. Replaces Apollo's @cacheControl hints,
 * which this schema does not use.
 */
export function httpCachePlugin(maxAge: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ request }) {
      const isGet = request.http?.method === 'GET';
      return {
        async willSendResponse({ response, operation }) {
          const ok =
            response.body.kind === 'single' && (response.body.singleResult.errors ?? []).length === 0;
          const cacheable = isGet && operation?.operation === 'query' && ok && maxAge > 0;
          response.http.headers.set('cache-control', cacheable ? `private, max-age=${maxAge}` : 'no-store');
          if (cacheable) response.http.headers.set('vary', 'origin, authorization');
        },
      };
    },
  };
}

/**
 * Refuses a subscription sent over HTTP (400 BAD_REQUEST) before it runs: Apollo would execute it as a
 * query, with no event to resolve. Subscriptions are served over WebSocket (live-socket.ts).
 */
export function subscriptionsOverWebSocketPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            'subscriptions are served over WebSocket (protocol graphql-transport-ws) on this same path, not over HTTP',
            { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
          );
        },
      };
    },
  };
}

/**
 * Each operation starts executing on its own turn of the event loop (see EventLoopTurns). On the embedded
 * store an operation runs to its end without giving the loop back (every read resolves at once), so 50
 * operations arriving together ran back to back while `/healthz` waited for all of them (measured: 572 ms
 * at p99 on a 10,000-actor network); now I/O, `/healthz` among it, is served between any two.
 */
export function eventLoopTurnsPlugin(turns: EventLoopTurns): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          await turns.next();
        },
      };
    },
  };
}
