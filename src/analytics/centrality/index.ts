import { assertNever } from '../../domain';
import type { Budget } from '../budget';
import type { ActorNetwork } from '../projection';
import { constraint, effectiveSize } from './burt';
import { degree, strength } from './degree';
import { eigenvector } from './eigenvector';
import { pagerank } from './pagerank';
import { betweenness, closeness, harmonic } from './paths';

/** The centrality metrics of docs/design.md §4, in its order (the GraphQL `CentralityMetric` enum). */
export const CENTRALITY_METRICS = [
  'DEGREE',
  'STRENGTH',
  'BETWEENNESS',
  'CLOSENESS',
  'HARMONIC',
  'PAGERANK',
  'EIGENVECTOR',
  'CONSTRAINT',
  'EFFECTIVE_SIZE',
] as const;
export type CentralityMetric = (typeof CENTRALITY_METRICS)[number];

export interface CentralityOptions {
  budget?: Budget;
  /** BETWEENNESS only: estimate from this many sampled sources. */
  samples?: number;
  /** BETWEENNESS only: seed of the sample. */
  seed?: number;
}

/**
 * One metric for every node, indexed like `network.actors`; NaN where a metric has no value (CONSTRAINT
 * and EFFECTIVE_SIZE of an isolate). Every metric agrees with the networkx call of docs/design.md §4.
 */
export function centrality(
  network: ActorNetwork,
  metric: CentralityMetric,
  options: CentralityOptions = {},
): Float64Array {
  switch (metric) {
    case 'DEGREE':
      return degree(network);
    case 'STRENGTH':
      return strength(network);
    case 'BETWEENNESS':
      return betweenness(network, options);
    case 'CLOSENESS':
      return closeness(network, options);
    case 'HARMONIC':
      return harmonic(network, options);
    case 'PAGERANK':
      return pagerank(network, options);
    case 'EIGENVECTOR':
      return eigenvector(network, options);
    case 'CONSTRAINT':
      return constraint(network, options);
    case 'EFFECTIVE_SIZE':
      return effectiveSize(network, options);
    default:
      return assertNever(metric, 'centrality metric');
  }
}

/**
 * Whether a lower value means a more central actor: Burt's constraint measures how much an actor's ties
 * hem it in, so the actor with the least constraint brokers most and ranks first.
 */
export function lowerIsMoreCentral(metric: CentralityMetric): boolean {
  return metric === 'CONSTRAINT';
}

/**
 * Node indices ordered by value, `descending` or not, nodes without a value (NaN) last, equal values by
 * node index (= actor id order): a total, deterministic order.
 */
export function orderByValue(values: Float64Array, descending: boolean): number[] {
  const sign = descending ? -1 : 1;
  return Array.from(values.keys()).sort((a, b) => {
    const x = values[a]!;
    const y = values[b]!;
    if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y)) || a - b;
    return sign * (x - y) || a - b;
  });
}

/** The ranking of a metric: node indices, most central first (rank = position + 1). */
export function ranking(values: Float64Array, metric: CentralityMetric): number[] {
  return orderByValue(values, !lowerIsMoreCentral(metric));
}
