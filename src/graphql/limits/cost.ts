import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../../store/listing/paging';
import type { StoreSizes } from '../../store/network-store';
import { DEFAULT_PAGE_SIZE } from '../common/connection';

/**
 * The fixed price of the fields that run graph algorithms, by parent type and field name: what they cost
 * does not depend on how many rows they return but on the size of the network. Root analytics fields
 * cost as much as 250 plain objects; an actor's own metrics, cached per revision, as much as 25. A field
 * may instead declare its own `complexity` (type-graphql's `@Query({ complexity })`).
 */
export const ANALYTICS_COSTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  Query: Object.fromEntries(
    [
      'centrality',
      'reach',
      'coverageGaps',
      'networkGaps',
      'networkStats',
      'brokerage',
      'communities',
      'fragility',
      'recommendations',
      'shortestPath',
      'network',
      'sectorNetwork',
      'bipartiteNetwork',
      'coverageMatrix',
    ]
      .map((name) => [name, 250])
      // An export computes a view and then writes all of it: priced as two analytics fields.
      .concat([['exportNetwork', 500]]),
  ),
  Actor: { metrics: 25 },
};

/**
 * The `complexity` of a list holding every row of a view (a network's nodes, its edges), which no `first`
 * bounds: priced as a ranking without `top` is, MAX_PAGE_SIZE rows of at least 1 each.
 */
export function wholeListCost({ childComplexity }: ComplexityEstimatorArgs): number {
  return MAX_PAGE_SIZE * Math.max(childComplexity, 1);
}

/**
 * `__schema` (the whole schema, as tools ask for it: about a thousand objects) and `__type` (one type).
 * With the default MAX_QUERY_COST a document could hold 50 of them; queryLimits allows one `__schema`.
 */
export const INTROSPECTION_COSTS = { __schema: 1_000, __type: 20 } as const;

/** Rows assumed for a list that is neither paged nor ranked (an actor's areas, a partnership's participants). */
export const LIST_ESTIMATE = 10;

/** More fields than this to evaluate (e.g. fragments spread into fragments) is too complex to measure. */
export const MAX_QUERY_NODES = 20_000;

/**
 * Records a scan reads for one unit of cost. A search, or a listing filtered by `text`, folds and compares
 * the names of every actor (and partnership) whatever it returns: on a store of 54,000 actors one
 * `search(first: 1)` did the work of hundreds of objects, and 150 aliases of it held the server for 26 s
 * while costing 300. Priced by the store's size, such a query is refused before it runs.
 */
export const RECORDS_PER_SCAN_COST = 100;

/** The store's sizes as the query limits price scans by them: none known prices no scan (a schema check). */
const NO_SIZES: StoreSizes = { actors: 0, partnerships: 0 };

/** What a field scans, in cost units (RECORDS_PER_SCAN_COST): search every actor and partnership, a `text` filter its kind. */
function scanCost(
  parent: string,
  field: ComplexityEstimatorArgs['field'],
  args: Record<string, unknown>,
  sizes: StoreSizes,
): number {
  const units = (records: number) => Math.ceil(records / RECORDS_PER_SCAN_COST);
  if (parent === 'Query' && field.name === 'search') return units(sizes.actors + sizes.partnerships);
  const text = (args.filter as { text?: unknown } | null | undefined)?.text;
  if (typeof text !== 'string' || text.trim() === '') return 0;
  switch (getNamedType(field.type).name) {
    case 'ActorConnection':
      return units(sizes.actors);
    case 'PartnershipConnection':
      return units(sizes.partnerships);
    default:
      return 0;
  }
}

/** Whether a field runs graph algorithms: one of ANALYTICS_COSTS, or actors listed by a computed metric. */
function isAnalytics(parent: string, fieldName: string, args: Record<string, unknown>): boolean {
  if (ANALYTICS_COSTS[parent]?.[fieldName] !== undefined) return true;
  const metricOf = (arg: unknown) => (arg as { metric?: unknown } | null | undefined)?.metric;
  return parent === 'Query' && fieldName === 'actors' && !!(metricOf(args.filter) ?? metricOf(args.orderBy));
}

/**
 * Each object costs 1 (its fixed cost if it is an analytics field), scalars cost nothing, and a list or
 * connection multiplies what is below it (at least 1 a row) by the rows it can return: `first` (default 50) or `top` (default: all, taken
 * as 500), both counted at most 500 as larger pages are refused anyway; `edges` of a connection were
 * counted by the connection field. A scan (scanCost) adds the size of what it reads. Introspection has the fixed prices of INTROSPECTION_COSTS: what it
 * returns is bounded by the schema, not by the query. `seen` hears of every analytics field.
 */
function estimator(sizes: StoreSizes, seen: { analytics: boolean }) {
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    if (field.name === '__schema' || field.name === '__type') return INTROSPECTION_COSTS[field.name];
    // Inside __schema or __type: priced with them.
    if (type.name.startsWith('__')) return 0;
    if (isLeafType(getNamedType(field.type))) return 0;
    if (isAnalytics(type.name, field.name, args)) seen.analytics = true;
    const fixed = (ANALYTICS_COSTS[type.name]?.[field.name] ?? 1) + scanCost(type.name, field, args, sizes);
    if (!isListType(getNullableType(field.type)) && !field.args.some((a) => a.name === 'first'))
      return fixed + childComplexity;
    // A row costs at least 1 even when only scalars are asked of it: the rows are fetched all the same.
    return fixed + rows(type.name, field, args) * Math.max(childComplexity, 1);
  };
}

function rows(
  parent: string,
  field: ComplexityEstimatorArgs['field'],
  args: Record<string, unknown>,
): number {
  const bounded = (n: unknown, otherwise: number) =>
    typeof n === 'number' && Number.isFinite(n) ? Math.min(Math.max(n, 0), MAX_PAGE_SIZE) : otherwise;
  const has = (name: string) => field.args.some((a) => a.name === name);
  // A connection's page defaults to DEFAULT_PAGE_SIZE; a plain list without `first` is all of it (LIST_ESTIMATE).
  if (has('first'))
    return bounded(args.first, isListType(getNullableType(field.type)) ? LIST_ESTIMATE : DEFAULT_PAGE_SIZE);
  if (has('top')) return bounded(args.top, MAX_PAGE_SIZE);
  if (!isListType(getNullableType(field.type))) return 1;
  return parent.endsWith('Connection') ? 1 : LIST_ESTIMATE;
}

/** The outcome of measuring a query: its cost (and whether it runs analytics), or why it could not be measured. */
export type CostMeasure =
  | { kind: 'measured'; cost: number; analytics: boolean }
  | { kind: 'too-many-nodes' }
  | { kind: 'bad-variables' };

/**
 * The estimated cost of one operation of `document` with `variables` (see estimator), its scans priced by
 * `sizes`. Variables that do not fit the operation cannot be priced: execution will refuse them with
 * BAD_USER_INPUT before any resolver runs, so the caller can let it.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  sizes: StoreSizes = NO_SIZES,
): CostMeasure {
  const seen = { analytics: false };
  try {
    const cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName,
      estimators: [fieldExtensionsEstimator(), estimator(sizes, seen)],
      maxQueryNodes: MAX_QUERY_NODES,
    });
    return { kind: 'measured', cost, analytics: seen.analytics };
  } catch (error) {
    return /maximum allowed number of nodes/.test((error as Error).message)
      ? { kind: 'too-many-nodes' }
      : { kind: 'bad-variables' };
  }
}

/** Tokens a document may have; graphql-js stops parsing beyond it, so no huge document is ever validated. */
export const MAX_QUERY_TOKENS = 20_000;
