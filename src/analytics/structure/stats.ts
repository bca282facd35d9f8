import { Budget } from '../budget';
import { Bfs } from '../centrality/breadth-first';
import type { TieStructure } from '../projection';
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
 * bounded, searching from a few of its actors (see diameter). Reads the ties alone (TieStructure), so
 * the server runs it on an analytics thread.
 */
export function networkStats(network: TieStructure, options: { budget?: Budget } = {}): NetworkStats {
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
 * The largest eccentricity among `members` (one connected component), exact, by iFUB (Crescenzi et al.
 * 2013) with Takes and Kosters' eccentricity bounds. A 4-sweep finds a central actor c and a lower bound;
 * nodes at distance ≤ i from c are at most 2i apart, so only the actors deeper than half the best lower
 * bound need a search of their own, deepest level first, and an actor whose bound ecc(v) + d(v, w) from
 * an earlier search cannot beat the lower bound needs none. Partner networks have thin outer levels:
 * eight searches settle the generated 100k network, where bounding alone took thousands. Once the
 * sweeps have timed a search, work that could not finish within the budget is refused at once, with the
 * estimate, rather than stopped when the budget is spent.
 */
export function diameter(network: TieStructure, members: Int32Array, budget: Budget): number {
  const { offsets, neighbours } = network;
  const bfs = new Bfs(network);
  const upper = new Int32Array(network.actors.length).fill(members.length);
  let lower = 0;
  const search = (source: number): number => {
    budget.check('diameter');
    bfs.run(source);
    const eccentricity = bfs.levels - 1;
    lower = Math.max(lower, eccentricity);
    for (let k = 0; k < bfs.reached; k++) {
      const w = bfs.order[k]!;
      upper[w] = Math.min(upper[w]!, eccentricity + bfs.dist[w]!);
    }
    return eccentricity;
  };
  // The actor halfway along a longest shortest path from `source`: the sweep's next start.
  const middle = (source: number): number => {
    const eccentricity = search(source);
    let v = bfs.order[bfs.reached - 1]!;
    for (let d = eccentricity; d > eccentricity - (eccentricity >> 1); d--)
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++)
        if (bfs.dist[neighbours[e]!] === d - 1) {
          v = neighbours[e]!;
          break;
        }
    return v;
  };
  const farthest = (source: number): number => (search(source), bfs.order[bfs.reached - 1]!);

  const sweepsStarted = budget.now();
  let hub = members[0]!;
  for (const v of members) if (offsets[v + 1]! - offsets[v]! > offsets[hub + 1]! - offsets[hub]!) hub = v;
  const centre = middle(farthest(middle(farthest(hub))));
  const depth = search(centre);
  const msPerSearch = (budget.now() - sweepsStarted) / 5;
  // The centre's search order is by distance: level i is a slice of it, kept before the scratch is reused.
  const byDistance = bfs.order.slice(0, bfs.reached);
  const levelStart = new Int32Array(depth + 2);
  for (const v of byDistance) levelStart[bfs.dist[v]! + 1] = levelStart[bfs.dist[v]! + 1]! + 1;
  for (let i = 0; i <= depth; i++) levelStart[i + 1] = levelStart[i + 1]! + levelStart[i]!;

  const left = diameterSearchesLeft(byDistance, levelStart, upper, lower);
  let ties = 0;
  for (const v of members) ties += (offsets[v + 1]! - offsets[v]!) / 2;
  budget.assertWork(
    'diameter',
    left * (members.length + 2 * ties),
    `up to ${left} breadth-first searches of ${members.length} actors and ${ties} ties`,
    DIAMETER_SUGGESTION,
  );
  budget.assertTime(
    'diameter',
    left * msPerSearch,
    `up to ${left} breadth-first searches of ${msPerSearch.toFixed(1)} ms each`,
    DIAMETER_SUGGESTION,
  );

  // Before level i: every actor deeper has its eccentricity within `lower`, and any two actors left lie
  // within distance i of the centre, so at most 2i apart.
  for (let i = depth; 2 * i > lower; i--)
    for (let k = levelStart[i]!; k < levelStart[i + 1]!; k++)
      if (upper[byDistance[k]!]! > lower) search(byDistance[k]!);
  return lower;
}

const DIAMETER_SUGGESTION = 'narrow the network with `filter`';

/**
 * How many more searches the diameter may need after the sweeps, at most: the actors deeper than half
 * the lower bound (levels of `byDistance` from `levelStart`) whose upper bound could still beat it.
 */
function diameterSearchesLeft(
  byDistance: Int32Array,
  levelStart: Int32Array,
  upper: Int32Array,
  lower: number,
): number {
  let left = 0;
  for (let i = levelStart.length - 2; 2 * i > lower; i--)
    for (let k = levelStart[i]!; k < levelStart[i + 1]!; k++) if (upper[byDistance[k]!]! > lower) left++;
  return left;
}
