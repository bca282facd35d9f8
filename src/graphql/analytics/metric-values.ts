import type { CentralityMetric } from '../../analytics/centrality';
import type { ActorNetwork } from '../../analytics/projection';
import type { Communities } from '../../analytics/structure/communities';
import type { NetworkFilter } from '../../domain';
import type { AnalyticsCache } from './analytics-cache';

/** Sampled betweenness: `samples` sources drawn with `seed`. Ignored by the other metrics. */
export interface Sampling {
  samples?: number;
  seed?: number;
}

/**
 * One metric for every node of the network of `filter`, with that network, cached by (revision, filter,
 * metric and, for BETWEENNESS, samples and seed): `centrality`, `Actor.metrics` and metric-ordered
 * `actors` share one computation.
 */
export async function metricValues(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  metric: CentralityMetric,
  sampling: Sampling = {},
): Promise<{ network: ActorNetwork; values: Float64Array }> {
  const key =
    metric === 'BETWEENNESS' && sampling.samples !== undefined
      ? { metric, samples: sampling.samples, seed: sampling.seed ?? 0 }
      : { metric };
  return analytics.result('centrality', filter, key, async (network) => ({
    network,
    values: await analytics.centrality(network, metric, { samples: key.samples, seed: key.seed }),
  }));
}

/** Louvain communities of the network of `filter`, cached by (revision, filter, seed, resolution). */
export function communityValues(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  seed = 0,
  resolution = 1,
): Promise<{ network: ActorNetwork; found: Communities }> {
  return analytics.result('communities', filter, { seed, resolution }, async (network) => ({
    network,
    found: await analytics.communities(network, seed, resolution),
  }));
}

/** A metric value as GraphQL returns it: null where the metric has none (NaN inside the analytics). */
export function valueOrNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
}
