import { Budget } from '../budget';
import { AnalyticsLimitError } from '../errors';
import type { ActorNetwork } from '../projection';
import { components } from '../structure/components';

const MAX_ITERATIONS = 100_000;
const TOLERANCE = 1e-12;

/**
 * Eigenvector centrality per docs/design.md §4: for each connected component with ≥ 2 actors, its Perron
 * vector (unweighted adjacency, as `nx.eigenvector_centrality_numpy(G.subgraph(c))`) divided by its maximum,
 * so each component's most central actor has 1; isolates 0. Power iteration on A + I (the shift makes it
 * converge on bipartite components too) until the largest change is below 1e-12.
 */
export function eigenvector(network: ActorNetwork, options: { budget?: Budget } = {}): Float64Array {
  const { budget = Budget.unlimited() } = options;
  const n = network.actors.length;
  const { offsets, neighbours } = network;
  const result = new Float64Array(n);
  // Scratch vectors shared by all components: a component's iteration only reads its own members.
  let x = new Float64Array(n);
  let next = new Float64Array(n);
  for (const members of components(network)) {
    if (members.length < 2) continue;
    for (const v of members) x[v] = 1;
    let converged = false;
    for (let iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
      if ((iteration & 255) === 0) budget.check('eigenvector');
      let max = 0;
      for (const v of members) {
        let total = x[v]!;
        for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) total += x[neighbours[e]!]!;
        next[v] = total;
        if (total > max) max = total;
      }
      let change = 0;
      for (const v of members) {
        next[v]! /= max;
        change = Math.max(change, Math.abs(next[v]! - x[v]!));
      }
      [x, next] = [next, x];
      converged = change < TOLERANCE;
    }
    if (!converged)
      throw new AnalyticsLimitError('eigenvector', `did not converge in ${MAX_ITERATIONS} iterations`);
    for (const v of members) result[v] = x[v]!;
  }
  return result;
}
