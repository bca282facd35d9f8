import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { CentralityMetric as CentralityMetricValue } from '../../analytics/centrality';
import { MAX_HOPS } from '../../store/neighbourhood';
import { CentralityMetric } from '../common/enums';
import { checkedFilter } from '../common/filter-args';
import { DateScalar } from '../common/scalars';
import type { GraphQLContext } from '../context';
import { intArg, topArg } from './analytics-args';
import { NetworkFilter, networkFilterArg } from './network-filter.input';
import { NetworkDiff, ScenarioInput, ScenarioReport } from './scenario.type';
import { diffNetworks, whatIf } from '../../app/analytics/scenarios';

/** The metrics a diff ranks when none are named: who gained ties, who gained brokerage. */
const DIFF_METRICS: readonly CentralityMetricValue[] = ['DEGREE', 'BETWEENNESS'];

@Resolver()
export class ScenarioResolver {
  @Query(() => ScenarioReport, {
    description:
      'What if these actors left and these partnerships ended? The network of `filter` before and after ' +
      '(the same filter with `remove` excluded) and what it loses. An unknown id is NOT_FOUND naming it.',
  })
  whatIf(
    @Arg('remove', () => ScenarioInput) remove: ScenarioInput,
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('voiceHops', () => Int, {
      nullable: true,
      defaultValue: 2,
      description: `The voiceHops of voiceGapCount (0 to ${MAX_HOPS}), as networkGaps takes it.`,
    })
    voiceHops: number | null,
    @Ctx() { analytics, store }: GraphQLContext,
  ): Promise<ScenarioReport> {
    const removal = checkedFilter(remove, ['actorIds', 'partnershipIds'], 'remove');
    return whatIf(
      analytics,
      store,
      removal,
      networkFilterArg(filter),
      intArg(voiceHops, 'voiceHops', 0, MAX_HOPS) ?? 2,
    );
  }

  @Query(() => NetworkDiff, {
    description:
      'What changed between the network of `filter` as of `from` and as of `to`: ties that appeared and ' +
      'disappeared, partnerships started and ended, and the actors whose rank moved most. `filter` takes ' +
      'no asOf or period of its own.',
  })
  networkDiff(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar, { description: 'Not before `from`.' }) to: string,
    @Arg('filter', () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Arg('metrics', () => [CentralityMetric], {
      nullable: true,
      description: 'The rankings whose risers and fallers to list (default DEGREE and BETWEENNESS).',
    })
    metrics: CentralityMetricValue[] | null,
    @Arg('top', () => Int, {
      nullable: true,
      defaultValue: 10,
      description: 'Risers and fallers per metric.',
    })
    top: number | null,
    @Ctx() { analytics }: GraphQLContext,
  ): Promise<NetworkDiff> {
    return diffNetworks(analytics, networkFilterArg(filter), {
      from,
      to,
      metrics: [...new Set(metrics ?? DIFF_METRICS)],
      top: topArg(top) ?? 10,
    });
  }
}
