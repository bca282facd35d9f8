import type { CentralityMetric } from '../../analytics/centrality';
import { actorSubgraph, type EgoOptions } from '../../analytics/views/actor-subgraph';
import type { ActorView } from '../../analytics/views/actor-view';
import { ConflictError, type NetworkFilter } from '../../domain';
import type { AnalyticsCache } from './analytics-cache';
import { communityValues, metricValues, valueOrNull } from './metric-values';

export interface ActorViewOptions {
  ego?: EgoOptions;
  metrics?: readonly CentralityMetric[];
  /** Give each node a ForceAtlas2 position (analytics/views/layout.ts): seeded, so the same view each time. */
  layout?: boolean;
}

/**
 * The view behind the `network` field and every export: nodes and ties of the network of `filter` (or of
 * the ego network of `options.ego` in it), each node with the requested metrics and its community. Metrics
 * and communities are those of the whole filtered network, so an actor has the same values in an ego view
 * as in the full one; both come from the analytics cache, shared with `centrality` and `communities`.
 * Positions, with `options.layout`, are those of a layout of the view's own nodes, cached per (revision,
 * filter, ego). Over MAX_LAYOUT_NODES nodes, an AnalyticsLimitError.
 */
export async function actorView(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  options: ActorViewOptions = {},
): Promise<ActorView> {
  const metrics = [...new Set(options.metrics ?? [])];
  const ask = () => viewResults(analytics, filter, metrics, options);
  let results = await ask();
  // A write between the lookups can leave them over two revisions, whose node indices differ: look again.
  for (let attempt = 1; !results.consistent && attempt < 3; attempt++) results = await ask();
  if (!results.consistent)
    throw new ConflictError('the network kept changing while its view was computed; ask again');
  const { network, found, values, laidOut, subgraph } = results;
  const actorId = (node: number) => network.actors[node]!.id;
  return {
    revision: network.records.revision,
    nodes: Array.from(subgraph.nodes, (node, i) => ({
      actor: network.actors[node]!,
      metrics: Object.fromEntries(metrics.map((metric, m) => [metric, valueOrNull(values[m]![node])])),
      community: found.communityOf[node]!,
      ...(laidOut ? { position: { x: laidOut.positions[2 * i]!, y: laidOut.positions[2 * i + 1]! } } : {}),
    })),
    edges: subgraph.ties.map(({ source, target, weight, partnerships, kinds, evidence }) => ({
      source: actorId(source),
      target: actorId(target),
      weight,
      partnerships,
      kinds,
      evidence,
    })),
  };
}

async function viewResults(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  metrics: readonly CentralityMetric[],
  { ego, layout }: ActorViewOptions,
) {
  const [{ network, found }, cut, laidOut, ...computed] = await Promise.all([
    communityValues(analytics, filter),
    viewSubgraph(analytics, filter, ego),
    layout ? laidOutSubgraph(analytics, filter, ego) : undefined,
    ...metrics.map((metric) => metricValues(analytics, filter, metric)),
  ]);
  return {
    network,
    found,
    laidOut,
    // The laid-out subgraph is the one its positions belong to.
    subgraph: laidOut?.subgraph ?? cut.subgraph,
    values: computed.map((result) => result.values),
    consistent:
      computed.every((result) => result.network === network) &&
      cut.network === network &&
      (!laidOut || laidOut.network === network),
  };
}

/**
 * The subgraph of `ego` (or the whole network), cached by (revision, filter, ego): a dashboard asking for
 * the same view again pays only for its answer (at 5 000 actors, cutting it took 100 ms a request).
 */
function viewSubgraph(analytics: AnalyticsCache, filter: NetworkFilter, ego: EgoOptions | undefined) {
  return analytics.result('subgraph', filter, { ego: ego ?? null }, async (network) => ({
    network,
    subgraph: actorSubgraph(network, { ego }),
  }));
}

/** The subgraph of `ego` (or the whole network) with its layout, cached by (revision, filter, ego). */
function laidOutSubgraph(analytics: AnalyticsCache, filter: NetworkFilter, ego: EgoOptions | undefined) {
  return analytics.result('layout', filter, { ego: ego ?? null }, async (network) => {
    const cut = await viewSubgraph(analytics, filter, ego);
    // After a write in between, the cached cut may be of the newer network: cut this one.
    const subgraph = cut.network === network ? cut.subgraph : actorSubgraph(network, { ego });
    return { network, subgraph, positions: await analytics.layout(subgraph) };
  });
}
