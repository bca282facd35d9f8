import { ranking, type CentralityMetric } from '../../analytics/centrality';
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
  const key = metricKey(metric, sampling);
  return analytics.result('centrality', filter, key, async (network) => ({
    network,
    values: await analytics.centrality(network, metric, { samples: key.samples, seed: key.seed }),
  }));
}

/**
 * `metricValues` with the ranking of its nodes (most central first, see `ranking`), cached with the same
 * key: a repeated `centrality` request on unchanged data does not sort every actor again.
 */
export function rankedMetricValues(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  metric: CentralityMetric,
  sampling: Sampling = {},
): Promise<{ network: ActorNetwork; values: Float64Array; order: readonly number[] }> {
  return analytics.result('centrality ranking', filter, metricKey(metric, sampling), async () => {
    const computed = await metricValues(analytics, filter, metric, sampling);
    return { ...computed, order: ranking(computed.values, metric) };
  });
}

/** What identifies a metric's values: samples and seed only matter to sampled betweenness. */
function metricKey(
  metric: CentralityMetric,
  sampling: Sampling,
): { metric: CentralityMetric; samples?: number; seed?: number } {
  return metric === 'BETWEENNESS' && sampling.samples !== undefined
    ? { metric, samples: sampling.samples, seed: sampling.seed ?? 0 }
    : { metric };
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
