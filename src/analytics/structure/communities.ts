import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { Budget } from '../budget';
import { AnalyticsArgumentError } from '../errors';
import type { WeightedTies } from '../projection';
import { seededRandom } from '../random';

export interface CommunityOptions {
  /** Seed of Louvain's random traversal: the same seed gives the same partition (default 0). */
  seed?: number;
  /** Modularity resolution γ (default 1): higher gives more, smaller communities. */
  resolution?: number;
  budget?: Budget;
}

export interface Communities {
  /** The community of every node; community 0 is the largest (ties: the one holding the smaller id). */
  communityOf: Int32Array;
  /** Members of each community, ascending. */
  members: number[][];
  /** Weighted modularity of the partition at the resolution, as `nx.community.modularity(G, …, weight="weight", resolution=γ)`. */
  modularity: number;
}

const graphs = new WeakMap<WeightedTies, UndirectedGraph>();

/** The actor network as a graphology graph (node keys are node indices), built once per network. */
export function graphologyGraph(network: WeightedTies): UndirectedGraph {
  let graph = graphs.get(network);
  if (!graph) {
    graph = new UndirectedGraph();
    for (let i = 0; i < network.actors.length; i++) graph.addNode(String(i));
    const { source, target, weight } = network.ties;
    for (let t = 0; t < network.ties.length; t++)
      graph.addEdge(String(source[t]), String(target[t]), { weight: weight[t] });
    graphs.set(network, graph);
  }
  return graph;
}

/**
 * Louvain communities (graphology-communities-louvain, weighted, its random walk driven by the seeded
 * generator so a seed always gives the same partition), renumbered by size, with the partition's
 * modularity computed here from its definition. Isolates are communities of their own.
 */
export function communities(network: WeightedTies, options: CommunityOptions = {}): Communities {
  const { seed = 0, resolution = 1, budget = Budget.unlimited() } = options;
  if (!(Number.isFinite(resolution) && resolution > 0))
    throw new AnalyticsArgumentError('communities', 'resolution', 'must be a number > 0');
  const n = network.actors.length;
  budget.check('communities');
  const raw = new Int32Array(n);
  if (network.ties.length > 0) {
    const found = louvain(graphologyGraph(network), {
      getEdgeWeight: 'weight',
      resolution,
      rng: seededRandom(seed),
    });
    for (let i = 0; i < n; i++) raw[i] = found[String(i)]!;
  } else for (let i = 0; i < n; i++) raw[i] = i;
  budget.check('communities');

  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const group = groups.get(raw[i]!);
    if (group) group.push(i);
    else groups.set(raw[i]!, [i]);
  }
  const members = [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const communityOf = new Int32Array(n);
  members.forEach((group, c) => group.forEach((v) => (communityOf[v] = c)));
  return { communityOf, members, modularity: modularity(network, communityOf, resolution) };
}

/**
 * Q = Σ_c [ W_c / W − γ (S_c / 2W)² ] with W the total tie weight, W_c the weight inside community c and
 * S_c the strength of its members; 0 for a network without ties.
 */
export function modularity(network: WeightedTies, communityOf: Int32Array, resolution = 1): number {
  let total = 0;
  const inside = new Map<number, number>();
  const strengths = new Map<number, number>();
  const { source, target, weight } = network.ties;
  for (let t = 0; t < network.ties.length; t++) {
    const w = weight[t]!;
    total += w;
    const a = communityOf[source[t]!]!;
    const b = communityOf[target[t]!]!;
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + w);
    strengths.set(a, (strengths.get(a) ?? 0) + w);
    strengths.set(b, (strengths.get(b) ?? 0) + w);
  }
  if (total === 0) return 0;
  let q = 0;
  for (const [c, s] of strengths) q += (inside.get(c) ?? 0) / total - resolution * (s / (2 * total)) ** 2;
  return q;
}
