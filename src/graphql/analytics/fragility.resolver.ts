import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ActorNetwork } from '../../analytics/projection';
import { fragility } from '../../analytics/structure/fragility';
import type { GraphQLContext } from '../context';
import { Fragility } from './fragility.type';
import { NetworkFilter, networkFilterArg } from './network-filter.input';

@Resolver(() => Fragility)
export class FragilityResolver {
  @Query(() => Fragility, {
    description: 'Articulation points, bridges and connected components of the network.',
  })
  fragility(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | undefined,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<Fragility> {
    return analytics.result('fragility', networkFilterArg(filter), {}, (network) => {
      const found = fragility(network);
      const actor = (node: number) => network.actors[node]!;
      return {
        articulationPoints: found.articulationPoints.map(actor),
        bridges: found.bridges.map(([a, b]) => ({
          a: actor(a),
          b: actor(b),
          partnerships: sharedPartnerships(network, a, b),
        })),
        components: found.components.map((members) => ({
          size: members.length,
          actors: Array.from(members, actor),
        })),
      };
    });
  }
}

/** The partnerships behind the tie a–b, found in a's neighbour list. */
function sharedPartnerships(network: ActorNetwork, a: number, b: number): number {
  for (let e = network.offsets[a]!; e < network.offsets[a + 1]!; e++)
    if (network.neighbours[e] === b) return network.tiePartnerships[e]!;
  return 0;
}
