import { Arg, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ARG_LIMITS, intArg, positiveArg } from './analytics-args';
import { CommunityReport } from './community.type';
import { communityValues } from '../../app/analytics/metric-values';
import { NetworkFilter, networkFilterArg } from './network-filter.input';
import { sectorCounts } from './sector-count.type';

@Resolver(() => CommunityReport)
export class CommunityResolver {
  @Query(() => CommunityReport, {
    description:
      'Louvain communities (graphology), deterministic for a `seed` (default 0); a higher `resolution` (default 1) gives smaller communities.',
  })
  async communities(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | undefined,
    @Arg('seed', () => Int, { nullable: true }) seed: number | undefined,
    @Arg('resolution', () => Float, { nullable: true }) resolution: number | undefined,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<CommunityReport> {
    const networkFilter = networkFilterArg(filter);
    const { network, found } = await communityValues(
      analytics,
      networkFilter,
      intArg(seed, 'seed', 0, ARG_LIMITS.seed),
      positiveArg(resolution, 'resolution', ARG_LIMITS.resolution),
    );
    return {
      modularity: found.modularity,
      communities: found.members.map((members, id) => {
        const actors = members.map((node) => network.actors[node]!);
        return { id, size: members.length, actors, sectors: sectorCounts(actors) };
      }),
    };
  }
}
