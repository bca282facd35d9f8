import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { CentralityMetric as CentralityMetricValue } from '../../analytics/centrality';
import type { ActorView } from '../../analytics/views/actor-view';
import { bipartiteNetwork } from '../../analytics/views/bipartite-network';
import { nodeSizes } from '../../analytics/views/node-size';
import { SECTOR_COLOURS } from '../../analytics/views/sector-palette';
import { sectorNetwork } from '../../analytics/views/sector-network';
import { CentralityMetric } from '../common/enums';
import type { GraphQLContext } from '../context';
import { actorView } from '../../app/analytics/actor-view';
import { NetworkFilter, networkFilterArg } from './network-filter.input';
import { BipartiteNetwork, NetworkView, SectorNetwork } from './network-view.type';
import { EgoInput, egoArg } from './ego.input';

@Resolver()
export class NetworkViewResolver {
  @Query(() => NetworkView, {
    description:
      'The actor network of `filter` (or the ego network of `ego` in it) to draw: nodes with the `metrics` ' +
      'asked for and their community (both over the whole filtered network), ties with weight, partnership ' +
      'count and kinds; with `layout`, ForceAtlas2 positions computed here (the same for the same data, ' +
      'filter and ego; at most 10 000 nodes).',
  })
  async network(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('ego', () => EgoInput, { nullable: true }) ego: EgoInput | null,
    @Arg('metrics', () => [CentralityMetric], { nullable: true }) metrics: CentralityMetricValue[] | null,
    @Arg('layout', () => Boolean, { nullable: true, defaultValue: false }) layout: boolean | null,
    @Ctx() { analytics, loaders }: GraphQLContext,
  ): Promise<NetworkView> {
    const networkFilter = networkFilterArg(filter);
    const egoOptions = await egoArg(ego, loaders);
    const asked = [...new Set(metrics ?? [])];
    const options = { ego: egoOptions, metrics: asked, layout: layout ?? false };
    return networkView(await actorView(analytics, networkFilter, options), asked);
  }

  @Query(() => SectorNetwork, {
    description:
      'The actor network of `filter` aggregated by sector: a node per sector with its actors, an edge per ' +
      'pair of sectors with ties (a loop for ties inside a sector), as in networkGaps.mixing.',
  })
  sectorNetwork(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<SectorNetwork> {
    return analytics.result('sectorNetwork', networkFilterArg(filter), {}, (network) => ({
      revision: network.records.revision,
      ...sectorNetwork(network),
    }));
  }

  @Query(() => BipartiteNetwork, {
    description:
      'The actors of the network of `filter` (or of the ego network of `ego`) and the partnerships behind ' +
      'their ties (those with at least two of them taking part), linked actor–partnership with roles.',
  })
  async bipartiteNetwork(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('ego', () => EgoInput, { nullable: true }) ego: EgoInput | null,
    @Ctx() { analytics, loaders }: GraphQLContext,
  ): Promise<BipartiteNetwork> {
    const networkFilter = networkFilterArg(filter);
    const egoOptions = await egoArg(ego, loaders);
    return analytics.result('bipartiteNetwork', networkFilter, { ego: egoOptions ?? null }, (network) => {
      const view = bipartiteNetwork(network, { ego: egoOptions });
      return {
        revision: network.records.revision,
        actors: Array.from(view.actors, (node) => network.actors[node]!),
        partnerships: view.partnerships,
        edges: view.edges.map(({ actor, partnership, roles }) => ({
          actorId: network.actors[actor]!.id,
          partnershipId: view.partnerships[partnership]!.id,
          roles,
        })),
      };
    });
  }
}

/** The GraphQL shape of an actor view: each node's `metrics` as a list in the order asked. */
function networkView(view: ActorView, metrics: readonly CentralityMetricValue[]): NetworkView {
  const [first] = metrics;
  const sizes = nodeSizes(view.nodes.map((node) => (first ? node.metrics[first] : undefined)));
  return {
    revision: view.revision,
    nodeCount: view.nodes.length,
    edgeCount: view.edges.length,
    nodes: view.nodes.map(({ actor, metrics: values, community, position }, i) => ({
      id: actor.id,
      name: actor.name,
      actor,
      sector: actor.sector,
      kind: actor.kind,
      community,
      metrics: metrics.map((metric) => ({ metric, value: values[metric] ?? null })),
      x: position?.x ?? null,
      y: position?.y ?? null,
      colour: SECTOR_COLOURS[actor.sector].hex,
      size: sizes[i]!,
    })),
    edges: view.edges,
  };
}
