import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { CentralityMetric as CentralityMetricValue } from '../../analytics/centrality';
import { CentralityMetric } from '../common/enums';
import type { GraphQLContext } from '../context';
import { ARG_LIMITS, intArg, topArg } from './analytics-args';
import { ActorScore } from './centrality.type';
import { rankedMetricValues, valueOrNull } from '../../app/analytics/metric-values';
import { NetworkFilter, networkFilterArg } from './network-filter.input';

@Resolver(() => ActorScore)
export class CentralityResolver {
  @Query(() => [ActorScore], {
    description:
      'A centrality for every actor of the network (or the `top` most central), most central first. ' +
      'BETWEENNESS with `samples` is estimated from that many source actors drawn with `seed` (same seed, same answer).',
  })
  async centrality(
    @Arg('metric', () => CentralityMetric) metric: CentralityMetricValue,
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | undefined,
    @Arg('top', () => Int, { nullable: true }) top: number | undefined,
    @Arg('samples', () => Int, { nullable: true }) samples: number | undefined,
    @Arg('seed', () => Int, { nullable: true }) seed: number | undefined,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<ActorScore[]> {
    const networkFilter = networkFilterArg(filter);
    const limit = topArg(top);
    const sampling = {
      samples: intArg(samples, 'samples', 2, ARG_LIMITS.samples),
      seed: intArg(seed, 'seed', 0, ARG_LIMITS.seed),
    };
    const { network, values, order } = await rankedMetricValues(analytics, networkFilter, metric, sampling);
    return order.slice(0, limit).map((node, position) => ({
      actor: network.actors[node]!,
      value: valueOrNull(values[node]),
      rank: position + 1,
    }));
  }
}
