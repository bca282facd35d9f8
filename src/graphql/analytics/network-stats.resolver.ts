import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { NetworkFilter, networkFilterArg } from './network-filter.input';
import { NetworkStats } from './network-stats.type';

@Resolver(() => NetworkStats)
export class NetworkStatsResolver {
  @Query(() => NetworkStats, { description: 'Size, density, components, degree, clustering and diameter.' })
  networkStats(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | undefined,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<NetworkStats> {
    return analytics.result('network stats', networkFilterArg(filter), {}, (network) =>
      analytics.networkStats(network),
    );
  }
}
