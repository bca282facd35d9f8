import { Budget } from '../budget';
import { AnalyticsArgumentError } from '../errors';
import type { TieStructure } from '../projection';
import { sampleWithoutReplacement, seededRandom } from '../random';
import { foldedNetwork, type FoldedNetwork } from './folded-network';

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

/**
 * Breadth-first search scratch space over the CSR adjacency, reused for every source: distances (−1 =
 * unreached), the visiting order (also the queue), the number of nodes reached, and how many lie at each
 * distance (`atDistance[d]` for d < `levels`).
 */
class Bfs {
  readonly dist: Int32Array;
  readonly order: Int32Array;
  readonly atDistance: Int32Array;
  reached = 0;
  levels = 0;
  constructor(private readonly network: TieStructure) {
    this.dist = new Int32Array(network.actors.length).fill(-1);
    this.order = new Int32Array(network.actors.length);
    this.atDistance = new Int32Array(network.actors.length + 1);
  }

  /** Visits every node reachable from `source`, nearest first. */
  run(source: number): void {
    const { offsets, neighbours } = this.network;
    const { dist, order, atDistance } = this;
    for (let i = 0; i < this.reached; i++) dist[order[i]!] = -1;
    atDistance.fill(0, 0, this.levels);
    dist[source] = 0;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (dist[w] === -1) {
          dist[w] = next;
          order[tail++] = w;
        }
      }
    }
    this.reached = tail;
    this.levels = dist[order[tail - 1]!]! + 1;
    for (let i = 0; i < tail; i++) atDistance[dist[order[i]!]!]!++;
  }
}

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
  const result = brandes(folded, sources, budget);
  if (!sampled && share.index === 0) for (let v = 0; v < n; v++) result[v]! += folded.foldBetweenness[v]!;
  return result;
}

/**
 * Brandes' accumulation from each source over the folded network, each kept node standing for `weight`
 * actors as a source and as a target; returned by actor (original numbering), ordered pairs.
 */
function brandes(folded: FoldedNetwork, sources: readonly number[], budget: Budget): Float64Array {
  const { offsets, neighbours, weight, original } = folded;
  const kept = original.length;
  const raw = new Float64Array(kept);
  const sigma = new Float64Array(kept);
  // Per node once its dependencies are in: (weight + δ) / σ, what each predecessor pulls from it.
  const pull = new Float64Array(kept);
  const dist = new Int32Array(kept).fill(-1);
  const order = new Int32Array(kept);
  let reached = 0;
  for (const s of sources) {
    budget.check('betweenness');
    if (offsets[s] === offsets[s + 1]) continue;
    // The hot loop of the analytics, over typed arrays only: count shortest paths breadth-first, then
    // let each node pull its dependency from the next layer (one write per node, not one per tie).
    for (let i = 0; i < reached; i++) dist[order[i]!] = -1;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    reached = 1;
    while (head < reached) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const paths = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        const d = dist[w]!;
        if (d === -1) {
          dist[w] = next;
          order[reached++] = w;
          sigma[w] = paths;
        } else if (d === next) sigma[w]! += paths;
      }
    }
    const sourceWeight = weight[s]!;
    for (let i = reached - 1; i > 0; i--) {
      const v = order[i]!;
      const next = dist[v]! + 1;
      let pulled = 0;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (dist[w] === next) pulled += pull[w]!;
      }
      const delta = sigma[v]! * pulled;
      pull[v] = (weight[v]! + delta) / sigma[v]!;
      raw[v]! += sourceWeight * delta;
    }
  }
  const result = new Float64Array(folded.keptIndex.length);
  for (let j = 0; j < kept; j++) result[original[j]!] = raw[j]!;
  return result;
}

/**
 * Closeness or harmonic of the share's actors. An actor of degree 1 is not searched from: its distances
 * are its neighbour's plus one, so it is answered from its neighbour's search (Σd and the count at each
 * distance give both metrics exactly).
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
  const bfs = new Bfs(network);
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const module = metric.toLowerCase();
  const value = metric === 'CLOSENESS' ? closenessValue : harmonicValue;
  let position = 0;
  for (let u = 0; u < n; u++) {
    const d = degree(u);
    // A leaf hanging off a larger node is answered with it; a lone tie's ends search for themselves.
    if (d === 1 && degree(neighbours[offsets[u]!]!) > 1) continue;
    if (position++ % share.of !== share.index) continue;
    if ((position & 63) === 0) budget.check(module);
    if (d === 0) continue;
    bfs.run(u);
    result[u] = value(bfs, n, 0);
    for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) {
      const leaf = neighbours[e]!;
      if (degree(leaf) === 1 && d > 1) result[leaf] = value(bfs, n, 1);
    }
  }
  return result;
}

/**
 * Closeness from a search: of its source (`shift` 0) or of a leaf hanging off it (`shift` 1, every
 * distance one longer, the leaf itself out and the source in at distance 1).
 */
function closenessValue(bfs: Bfs, n: number, shift: 0 | 1): number {
  let total = 0;
  for (let d = 1; d < bfs.levels; d++) total += d * bfs.atDistance[d]!;
  if (shift === 1) total += bfs.reached - 2;
  const others = bfs.reached - 1;
  return total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
}

/** Harmonic centrality from a search, of its source or (`shift` 1) of a leaf hanging off it. */
function harmonicValue(bfs: Bfs, _n: number, shift: 0 | 1): number {
  const { atDistance, levels } = bfs;
  let total = 0;
  if (shift === 0) for (let d = 1; d < levels; d++) total += atDistance[d]! / d;
  else {
    total = 1;
    for (let d = 1; d < levels; d++) total += (atDistance[d]! - (d === 1 ? 1 : 0)) / (d + 1);
  }
  return total;
}

/**
 * Hop distances from `source` to every node (−1 when unreachable), a fresh array. Used by shortest path,
 * eccentricities and reach-like questions.
 */
export function hopDistances(network: TieStructure, source: number): Int32Array {
  const bfs = new Bfs(network);
  bfs.run(source);
  return bfs.dist.slice();
}

export { Bfs };
