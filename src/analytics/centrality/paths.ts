import { Budget } from '../budget';
import { AnalyticsArgumentError } from '../errors';
import type { TieStructure } from '../projection';
import { sampleWithoutReplacement, seededRandom } from '../random';
import { brandes } from './brandes';
import { MultiBfs, SEARCHES_AT_ONCE } from './breadth-first';
import { foldedNetwork } from './folded-network';
import { paceSampledBetweenness } from './sampled-betweenness';

/** The shortest-path centralities: one breadth-first search per actor, what a worker pool shares out. */
export const PATH_METRICS = ['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const;
export type PathMetric = (typeof PATH_METRICS)[number];

/** Options of the shortest-path centralities. */
export interface PathCentralityOptions {
  /** Deadline and size limits; unlimited when omitted. */
  budget?: Budget;
  /** Betweenness only: estimate from this many source actors (≥ 2); ≥ n means exact. */
  samples?: number;
  /** Betweenness only: the seed choosing the sampled sources (default 0). */
  seed?: number;
}

/**
 * Which of the sources a call searches from: those at positions `index`, `index + of`, … of its source
 * list, so that `of` threads share one metric evenly and their shares add up (see combineShares).
 */
export interface PathShare {
  index: number;
  of: number;
}

const WHOLE: PathShare = { index: 0, of: 1 };

const ALL_PAIRS_SUGGESTION = 'narrow the network with `filter`';
const BETWEENNESS_SUGGESTION =
  'pass `samples` (e.g. 200) for an estimate, or narrow the network with `filter`';

/**
 * Betweenness as `nx.betweenness_centrality(G, normalized=True)` (Brandes, unweighted, undirected). Exact,
 * it searches the network with its hanging trees folded away (see FoldedNetwork), which gives the same
 * values with fewer, shorter searches. With `samples` = k < n, the sources are k actors drawn with `seed`
 * and the values are rescaled exactly as networkx rescales its k-sampling (sampled sources by
 * 1/((k−1)(n−2)), the others by 1/(k(n−2))), so the result estimates the exact value; the same seed gives
 * the same result.
 */
export function betweenness(network: TieStructure, options: PathCentralityOptions = {}): Float64Array {
  return combineShares(network, 'BETWEENNESS', [pathShare(network, 'BETWEENNESS', options, WHOLE)], options);
}

/**
 * Closeness as `nx.closeness_centrality(G, wf_improved=True)`: (r−1)/Σd scaled by (r−1)/(n−1), r the
 * nodes reachable from the actor (itself included); 0 for an isolate.
 */
export function closeness(network: TieStructure, options: PathCentralityOptions = {}): Float64Array {
  return pathShare(network, 'CLOSENESS', options, WHOLE);
}

/** Harmonic centrality as `nx.harmonic_centrality(G)`: Σ 1/d(u, v) over the actors v reachable from u. */
export function harmonic(network: TieStructure, options: PathCentralityOptions = {}): Float64Array {
  return pathShare(network, 'HARMONIC', options, WHOLE);
}

/**
 * One share of a path metric, to be combined with the others by combineShares: refused up front over the
 * all-pairs limit (exact metrics), checked against the budget as it goes.
 */
export function pathShare(
  network: TieStructure,
  metric: PathMetric,
  options: PathCentralityOptions,
  share: PathShare,
): Float64Array {
  const budget = options.budget ?? Budget.unlimited();
  if (metric === 'BETWEENNESS') return betweennessShare(network, options, budget, share);
  budget.assertAllPairs(
    metric.toLowerCase(),
    network.actors.length,
    network.ties.length,
    ALL_PAIRS_SUGGESTION,
  );
  return distanceShare(network, metric, budget, share);
}

/**
 * The values of a path metric from all its shares (index 0 … of − 1): closeness and harmonic shares hold
 * disjoint actors, betweenness shares hold raw pair counts, summed then normalised as networkx does.
 */
export function combineShares(
  network: TieStructure,
  metric: PathMetric,
  shares: readonly Float64Array[],
  options: PathCentralityOptions,
): Float64Array {
  const n = network.actors.length;
  const result = shares.length === 1 ? shares[0]! : new Float64Array(n);
  if (shares.length > 1) for (const part of shares) for (let v = 0; v < n; v++) result[v]! += part[v]!;
  if (metric !== 'BETWEENNESS' || n <= 2) return result;
  const sources = betweennessSources(n, options);
  const k = sources?.length ?? n - 1;
  const nonSourceScale = 1 / (k * (n - 2));
  for (let v = 0; v < n; v++) result[v]! *= nonSourceScale;
  // networkx scales a sampled source's value as if it were from k − 1 sources: it was not one of its own.
  if (sources) for (const s of sources) result[s] = (result[s]! * k) / (k - 1);
  return result;
}

/** The sampled sources of betweenness, or undefined when it is exact (no `samples`, or samples ≥ n). */
function betweennessSources(n: number, options: PathCentralityOptions): Int32Array | undefined {
  const { samples, seed = 0 } = options;
  if (samples === undefined) return undefined;
  if (!Number.isSafeInteger(samples) || samples < 2)
    throw new AnalyticsArgumentError('betweenness', 'samples', 'must be a whole number ≥ 2');
  return samples < n ? sampleWithoutReplacement(seededRandom(seed), n, samples) : undefined;
}

/** Raw betweenness (ordered pairs) from the share's sources; exact shares fold, share 0 adds the folded pairs. */
function betweennessShare(
  network: TieStructure,
  options: PathCentralityOptions,
  budget: Budget,
  share: PathShare,
): Float64Array {
  const n = network.actors.length;
  const sampled = betweennessSources(n, options);
  if (!sampled) budget.assertAllPairs('betweenness', n, network.ties.length, BETWEENNESS_SUGGESTION);
  const folded = foldedNetwork(network, !sampled);
  const sources: number[] = [];
  if (sampled)
    for (let i = share.index; i < sampled.length; i += share.of) sources.push(folded.keptIndex[sampled[i]!]!);
  else for (let j = share.index; j < folded.original.length; j += share.of) sources.push(j);
  if (sampled) paceSampledBetweenness(network, { ...options, budget }, share);
  const result = brandes(folded, sources, budget);
  if (!sampled && share.index === 0) for (let v = 0; v < n; v++) result[v]! += folded.foldBetweenness[v]!;
  return result;
}

/**
 * Closeness or harmonic of the share's actors, from searches run 32 at a time (MultiBfs). An actor of
 * degree 1 is not searched from: its distances are its neighbour's plus one, so it is answered from its
 * neighbour's search (the count at each distance gives both metrics exactly).
 */
function distanceShare(
  network: TieStructure,
  metric: PathMetric,
  budget: Budget,
  share: PathShare,
): Float64Array {
  const { offsets, neighbours } = network;
  const n = network.actors.length;
  const result = new Float64Array(n);
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const sources: number[] = [];
  let position = 0;
  for (let u = 0; u < n; u++) {
    const d = degree(u);
    // A leaf hanging off a larger node is answered with it; a lone tie's ends search for themselves.
    if (d === 1 && degree(neighbours[offsets[u]!]!) > 1) continue;
    if (position++ % share.of === share.index && d > 0) sources.push(u);
  }
  const module = metric.toLowerCase();
  const value = metric === 'CLOSENESS' ? closenessValue : harmonicValue;
  const searches = new MultiBfs(network);
  for (let first = 0; first < sources.length; first += SEARCHES_AT_ONCE) {
    budget.check(module);
    const batch = sources.slice(first, first + SEARCHES_AT_ONCE);
    searches.run(batch);
    batch.forEach((u, i) => {
      const atDistance = searches.atDistance(i);
      result[u] = value(atDistance, searches.levels, n, 0);
      if (degree(u) === 1) return;
      for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) {
        const leaf = neighbours[e]!;
        if (degree(leaf) === 1) result[leaf] = value(atDistance, searches.levels, n, 1);
      }
    });
  }
  return result;
}

/**
 * Closeness from the counts at each distance of a search: of its source (`shift` 0) or of a leaf hanging
 * off it (`shift` 1, every distance one longer, the leaf itself out and the source in at distance 1).
 */
function closenessValue(atDistance: Int32Array, levels: number, n: number, shift: 0 | 1): number {
  let reached = 1;
  let total = 0;
  for (let d = 1; d < levels; d++) {
    reached += atDistance[d]!;
    total += d * atDistance[d]!;
  }
  if (shift === 1) total += reached - 2;
  const others = reached - 1;
  return total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
}

/** Harmonic centrality from the counts at each distance, of a search's source or (`shift` 1) of a leaf. */
function harmonicValue(atDistance: Int32Array, levels: number, _n: number, shift: 0 | 1): number {
  let total = 0;
  if (shift === 0) for (let d = 1; d < levels; d++) total += atDistance[d]! / d;
  else {
    total = 1;
    for (let d = 1; d < levels; d++) total += (atDistance[d]! - (d === 1 ? 1 : 0)) / (d + 1);
  }
  return total;
}
