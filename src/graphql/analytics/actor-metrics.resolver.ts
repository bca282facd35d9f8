import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CENTRALITY_METRICS, type CentralityMetric } from '../../analytics/centrality';
import { Actor } from '../actor/actor.type';
import type { GraphQLContext } from '../context';
import { ActorMetrics } from './actor-metrics.type';
import { communityValues, metricValues, valueOrNull } from '../../app/analytics/metric-values';
import { NetworkFilter, networkFilterArg } from './network-filter.input';

/** The ActorMetrics field of each metric. */
const FIELDS: Record<CentralityMetric, Exclude<keyof ActorMetrics, 'community'>> = {
  DEGREE: 'degree',
  STRENGTH: 'strength',
  BETWEENNESS: 'betweenness',
  CLOSENESS: 'closeness',
  HARMONIC: 'harmonic',
  PAGERANK: 'pagerank',
  EIGENVECTOR: 'eigenvector',
  CONSTRAINT: 'constraint',
  EFFECTIVE_SIZE: 'effectiveSize',
};

@Resolver(() => Actor)
export class ActorMetricsResolver {
  @FieldResolver(() => ActorMetrics, {
    nullable: true,
    description:
      "The actor's centralities in the network of `filter`; null when it is not one of its actors.",
  })
  async metrics(
    @Root() actor: Actor,
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | undefined,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<ActorMetrics | null> {
    const networkFilter = networkFilterArg(filter);
    const { network, found } = await communityValues(analytics, networkFilter);
    const node = network.indexOf.get(actor.id);
    if (node === undefined) return null;
    const values = await Promise.all(
      CENTRALITY_METRICS.map(async (metric) => {
        const { values: all } = await metricValues(analytics, networkFilter, metric);
        return [FIELDS[metric], valueOrNull(all[node])] as const;
      }),
    );
    return {
      ...(Object.fromEntries(values) as Omit<ActorMetrics, 'community'>),
      community: found.communityOf[node]!,
    };
  }
}
