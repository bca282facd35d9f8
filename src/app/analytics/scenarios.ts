import type { CentralityMetric } from '../../analytics/centrality';
import type { ActorNetwork } from '../../analytics/projection';
import { networkDiff, type NetworkDiff } from '../../analytics/scenarios/network-diff';
import {
  scenarioLosses,
  scenarioState,
  type ScenarioLosses,
  type ScenarioState,
} from '../../analytics/scenarios/what-if';
import type { CoverageCell } from '../../analytics/coverage';
import { ConflictError, ValidationError, type Actor, type NetworkFilter } from '../../domain';
import type { NetworkStore } from '../../store/network-store';
import { requireStored, type AnalyticsCache } from './analytics-cache';
import { coverageCounts, coverageReport, DEFAULT_COVERAGE } from './coverage-results';
import { metricValues } from './metric-values';

/** What a scenario takes out: actors leaving, partnerships ending. */
export interface Removal {
  actorIds?: readonly string[];
  partnershipIds?: readonly string[];
}

/** A scenario state with its brokers as actors. */
export type StateReport = Omit<ScenarioState, 'topBrokers'> & {
  topBrokers: { actor: Actor; value: number; rank: number }[];
};

export type WhatIfReport = { before: StateReport; after: StateReport; uncoveredCells: CoverageCell[] } & Omit<
  ScenarioLosses,
  'lostReach'
> & { lostReach: { targetGroupId: string; targeted?: number; reached?: number }[] };

/**
 * `filter` with `remove` excluded too: the network the scenario leaves. An id both excluded by the filter
 * and removed counts once.
 */
export function scenarioFilter(filter: NetworkFilter, remove: Removal): NetworkFilter {
  const union = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    a?.length || b?.length ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
  const excludeActorIds = union(filter.excludeActorIds, remove.actorIds);
  const excludePartnershipIds = union(filter.excludePartnershipIds, remove.partnershipIds);
  return {
    ...filter,
    ...(excludeActorIds ? { excludeActorIds } : {}),
    ...(excludePartnershipIds ? { excludePartnershipIds } : {}),
  };
}

/**
 * The what-if report of `remove` over the network of `filter`: both networks come from the analytics cache
 * (so the ordinary fields asked of either filter reuse them), states, losses and uncovered cells from the
 * same functions as `components`, `networkGaps`, `centrality` and `coverageGaps`.
 * @throws NotFoundError naming `remove.actorIds[i]` / `remove.partnershipIds[i]` for an id not stored.
 */
export async function whatIf(
  analytics: AnalyticsCache,
  store: NetworkStore,
  remove: Removal,
  filter: NetworkFilter,
  voiceHops: number,
): Promise<WhatIfReport> {
  await requireStored(store, 'actors', remove.actorIds, 'remove.actorIds');
  await requireStored(store, 'partnerships', remove.partnershipIds, 'remove.partnershipIds');
  const afterFilter = scenarioFilter(filter, remove);
  return consistently(async () => {
    const [before, after, afterCoverage, beforeCounts] = await Promise.all([
      metricValues(analytics, filter, 'BETWEENNESS'),
      metricValues(analytics, afterFilter, 'BETWEENNESS'),
      coverageReport(analytics, afterFilter, DEFAULT_COVERAGE),
      coverageCounts(analytics, filter, DEFAULT_COVERAGE),
    ]);
    const losses = scenarioLosses(before.network, after.network, new Set(remove.partnershipIds));
    const row = new Map(beforeCounts.rows.map((area, i) => [area.id, i]));
    const column = new Map(beforeCounts.columns.map((theme, i) => [theme.id, i]));
    const hadActors = (cell: CoverageCell) =>
      (beforeCounts.counts[row.get(cell.area.id)!]?.[column.get(cell.theme.id)!] ?? 0) > 0;
    return {
      revisions: [before.network, after.network].map((n) => n.records.revision),
      value: {
        before: stateReport(before.network, scenarioState(before.network, before.values, voiceHops)),
        after: stateReport(after.network, scenarioState(after.network, after.values, voiceHops)),
        ...losses,
        uncoveredCells: afterCoverage.uncovered.filter(hadActors),
      },
    };
  });
}

/** The network diff's arguments, checked by the resolver. */
export interface DiffArgs {
  from: string;
  to: string;
  metrics: readonly CentralityMetric[];
  top: number;
}

/**
 * What changed between the network of `filter` as of `from` and as of `to` (analytics/scenarios/network-diff.ts).
 * @throws ValidationError when `filter` has a date of its own or `to` is before `from`.
 */
export function diffNetworks(
  analytics: AnalyticsCache,
  filter: NetworkFilter,
  { from, to, metrics, top }: DiffArgs,
): Promise<NetworkDiff> {
  const issues = [
    ...(filter.asOf ? [{ path: 'filter.asOf', message: 'the dates of a diff are from and to' }] : []),
    ...(filter.period ? [{ path: 'filter.period', message: 'the dates of a diff are from and to' }] : []),
    ...(to < from ? [{ path: 'to', message: 'must not be before from' }] : []),
  ];
  if (issues.length > 0) return Promise.reject(new ValidationError(issues, 'argument'));
  return consistently(async () => {
    const [undated, ...computed] = await Promise.all([
      analytics.network(filter),
      ...metrics.flatMap((metric) => [
        metricValues(analytics, { ...filter, asOf: from }, metric),
        metricValues(analytics, { ...filter, asOf: to }, metric),
      ]),
    ]);
    const networks: ActorNetwork[] = [undated, ...computed.map((c) => c.network)];
    const before = await analytics.network({ ...filter, asOf: from });
    const after = await analytics.network({ ...filter, asOf: to });
    networks.push(before, after);
    return {
      revisions: networks.map((n) => n.records.revision),
      value: networkDiff({
        from,
        to,
        before,
        after,
        undated,
        top,
        values: metrics.map((metric, m) => ({
          metric,
          before: computed[2 * m]!.values,
          after: computed[2 * m + 1]!.values,
        })),
      }),
    };
  });
}

function stateReport(network: ActorNetwork, state: ScenarioState): StateReport {
  return {
    ...state,
    topBrokers: state.topBrokers.map(({ node, value, rank }) => ({
      actor: network.actors[node]!,
      value,
      rank,
    })),
  };
}

/**
 * `compute`'s value once every network it read is of one revision: a write between the lookups would
 * compare networks of two revisions, whose nodes differ. Tried three times, then a CONFLICT.
 */
async function consistently<T>(compute: () => Promise<{ revisions: number[]; value: T }>): Promise<T> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const { revisions, value } = await compute();
    if (revisions.every((r) => r === revisions[0])) return value;
  }
  throw new ConflictError('the network kept changing while the comparison was computed; ask again');
}
