import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { recommendations } from '../../analytics/recommendations';
import type { GraphQLContext } from '../context';
import { requireActors, topArg } from './analytics-args';
import { NetworkFilter, networkFilterArg } from './network-filter.input';
import { Recommendation } from './recommendation.type';

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Query(() => [Recommendation], {
    description:
      'Partners to propose to an actor ("visioning future partnerships"): actors not yet its partners in the ' +
      'network of `filter` that share at least one partner with it, by Adamic–Adar score (highest first, equal ' +
      'scores by id). An actor outside that network gets none.',
  })
  async recommendations(
    @Arg('actorId', () => ID) actorId: string,
    @Arg('crossSectorOnly', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Only actors of another sector.',
    })
    crossSectorOnly: boolean | null,
    @Arg('top', () => Int, { nullable: true, defaultValue: 10, description: 'At most this many.' })
    top: number | null,
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Ctx() { analytics, loaders }: GraphQLContext,
  ): Promise<Recommendation[]> {
    const networkFilter = networkFilterArg(filter);
    const options = {
      crossSectorOnly: crossSectorOnly ?? false,
      top: topArg(top) ?? 10,
    };
    await requireActors(loaders, actorId);
    return analytics.result('recommendations', networkFilter, { actorId, ...options }, (network) =>
      recommendations(network, actorId, options),
    );
  }
}
