import { Budget } from '../budget';
import { Bfs } from '../centrality/paths';
import type { ActorNetwork } from '../projection';
import { components } from './components';

/** The size and shape of a network (DESIGN.md §5 `networkStats`), each as its networkx counterpart. */
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
 * diameter is one BFS per actor of the largest component, refused up front over the all-pairs limit.
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

function diameter(network: ActorNetwork, members: Int32Array, budget: Budget): number {
  const ties = members.reduce((sum, v) => sum + network.offsets[v + 1]! - network.offsets[v]!, 0) / 2;
  budget.assertAllPairs('diameter', members.length, ties, 'narrow the network with `filter`');
  const bfs = new Bfs(network);
  let longest = 0;
  members.forEach((v, i) => {
    if ((i & 63) === 0) budget.check('diameter');
    bfs.run(v);
    longest = Math.max(longest, bfs.dist[bfs.order[bfs.reached - 1]!]!);
  });
  return longest;
}
