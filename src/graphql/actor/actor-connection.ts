import type { CentralityMetric } from '../../analytics/centrality';
import type { Actor } from '../../domain';
import { MAX_PAGE_SIZE, actorListing } from '../../store/listing/paging';
import { actorSortKey, compareKeys } from '../../store/listing/sorting';
import {
  DEFAULT_ACTOR_ORDER,
  type ActorFilter as StoreActorFilter,
  type ActorOrder,
  type NetworkStore,
} from '../../store/network-store';
import { metricValues } from '../../app/analytics/metric-values';
import { sortedConnection, type PageArgs } from '../common/connection';
import type { GraphQLContext } from '../context';
import type { MetricListing } from './actor.filter';

/** An actor connection over actors a nested field has loaded, in the root listing's order and cursors. */
export function actorConnectionOf(actors: readonly Actor[], order: ActorOrder | undefined, page: PageArgs) {
  const by = order ?? DEFAULT_ACTOR_ORDER;
  return sortedConnection(
    actors,
    (a) => actorSortKey(a, by),
    actorListing(by),
    by.direction === 'DESC',
    page,
  );
}

/** Actors by name (accents and case ignored), then id: the order of plain actor lists. */
export function compareActorNames(a: Actor, b: Actor): number {
  return compareKeys(actorSortKey(a, DEFAULT_ACTOR_ORDER), actorSortKey(b, DEFAULT_ACTOR_ORDER));
}

/**
 * `actors` by a computed metric (see metricListing): every actor passing the store filter (listed through
 * the store, the one translation of ActorFilter), kept when its value is within `range`, ordered by the
 * value of `orderBy` or else by `order`, then paged like every connection, cursors tagged with the metric
 * listing. The matching actors and the metric values are cached by revision in the analytics cache.
 */
export async function metricConnection(
  { store, analytics, loaders }: Pick<GraphQLContext, 'store' | 'analytics' | 'loaders'>,
  filter: StoreActorFilter,
  metrics: MetricListing,
  order: ActorOrder,
  page: PageArgs,
) {
  const { network: networkFilter, range, orderBy } = metrics;
  const actors = await analytics.result('actors matching', networkFilter, filter, () =>
    allActors(store, filter),
  );
  const valueOf = async (metric: CentralityMetric) => {
    const { network, values } = await metricValues(analytics, networkFilter, metric);
    return (actor: Actor) => {
      const node = network.indexOf.get(actor.id);
      return node === undefined ? Number.NaN : values[node]!;
    };
  };
  let rows: readonly Actor[] = actors;
  if (range) {
    const value = await valueOf(range.name);
    rows = rows.filter((actor) => {
      const v = value(actor);
      return (
        !Number.isNaN(v) &&
        (range.min === undefined || v >= range.min) &&
        (range.max === undefined || v <= range.max)
      );
    });
  }
  let connection;
  if (orderBy) {
    const value = await valueOf(orderBy);
    const sign = order.direction === 'DESC' ? -1 : 1;
    const tieBreak = { field: order.field, direction: 'ASC' } as const;
    // Direction lives in the key, not in pageOf's reversal, so actors without a value stay last either way.
    const keyOf = (actor: Actor) => {
      const v = value(actor);
      return Number.isNaN(v)
        ? ['1', '', ...actorSortKey(actor, tieBreak)]
        : ['0', sortableNumber(sign * v), ...actorSortKey(actor, tieBreak)];
    };
    connection = await sortedConnection(
      rows,
      keyOf,
      `actors:${orderBy}:${order.direction}:${order.field}`,
      false,
      page,
    );
  } else connection = await actorConnectionOf(rows, order, page);
  for (const edge of connection.edges) loaders.actors.prime(edge.node.id, edge.node);
  return connection;
}

/** Every actor passing `filter`, read from the store a page at a time. */
async function allActors(store: NetworkStore, filter: StoreActorFilter): Promise<Actor[]> {
  const actors: Actor[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listActors(
      filter,
      { field: 'ID', direction: 'ASC' },
      {
        first: MAX_PAGE_SIZE,
        ...(after === undefined ? {} : { after }),
      },
    );
    actors.push(...page.edges.map((edge) => edge.node));
    if (!page.hasNextPage || page.endCursor === null) return actors;
    after = page.endCursor;
  }
}

/** A number as a string whose code-unit order is the numeric order (IEEE 754 bits, sign-folded, in hex). */
export function sortableNumber(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x === 0 ? 0 : x);
  let high = view.getUint32(0);
  let low = view.getUint32(4);
  if (high & 0x80000000) {
    high = ~high >>> 0;
    low = ~low >>> 0;
  } else high = (high | 0x80000000) >>> 0;
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
