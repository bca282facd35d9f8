import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { reach } from '../../analytics/reach';
import { checkHops } from '../../store/neighbourhood';
import type { GraphQLContext } from '../context';
import { NetworkFilter, networkFilterArg } from './network-filter.input';
import { Reach } from './reach.type';
import { requireActors } from './analytics-args';

@Resolver(() => Reach)
export class ReachResolver {
  @Query(() => Reach, {
    description:
      'The reach of an actor within `hops` ties (0 to 10) in the network of `filter`. An actor outside that ' +
      'network (e.g. of a sector the filter leaves out) reaches nobody.',
  })
  async reach(
    @Arg('actorId', () => ID) actorId: string,
    @Arg('hops', () => Int) hops: number,
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Ctx() { analytics, loaders }: GraphQLContext,
  ): Promise<Reach> {
    checkHops(hops);
    const networkFilter = networkFilterArg(filter);
    await requireActors(loaders, actorId);
    return analytics.result('reach', networkFilter, { actorId, hops }, (network) =>
      reach(network, actorId, hops),
    );
  }
}
