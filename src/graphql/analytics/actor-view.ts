import type { CentralityMetric } from '../../analytics/centrality';
import { actorSubgraph, type EgoOptions } from '../../analytics/views/actor-subgraph';
import type { ActorView } from '../../analytics/views/actor-view';
import { ConflictError, type NetworkFilter } from '../../domain';
import type { AnalyticsCache } from './analytics-cache';
import { communityValues, metricValues, valueOrNull } from './metric-values';

export interface ActorViewOptions {
  ego?: EgoOptions;
  metrics?: readonly CentralityMetric[];
}

/**
 * The view behind the `network` field and every export: nodes and ties of the network of `filter` (or of
 * the ego network of `options.ego` in it), each node with the requested metrics and its community. Metrics
 * and communities are those of the whole filtered network, so an actor has the same values in an ego view
 * as in the full one; both come from the analytics cache, shared with `centrality` and `communities`.
 */
export async function actorView(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  options: ActorViewOptions = {},
): Promise<ActorView> {
  const metrics = [...new Set(options.metrics ?? [])];
  let results = await viewResults(analytics, filter, metrics);
  // A write between the lookups can leave them over two revisions, whose node indices differ: look again.
  for (let attempt = 1; !results.consistent && attempt < 3; attempt++)
    results = await viewResults(analytics, filter, metrics);
  if (!results.consistent)
    throw new ConflictError('the network kept changing while its view was computed; ask again');
  const { network, found, values } = results;
  const subgraph = actorSubgraph(network, { ego: options.ego });
  const actorId = (node: number) => network.actors[node]!.id;
  return {
    revision: network.records.revision,
    nodes: Array.from(subgraph.nodes, (node) => ({
      actor: network.actors[node]!,
      metrics: Object.fromEntries(metrics.map((metric, m) => [metric, valueOrNull(values[m]![node])])),
      community: found.communityOf[node]!,
    })),
    edges: subgraph.ties.map(({ source, target, weight, partnerships, kinds }) => ({
      source: actorId(source),
      target: actorId(target),
      weight,
      partnerships,
      kinds,
    })),
  };
}

async function viewResults(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  metrics: readonly CentralityMetric[],
) {
  const [{ network, found }, ...computed] = await Promise.all([
    communityValues(analytics, filter),
    ...metrics.map((metric) => metricValues(analytics, filter, metric)),
  ]);
  return {
    network,
    found,
    values: computed.map((result) => result.values),
    consistent: computed.every((result) => result.network === network),
  };
}
