import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { StoreSizes } from '../../store/network-store';
import { MAX_QUERY_NODES, RECORDS_PER_SCAN_COST, queryCost } from './cost';
import { queryDepth } from './depth';
import { checkIntrospection } from './introspection';
import { QueryLimitError } from './errors';

export interface QueryLimits {
  /** The deepest nesting of fields allowed. */
  maxDepth: number;
  /** The highest estimated cost allowed (see cost.ts). */
  maxCost: number;
}

/** What was measured of an operation that passed the limits, for the request log. */
export interface QueryMeasure {
  depth: number;
  cost: number;
  /** Whether it runs graph algorithms (see cost.ts): such operations take turns per caller. */
  analytics: boolean;
}

/** What the plugin asks of the server besides the limits; each has a default. */
export interface QueryLimitsHooks<TContext> {
  /** Hears what was measured of each operation that passed (default: nobody). */
  observe?: (measure: QueryMeasure, context: TContext) => void;
  /** Whether this request may introspect the schema (see checkIntrospection); default: yes. */
  mayIntrospect?: (context: TContext) => boolean;
  /** The store's sizes, which price scans (cost.ts); default: no scan is priced. */
  sizes?: () => Promise<StoreSizes>;
  /**
   * Lets an operation that passed run now: resolves (perhaps after a wait) with what to call once it is
   * answered, or throws to refuse it. The server admits analytics per caller here (analytics-per-caller.ts).
   */
  admit?: (measure: QueryMeasure, context: TContext) => Promise<() => void>;
}

/**
 * Refuses an operation deeper or costlier than `limits` after it is parsed and validated and before any
 * resolver runs: QUERY_TOO_DEEP or QUERY_TOO_COMPLEX, with the measured value and the limit. Validation
 * has already refused fragment cycles and unknown fields by then, so measuring is safe.
 */
export function queryLimitsPlugin<TContext extends BaseContext>(
  limits: QueryLimits,
  { observe = () => {}, mayIntrospect = () => true, sizes, admit }: QueryLimitsHooks<TContext> = {},
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let done: (() => void) | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          // No operation to run (e.g. several and none named): Apollo answers that itself.
          if (!operation) return;
          checkIntrospection(operation, document, mayIntrospect(contextValue));
          const measure = checkQueryLimits(
            limits,
            schema,
            document,
            operation,
            request.variables,
            await sizes?.(),
          );
          if (!measure) return;
          observe(measure, contextValue);
          done = await admit?.(measure, contextValue);
        },
        async willSendResponse() {
          done?.();
        },
      };
    },
  };
}

/**
 * Measures one parsed and validated operation against `limits`: throws a QueryLimitError when it is too
 * deep or too costly, else returns what it measured (undefined when its variables do not fit it, so that
 * it cannot be priced: execution refuses them with BAD_USER_INPUT before any resolver runs). Shared by
 * HTTP (the plugin) and WebSocket subscriptions (server/live-subscribe.ts).
 */
export function checkQueryLimits(
  limits: QueryLimits,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  sizes?: StoreSizes,
): QueryMeasure | undefined {
  // A dashboard sends the same documents again and again (Apollo keeps one parsed document per query
  // text): what passed once with the same variables passes again at the same price.
  let passed = measured.get(document);
  // Scans are priced in whole units of the store's size: a write or two does not move the price.
  const scanUnits = sizes
    ? [sizes.actors, sizes.partnerships].map((n) => Math.ceil(n / RECORDS_PER_SCAN_COST))
    : [];
  const key = `${operation.name?.value ?? ''} ${JSON.stringify(variables ?? {})} ${limits.maxDepth} ${limits.maxCost} ${scanUnits.join(',')}`;
  const known = passed?.get(key);
  if (known) return known;
  const measure = measureQuery(limits, schema, document, operation, variables, sizes);
  if (measure) {
    if (!passed) measured.set(document, (passed = new Map()));
    if (passed.size >= MEASURES_PER_DOCUMENT) passed.delete(passed.keys().next().value!);
    passed.set(key, measure);
  }
  return measure;
}

/** Per parsed document, the measures of the operations (name, variables, limits) that passed, oldest first. */
const measured = new WeakMap<DocumentNode, Map<string, QueryMeasure>>();
const MEASURES_PER_DOCUMENT = 64;

function measureQuery(
  limits: QueryLimits,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  sizes: StoreSizes | undefined,
): QueryMeasure | undefined {
  const depth = queryDepth(operation, document);
  if (depth > limits.maxDepth)
    throw new QueryLimitError(
      'QUERY_TOO_DEEP',
      `query depth ${depth} is over the limit of ${limits.maxDepth}: ask for fewer nested levels`,
      depth,
      limits.maxDepth,
    );
  const measure = queryCost(schema, document, variables, operation.name?.value, sizes);
  switch (measure.kind) {
    case 'measured':
      if (measure.cost > limits.maxCost)
        throw new QueryLimitError(
          'QUERY_TOO_COMPLEX',
          `query cost ${measure.cost} is over the limit of ${limits.maxCost}: ask for smaller pages (first/top), fewer nested lists, fewer analytics fields or fewer searches (a search costs 1 per ${RECORDS_PER_SCAN_COST} stored records)`,
          measure.cost,
          limits.maxCost,
        );
      return { depth, cost: measure.cost, analytics: measure.analytics };
    case 'too-many-nodes':
      throw new QueryLimitError(
        'QUERY_TOO_COMPLEX',
        `query has more than ${MAX_QUERY_NODES} fields to evaluate once its fragments are expanded`,
        undefined,
        limits.maxCost,
      );
    case 'bad-variables':
      return undefined;
    default: {
      const unexpected: never = measure;
      throw new Error(`unexpected measure ${JSON.stringify(unexpected)}`);
    }
  }
}
