import { LRUCache } from 'lru-cache';
import { Budget, DEFAULT_LIMITS, type AnalyticsLimits } from '../../analytics/budget';
import { centrality, type CentralityMetric } from '../../analytics/centrality';
import { actorNetwork, type ActorNetwork } from '../../analytics/projection';
import { communities, type Communities } from '../../analytics/structure/communities';
import { networkStats, type NetworkStats } from '../../analytics/structure/stats';
import type { ActorSubgraph } from '../../analytics/views/actor-subgraph';
import { forceAtlas2Layout } from '../../analytics/views/layout';
import { ENTITY_NAMES, NotFoundError, type NetworkFilter } from '../../domain';
import type { NetworkStore } from '../../store/network-store';
import { canonicalJson } from '../../lib/canonical-json';
import { isPathMetric, type AnalyticsThread } from './analytics-thread';
import { cachedBytes } from './cached-bytes';

/** Cache size and the limits of every computation (time budget, all-pairs size): see analytics/budget.ts. */
export interface AnalyticsCacheOptions extends Partial<AnalyticsLimits> {
  /** Results kept per revision; the least recently used is dropped beyond it. Projections count too. */
  maxEntries?: number;
  /**
   * Bytes the results and projections kept may hold (estimated: see cached-bytes.ts); the least recently
   * used are dropped beyond it, and one larger is answered but not kept. The projection of a 100k-actor
   * network takes about 60 MB.
   */
  maxBytes?: number;
  /** The server's thread for the long analytics (see analytics-thread.ts); without one they run inline. */
  thread?: AnalyticsThread;
}

const DEFAULTS: Omit<Required<AnalyticsCacheOptions>, 'thread'> = {
  maxEntries: 256,
  maxBytes: 192 * 1024 * 1024,
  ...DEFAULT_LIMITS,
};

/** The size an entry counts for while it is being computed, and for good when it is smaller than SIZED_FROM. */
const PENDING_BYTES = 1;
const SIZED_FROM = 1024;

/**
 * The analytics results of one server, cached by (store revision, normalised arguments): a dashboard polling
 * a metric on unchanged data costs a revision lookup. The actor network of a filter is built once per
 * revision and shared by every metric over it. Any write moves the revision and empties the cache.
 * Concurrent requests for the same result share one computation.
 */
export class AnalyticsCache {
  private readonly options: typeof DEFAULTS & Pick<AnalyticsCacheOptions, 'thread'>;
  private revision = -1;
  private revisionRead: Promise<number> | undefined;
  private readonly entries: LRUCache<string, Promise<unknown>>;

  constructor(
    private readonly store: NetworkStore,
    options: AnalyticsCacheOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.entries = new LRUCache({
      max: this.options.maxEntries,
      maxSize: this.options.maxBytes,
      sizeCalculation: () => PENDING_BYTES,
    });
  }

  /** A fresh time budget with this cache's limits, for one computation: start it when the work starts. */
  budget(): Budget {
    return new Budget(this.options);
  }

  /**
   * One centrality of `network` within this cache's limits (not cached here: see metric-values.ts). The
   * shortest-path ones run on the analytics thread when the server has one, so the event loop stays free.
   */
  centrality(
    network: ActorNetwork,
    metric: CentralityMetric,
    sampling: { samples?: number; seed?: number } = {},
  ): Promise<Float64Array> {
    const budget = this.budget();
    const { thread } = this.options;
    if (thread && isPathMetric(metric))
      return thread.run(network, { kind: 'centrality', metric, ...sampling }, budget);
    return Promise.resolve().then(() => centrality(network, metric, { ...sampling, budget }));
  }

  /** Louvain communities of `network` within this cache's limits, on the analytics thread when there is one. */
  communities(network: ActorNetwork, seed: number, resolution: number): Promise<Communities> {
    const budget = this.budget();
    const { thread } = this.options;
    if (thread) return thread.run(network, { kind: 'communities', seed, resolution }, budget);
    return Promise.resolve().then(() => communities(network, { seed, resolution, budget }));
  }

  /**
   * The network stats of `network` within this cache's limits, on the analytics thread when there is one:
   * the triangles and the diameter take up to a second at 100k actors, which the event loop is spared.
   */
  networkStats(network: ActorNetwork): Promise<NetworkStats> {
    const budget = this.budget();
    const { thread } = this.options;
    if (thread) return thread.run(network, { kind: 'network stats' }, budget);
    return Promise.resolve().then(() => networkStats(network, { budget }));
  }

  /**
   * ForceAtlas2 positions of `subgraph`'s nodes (x, y of its i-th node at 2i, 2i + 1; see
   * analytics/views/layout.ts) within this cache's limits, on the analytics thread when there is one.
   */
  layout(subgraph: ActorSubgraph, seed = 0): Promise<Float64Array> {
    const budget = this.budget();
    const { thread } = this.options;
    if (thread) return thread.run(subgraph.network, { kind: 'layout', nodes: subgraph.nodes, seed }, budget);
    return Promise.resolve().then(() => forceAtlas2Layout(subgraph, { seed, budget }));
  }

  /**
   * The actor network of `filter` at the store's current revision.
   * @throws NotFoundError naming `filter.excludeActorIds[i]` or `filter.excludePartnershipIds[i]` when one is not stored.
   */
  network(filter: NetworkFilter): Promise<ActorNetwork> {
    return this.cached(`network ${normalisedFilter(filter)}`, async () => {
      await requireStored(this.store, 'actors', filter.excludeActorIds, 'filter.excludeActorIds');
      await requireStored(
        this.store,
        'partnerships',
        filter.excludePartnershipIds,
        'filter.excludePartnershipIds',
      );
      const snapshot = await this.store.snapshot(filter);
      return actorNetwork(snapshot);
    });
  }

  /**
   * `compute` over the actor network of `filter`, cached under `name` and `args` (normalised: key order
   * and the order of id and enum lists do not matter). A computation that throws is not cached.
   */
  result<T>(
    name: string,
    filter: NetworkFilter,
    args: object,
    compute: (network: ActorNetwork) => T | Promise<T>,
  ): Promise<T> {
    return this.cached(`${name} ${normalisedFilter(filter)} ${canonicalJson(args)}`, async () =>
      compute(await this.network(filter)),
    );
  }

  /**
   * Forgets a revision read under way, so the next lookup reads the store again. The write path calls it
   * after every write: a request that starts after a write was acknowledged sees that write.
   */
  forgetRevision(): void {
    this.revisionRead = undefined;
  }

  /**
   * The store's revision. Lookups arriving while a read is under way share it: a page of actors each
   * asking for nine metrics costs a read or two, not hundreds (a round trip each on Neo4j).
   */
  private currentRevision(): Promise<number> {
    if (this.revisionRead) return this.revisionRead;
    const read = this.store.revision().finally(() => {
      if (this.revisionRead === read) this.revisionRead = undefined;
    });
    this.revisionRead = read;
    return read;
  }

  private async cached<T>(key: string, build: () => Promise<T>): Promise<T> {
    const revision = await this.currentRevision();
    if (revision !== this.revision) {
      this.entries.clear();
      this.revision = revision;
    }
    const hit = this.entries.get(key);
    if (hit) return hit as Promise<T>;
    const pending = build();
    this.entries.set(key, pending);
    pending.then(
      // Sized once known (setting it again also makes it the most recently used): the least recently
      // used entries make room, or it is not kept.
      (value) => {
        const bytes = cachedBytes(value);
        if (bytes >= SIZED_FROM && this.entries.peek(key) === pending)
          this.entries.set(key, pending, { size: bytes });
      },
      () => {
        if (this.entries.peek(key) === pending) this.entries.delete(key);
      },
    );
    return pending;
  }
}

/** NOT_FOUND naming `argument[i]` unless each of `ids` is a stored record of `kind`. */
export async function requireStored(
  store: NetworkStore,
  kind: 'actors' | 'partnerships',
  ids: readonly string[] | undefined,
  argument: string,
): Promise<void> {
  if (!ids?.length) return;
  const found = new Set((await store.getMany(kind, ids)).flatMap((record) => (record ? [record.id] : [])));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) throw new NotFoundError(ENTITY_NAMES[kind], ids[missing]!, `${argument}[${missing}]`);
}

/** Lists of a filter are sets: sorted and deduplicated so equal filters share a cache entry. */
function normalisedFilter(filter: NetworkFilter): string {
  return canonicalJson(
    Object.fromEntries(
      Object.entries(filter).map(([field, value]) => [
        field,
        Array.isArray(value) ? [...new Set(value as string[])].sort() : value,
      ]),
    ),
  );
}
