import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { Config } from '../config';
import type { GraphQLContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { analyticsPerCaller } from '../graphql/limits/analytics-per-caller';
import { MAX_QUERY_TOKENS } from '../graphql/limits/cost';
import { queryLimitsPlugin } from '../graphql/limits/query-limits.plugin';
import { EventLoopTurns } from '../lib/event-loop-turns';
import { refreshedEvery } from '../lib/refreshed-every';
import type { NetworkStore } from '../store/network-store';
import {
  errorLogPlugin,
  eventLoopTurnsPlugin,
  httpCachePlugin,
  operationLogPlugin,
  subscriptionsOverWebSocketPlugin,
} from './graphql-plugins';
import type { Logger } from './logger';
import type { PersistedQueries } from './persisted-queries';

/** The store's sizes price scans (cost.ts): a second old is exact enough, and costs Neo4j one read a second. */
const SIZES_MAX_AGE_MS = 1_000;

/** What the Apollo server of startServer is made of, besides the schema. */
export interface ApolloSetup {
  httpServer: http.Server;
  store: NetworkStore;
  settings: Pick<Config, 'MAX_QUERY_DEPTH' | 'MAX_QUERY_COST' | 'ANALYTICS_PER_CALLER' | 'GET_CACHE_MAX_AGE'>;
  /** Whether anonymous callers may introspect (keys always may). */
  introspectionForAll: boolean;
  persistedQueries: PersistedQueries;
  logger: Logger;
}

/**
 * The Apollo server (not started) serving `schema` at /graphql: its limits, logging, caching and the
 * Apollo features switched off, each with the reason.
 */
export function apolloServer(
  schema: GraphQLSchema,
  { httpServer, store, settings, introspectionForAll, persistedQueries, logger }: ApolloSetup,
): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    introspection: true,
    // Signals are main.ts's business: Apollo's own handler re-raises the signal after stopping, which ends
    // the process before the store is closed and its lock released.
    stopOnTerminationSignals: false,
    // Stack traces help nobody who calls the API, and they tell attackers where our files are.
    includeStacktraceInErrorResponses: false,
    // Apollo's defaults, said out loud: a GET or form post must carry `apollo-require-preflight` (or a
    // non-simple content type), so a page elsewhere cannot make a browser send it; persisted queries (APQ)
    // let dashboards send a hash, by GET, instead of the whole query.
    csrfPrevention: true,
    persistedQueries: { cache: persistedQueries.cache },
    // Tokens are counted while parsing: a document of a million tokens never reaches validation.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      subscriptionsOverWebSocketPlugin(),
      queryLimitsPlugin<GraphQLContext>(
        { maxDepth: settings.MAX_QUERY_DEPTH, maxCost: settings.MAX_QUERY_COST },
        {
          observe: ({ depth, cost }, context) => Object.assign(context.request ?? {}, { depth, cost }),
          mayIntrospect: (context) => introspectionForAll || context.auth.principal.kind === 'key',
          sizes: refreshedEvery(SIZES_MAX_AGE_MS, () => store.sizes(), { actors: 0, partnerships: 0 }),
          admit: analyticsPerCaller(settings.ANALYTICS_PER_CALLER),
        },
      ),
      eventLoopTurnsPlugin(new EventLoopTurns()),
      operationLogPlugin(),
      errorLogPlugin(logger),
      httpCachePlugin(settings.GET_CACHE_MAX_AGE),
      ApolloServerPluginCacheControlDisabled(),
      // Traces for a federation gateway: this schema is no subgraph, and the plugin Apollo installs
      // otherwise would still be asked, on every request, whether it is one.
      ApolloServerPluginInlineTraceDisabled(),
      // No Apollo Sandbox (it loads its code from a CDN): the local GraphiQL at /graphiql replaces it.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
