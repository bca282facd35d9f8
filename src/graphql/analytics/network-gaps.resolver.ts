import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { networkGaps } from '../../analytics/network-gaps';
import { MAX_HOPS } from '../../store/neighbourhood';
import { Actor } from '../actor/actor.type';
import type { GraphQLContext } from '../context';
import { loadRequired } from '../../app/loaders';
import { intArg } from './analytics-args';
import { FunderDependency, NetworkGapReport } from './network-gaps.type';
import { NetworkFilter, networkFilterArg } from './network-filter.input';

@Resolver(() => NetworkGapReport)
export class NetworkGapsResolver {
  @Query(() => NetworkGapReport, { description: 'The network gaps of the network of `filter`.' })
  networkGaps(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('voiceHops', () => Int, {
      nullable: true,
      defaultValue: 2,
      description: `A children's or youth group further than this (0 to ${MAX_HOPS}) from government has a voice gap.`,
    })
    voiceHops: number | null,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<NetworkGapReport> {
    const networkFilter = networkFilterArg(filter);
    const options = { voiceHops: intArg(voiceHops, 'voiceHops', 0, MAX_HOPS) ?? 2 };
    return analytics.result('networkGaps', networkFilter, options, (network) =>
      networkGaps(network, options),
    );
  }
}

@Resolver(() => FunderDependency)
export class FunderDependencyResolver {
  @FieldResolver(() => Actor, { description: 'The one funder.' })
  funder(@Root() dependency: FunderDependency, @Ctx() { loaders }: GraphQLContext): Promise<Actor> {
    return loadRequired(loaders, 'actors', dependency.funderId);
  }
}
