import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { Budget } from '../budget';
import { AnalyticsLimitError } from '../errors';
import type { Tie } from '../projection';
import { seededRandom } from '../random';

/** What a layout reads of a subgraph: its nodes (any indices) and the weighted ties among them. */
export interface LayoutGraph {
  readonly nodes: ArrayLike<number>;
  readonly ties: readonly Pick<Tie, 'source' | 'target' | 'weight'>[];
}

export interface LayoutOptions {
  /** Seed of the initial positions (default 0): the same graph and seed give the same layout. */
  seed?: number;
  /** ForceAtlas2 iterations (default LAYOUT_ITERATIONS). */
  iterations?: number;
  /** Time budget, checked between iterations. */
  budget?: Budget;
}

/**
 * The most nodes laid out in one request. A browser explorer draws up to about 5 000 nodes: a few
 * seconds (6 s for 5 000 actors and 28 698 ties on a busy 2-core machine, 12 s for 10 000, measured when
 * this limit was set; `npm run bench` times an ego layout over HTTP today). Twice that fits the default time budget on an idle machine (the budget stops it
 * otherwise), and beyond it a drawing is unreadable anyway.
 */
export const MAX_LAYOUT_NODES = 10_000;

/** Iterations of ForceAtlas2: enough to settle a few thousand nodes from random positions. */
export const LAYOUT_ITERATIONS = 100;

/**
 * From this many nodes FA2 approximates repulsion (Barnes–Hut, O(n log n) an iteration instead of
 * O(n²)); inferSettings waits until 2 000, where the exact one takes seconds.
 */
const BARNES_HUT_FROM = 500;

/**
 * ForceAtlas2 positions (graphology-layout-forceatlas2, settings inferred from the graph's size, tie
 * weights as attraction) of `graph`'s nodes: x of node `graph.nodes[i]` at 2i, y at 2i + 1. Initial
 * positions are drawn from `seed`, and FA2 itself draws nothing, so the same graph gives the same
 * positions on every run. Isolates get positions too: FA2's gravity keeps them near the centre.
 * Over MAX_LAYOUT_NODES nodes, an AnalyticsLimitError. O(iterations × (n log n + ties)).
 */
export function forceAtlas2Layout(graph: LayoutGraph, options: LayoutOptions = {}): Float64Array {
  const { seed = 0, iterations = LAYOUT_ITERATIONS, budget = Budget.unlimited() } = options;
  const n = graph.nodes.length;
  if (n > MAX_LAYOUT_NODES)
    throw new AnalyticsLimitError(
      'layout',
      `${n} actors is more than the ${MAX_LAYOUT_NODES} a layout may have`,
      'ask for an ego network or narrow the network with a sector (or other) filter',
    );
  const positions = new Float64Array(2 * n);
  if (n === 0) return positions;

  const random = seededRandom(seed);
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const keyOf = new Map<number, string>();
  // A square about as wide as the settled layout, so FA2 starts near its equilibrium scale.
  const side = Math.sqrt(n) * 10;
  for (let i = 0; i < n; i++) {
    const key = String(i);
    keyOf.set(graph.nodes[i]!, key);
    g.addNode(key, { x: (random() - 0.5) * side, y: (random() - 0.5) * side });
  }
  for (const { source, target, weight } of graph.ties) {
    const from = keyOf.get(source);
    const to = keyOf.get(target);
    if (from !== undefined && to !== undefined) g.addEdge(from, to, { weight });
  }

  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: n >= BARNES_HUT_FROM };
  // Runs in slices so the budget can stop it; FA2 resumes from the positions it left (they are the state).
  const slice = 25;
  for (let done = 0; done < iterations; done += slice) {
    budget.check('layout');
    forceAtlas2.assign(g, { iterations: Math.min(slice, iterations - done), settings });
  }
  g.forEachNode((key, { x, y }) => {
    const i = Number(key);
    positions[2 * i] = x as number;
    positions[2 * i + 1] = y as number;
  });
  return positions;
}
