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
 * Every figure of `NetworkStats`. Triangles are counted once each, from their lowest-ranked corner over
 * ties oriented by degree (Latapy's forward algorithm, O(m^1.5) where a per-actor scan of neighbours'
 * neighbours is O(Σ deg²) and takes minutes around hubs); the diameter of the largest component is
 * bounded, searching from a few of its actors (see diameter).
 */
export function networkStats(network: ActorNetwork, options: { budget?: Budget } = {}): NetworkStats {
  const { budget = Budget.unlimited() } = options;
  const n = network.actors.length;
  const m = network.ties.length;
  const parts = components(network);
  const triangles = trianglesPerActor(network, budget);

  let clusteringSum = 0;
  let closedTriples = 0;
  let triples = 0;
  let isolates = 0;
  for (let u = 0; u < n; u++) {
    const d = network.offsets[u + 1]! - network.offsets[u]!;
    if (d === 0) isolates++;
    if (d < 2) continue;
    const closed = 2 * triangles[u]!;
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
 * The triangles through each actor. Each tie points from the end of lower rank (degree, then index) to
 * the other; a triangle is found once, at its lowest corner u, as a tie u→v whose head shares an
 * out-neighbour w with u. Out-degrees are at most √(2m), so the work is O(m√m); over the all-pairs
 * limit it is refused before it starts, with the estimate.
 */
function trianglesPerActor(network: TieStructure, budget: Budget): Float64Array {
  const { offsets, neighbours } = network;
  const n = network.actors.length;
  const degree = (v: number) => offsets[v + 1]! - offsets[v]!;
  const above = (u: number, v: number) => degree(v) > degree(u) || (degree(v) === degree(u) && v > u);
  const outOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let out = 0;
    for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) if (above(u, neighbours[e]!)) out++;
    outOffsets[u + 1] = outOffsets[u]! + out;
  }
  const out = new Int32Array(outOffsets[n]!);
  for (let u = 0, at = 0; u < n; u++)
    for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++)
      if (above(u, neighbours[e]!)) out[at++] = neighbours[e]!;
  let work = 0;
  for (let e = 0; e < out.length; e++) work += outOffsets[out[e]! + 1]! - outOffsets[out[e]!]!;
  budget.assertWork(
    'network stats',
    work,
    `counting triangles over ${network.ties.length} ties`,
    'narrow the network with `filter`',
  );

  const triangles = new Float64Array(n);
  const marked = new Uint8Array(n);
  for (let u = 0; u < n; u++) {
    if ((u & 1023) === 0) budget.check('network stats');
    const from = outOffsets[u]!;
    const to = outOffsets[u + 1]!;
    if (to - from < 2) continue;
    for (let e = from; e < to; e++) marked[out[e]!] = 1;
    for (let e = from; e < to; e++) {
      const v = out[e]!;
      for (let f = outOffsets[v]!, end = outOffsets[v + 1]!; f < end; f++) {
        const w = out[f]!;
        if (marked[w]) {
          triangles[u]!++;
          triangles[v]!++;
          triangles[w]!++;
        }
      }
    }
    for (let e = from; e < to; e++) marked[out[e]!] = 0;
  }
  return triangles;
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
