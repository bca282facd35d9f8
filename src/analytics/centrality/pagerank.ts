import { Budget } from '../budget';
import { AnalyticsLimitError } from '../errors';
import type { ActorNetwork } from '../projection';
import { strength } from './degree';

const ALPHA = 0.85;
const TOLERANCE = 1e-6;
const MAX_ITERATIONS = 100;

/**
 * PageRank as `nx.pagerank(G, alpha=0.85, weight="weight")`: the same power iteration (uniform start and
 * teleport, an isolate's mass spread uniformly, stopping when the L1 change is below n·1e-6), so values agree
 * with networkx far inside 1e-5. Values sum to 1.
 */
export function pagerank(network: ActorNetwork, options: { budget?: Budget } = {}): Float64Array {
  const { budget = Budget.unlimited() } = options;
  const n = network.actors.length;
  const { offsets, neighbours, weights } = network;
  const out = strength(network);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    budget.check('pagerank');
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      if (out[v] === 0) dangling += x[v]!;
      else share[v] = x[v]! / out[v]!;
    }
    const base = (ALPHA * dangling + (1 - ALPHA)) / n;
    let change = 0;
    for (let w = 0; w < n; w++) {
      let incoming = 0;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++)
        incoming += share[neighbours[e]!]! * weights[e]!;
      next[w] = ALPHA * incoming + base;
      change += Math.abs(next[w]! - x[w]!);
    }
    [x, next] = [next, x];
    if (change < n * TOLERANCE) return x;
  }
  throw new AnalyticsLimitError('pagerank', `did not converge in ${MAX_ITERATIONS} iterations`);
}
