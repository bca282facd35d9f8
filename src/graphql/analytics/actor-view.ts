import type { CentralityMetric } from '../../analytics/centrality';
import { actorSubgraph, type EgoOptions } from '../../analytics/views/actor-subgraph';
import { ConflictError, type Actor, type NetworkFilter, type PartnershipKind } from '../../domain';
import type { AnalyticsCache } from './analytics-cache';
import { communityValues, metricValues, valueOrNull } from './metric-values';

/** One actor of a view, with what a drawing or an export shows of it. */
export interface ActorViewNode {
  actor: Actor;
  /** The requested metrics, computed over the whole network of the filter; null where a metric has none. */
  metrics: Partial<Record<CentralityMetric, number | null>>;
  /** Louvain community (seed 0) in the whole network of the filter; 0 is the largest. */
  community: number;
}

/** A tie of a view, between actor ids (`source` < `target`). */
export interface ActorViewEdge {
  source: string;
  target: string;
  weight: number;
  partnerships: number;
  kinds: PartnershipKind[];
}

/** The actor network of a filter, or an ego network in it, with metric values and communities. */
export interface ActorView {
  /** The store revision the view was computed at. */
  revision: number;
  /** Nodes in id order. */
  nodes: ActorViewNode[];
  /** Edges by source, then target. */
  edges: ActorViewEdge[];
}

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
