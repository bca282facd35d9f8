import { Budget } from '../budget';
import { AnalyticsArgumentError } from '../errors';
import type { TieStructure } from '../projection';
import { sampleWithoutReplacement, seededRandom } from '../random';

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
 * Breadth-first search scratch space over the CSR adjacency, reused for every source: distances (−1 =
 * unreached), the visiting order (also the queue), and the number of nodes reached.
 */
class Bfs {
  readonly dist: Int32Array;
  readonly order: Int32Array;
  reached = 0;
  constructor(private readonly network: TieStructure) {
    this.dist = new Int32Array(network.actors.length).fill(-1);
    this.order = new Int32Array(network.actors.length);
  }

  /** Visits every node reachable from `source`, nearest first. */
  run(source: number): void {
    const { offsets, neighbours } = this.network;
    const { dist, order } = this;
    for (let i = 0; i < this.reached; i++) dist[order[i]!] = -1;
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
  }
}

const ALL_PAIRS_SUGGESTION = 'narrow the network with `filter`';

/**
 * Betweenness as `nx.betweenness_centrality(G, normalized=True)` (Brandes, unweighted, undirected). With
 * `samples` = k < n, the sources are k actors drawn with `seed` and the values are rescaled exactly as
 * networkx rescales its k-sampling (sampled sources by 1/((k−1)(n−2)), the others by 1/(k(n−2))), so the
 * result estimates the exact value; the same seed gives the same result.
 */
export function betweenness(network: TieStructure, options: PathCentralityOptions = {}): Float64Array {
  const { budget = Budget.unlimited(), samples, seed = 0 } = options;
  const n = network.actors.length;
  const { offsets, neighbours } = network;
  if (samples !== undefined && (!Number.isSafeInteger(samples) || samples < 2))
    throw new AnalyticsArgumentError('betweenness', 'samples', 'must be a whole number ≥ 2');
  const sampled = samples !== undefined && samples < n;
  const sources = sampled
    ? sampleWithoutReplacement(seededRandom(seed), n, samples)
    : Int32Array.from({ length: n }, (_, i) => i);
  if (!sampled)
    budget.assertAllPairs(
      'betweenness',
      n,
      network.ties.length,
      'pass `samples` (e.g. 200) for an estimate, or narrow the network with `filter`',
    );

  const result = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let reached = 0;
  for (const s of sources) {
    budget.check('betweenness');
    // The hot loop of the analytics, inlined over the typed arrays (no callbacks): reset what the last
    // search touched, count shortest paths breadth-first, then let dependencies flow back layer by layer.
    for (let i = 0; i < reached; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
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
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const previous = dist[w]! - 1;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const v = neighbours[e]!;
        if (dist[v] === previous) delta[v]! += sigma[v]! * coefficient;
      }
      result[w]! += delta[w]!;
    }
  }

  if (n <= 2) return result;
  const k = sources.length;
  const nonSourceScale = 1 / ((sampled ? k : n - 1) * (n - 2));
  const sourceScale = sampled ? 1 / ((k - 1) * (n - 2)) : nonSourceScale;
  for (let v = 0; v < n; v++) result[v]! *= nonSourceScale;
  if (sampled) for (const s of sources) result[s] = (result[s]! / nonSourceScale) * sourceScale;
  return result;
}

/**
 * Closeness as `nx.closeness_centrality(G, wf_improved=True)`: (r−1)/Σd scaled by (r−1)/(n−1), r the
 * nodes reachable from the actor (itself included); 0 for an isolate.
 */
export function closeness(network: TieStructure, options: PathCentralityOptions = {}): Float64Array {
  const n = network.actors.length;
  return perSource(network, 'closeness', options, (bfs) => {
    let total = 0;
    for (let i = 1; i < bfs.reached; i++) total += bfs.dist[bfs.order[i]!]!;
    const others = bfs.reached - 1;
    return total > 0 && n > 1 ? (others / total) * (others / (n - 1)) : 0;
  });
}

/** Harmonic centrality as `nx.harmonic_centrality(G)`: Σ 1/d(u, v) over the actors v reachable from u. */
export function harmonic(network: TieStructure, options: PathCentralityOptions = {}): Float64Array {
  return perSource(network, 'harmonic', options, (bfs) => {
    let total = 0;
    for (let i = 1; i < bfs.reached; i++) total += 1 / bfs.dist[bfs.order[i]!]!;
    return total;
  });
}

/** One BFS per node (refused up front over the all-pairs limit), `value` read from each search. */
function perSource(
  network: TieStructure,
  module: string,
  options: PathCentralityOptions,
  value: (bfs: Bfs) => number,
): Float64Array {
  const { budget = Budget.unlimited() } = options;
  const n = network.actors.length;
  budget.assertAllPairs(module, n, network.ties.length, ALL_PAIRS_SUGGESTION);
  const result = new Float64Array(n);
  const bfs = new Bfs(network);
  for (let u = 0; u < n; u++) {
    if ((u & 63) === 0) budget.check(module);
    bfs.run(u);
    result[u] = value(bfs);
  }
  return result;
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
