import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { brokerage } from '../../analytics/brokerage';
import type { GraphQLContext } from '../context';
import { topArg } from './analytics-args';
import { Brokerage } from './brokerage.type';
import { NetworkFilter, networkFilterArg } from './network-filter.input';

@Resolver(() => Brokerage)
export class BrokerageResolver {
  @Query(() => [Brokerage], {
    description:
      'Brokerage roles of every actor of the network of `filter`: highest total first, then by id; actors ' +
      'brokering nothing (total 0) are listed too, last. `top` keeps the first ones (all when omitted).',
  })
  async brokerage(
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('top', () => Int, { nullable: true }) top: number | null,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<Brokerage[]> {
    const networkFilter = networkFilterArg(filter);
    const first = topArg(top);
    // Cached whole: every `top` is a prefix of the same list.
    const all = await analytics.result('brokerage', networkFilter, {}, brokerage);
    return first === undefined ? all : all.slice(0, first);
  }
}
