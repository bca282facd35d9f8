import { Budget } from '../budget';
import { Bfs } from '../centrality/paths';
import type { ActorNetwork, TieStructure } from '../projection';
import { components } from './components';

/** The size and shape of a network (docs/design.md §5 `networkStats`), each as its networkx counterpart. */
export interface NetworkStats {
  actors: number;
  ties: number;
  /** `nx.density(G)`: 2m / (n(n−1)); 0 below two actors. */
  density: number;
  components: number;
  /** 2m / n; 0 for an empty network. */
  averageDegree: number;
  /** `nx.average_clustering(G)` (unweighted; actors of degree < 2 count as 0); 0 for an empty network. */
  averageClustering: number;
  /** `nx.transitivity(G)`: 3 × triangles / connected triples. */
  transitivity: number;
  /** `nx.diameter` of the largest component (the first of `components` among equals); null for an empty network. */
  diameter: number | null;
  largestComponent: number;
  isolates: number;
}

/**
 * Every figure of `NetworkStats`. Clustering counts triangles with a marker array, O(Σ deg²); the
 * diameter of the largest component is bounded, searching from a few of its actors (see diameter).
 */
export function networkStats(network: ActorNetwork, options: { budget?: Budget } = {}): NetworkStats {
  const { budget = Budget.unlimited() } = options;
  const { offsets, neighbours } = network;
  const n = network.actors.length;
  const m = network.ties.length;
  const parts = components(network);

  const marked = new Uint8Array(n);
  let clusteringSum = 0;
  let closedTriples = 0;
  let triples = 0;
  let isolates = 0;
  for (let u = 0; u < n; u++) {
    if ((u & 255) === 0) budget.check('network stats');
    const from = offsets[u]!;
    const to = offsets[u + 1]!;
    const d = to - from;
    if (d === 0) isolates++;
    if (d < 2) continue;
    for (let e = from; e < to; e++) marked[neighbours[e]!] = 1;
    let closed = 0; // 2 × the triangles through u
    for (let e = from; e < to; e++) {
      const v = neighbours[e]!;
      for (let f = offsets[v]!, end = offsets[v + 1]!; f < end; f++) closed += marked[neighbours[f]!]!;
    }
    for (let e = from; e < to; e++) marked[neighbours[e]!] = 0;
    clusteringSum += closed / (d * (d - 1));
    closedTriples += closed;
    triples += d * (d - 1);
  }

  return {
    actors: n,
    ties: m,
    density: n > 1 ? (2 * m) / (n * (n - 1)) : 0,
    components: parts.length,
    averageDegree: n > 0 ? (2 * m) / n : 0,
    averageClustering: n > 0 ? clusteringSum / n : 0,
    transitivity: closedTriples === 0 ? 0 : closedTriples / triples,
    diameter: parts.length > 0 ? diameter(network, parts[0]!, budget) : null,
    largestComponent: parts[0]?.length ?? 0,
    isolates,
  };
}

/**
 * The largest eccentricity among `members` (one connected component), exact, by Takes and Kosters'
 * bounding diameters (as `nx.diameter(G, usebounds=True)`): each search from v bounds every other
 * node's eccentricity by ecc(v) ± d(v, w), searches alternate between the highest upper bound and the
 * lowest lower bound, and a node whose upper bound cannot beat the best lower bound is dropped. On
 * partner networks a handful of searches settle it, where one per node took a second at 10k actors.
 */
export function diameter(network: TieStructure, members: Int32Array, budget: Budget): number {
  const bfs = new Bfs(network);
  const lower = new Int32Array(network.actors.length);
  const upper = new Int32Array(network.actors.length).fill(members.length);
  let candidates = Array.from(members);
  let best = 0;
  let high = true;
  while (candidates.length > 0) {
    budget.check('diameter');
    let current = candidates[0]!;
    for (const v of candidates)
      if (high ? upper[v]! > upper[current]! : lower[v]! < lower[current]!) current = v;
    high = !high;
    bfs.run(current);
    const eccentricity = bfs.dist[bfs.order[bfs.reached - 1]!]!;
    best = Math.max(best, eccentricity);
    let bound = 0;
    for (const w of candidates) {
      const d = bfs.dist[w]!;
      lower[w] = Math.max(lower[w]!, d, eccentricity - d);
      upper[w] = Math.min(upper[w]!, eccentricity + d);
      best = Math.max(best, lower[w]!);
      bound = Math.max(bound, upper[w]!);
    }
    if (bound <= best) break;
    candidates = candidates.filter((w) => w !== current && upper[w]! > best);
  }
  return best;
}
