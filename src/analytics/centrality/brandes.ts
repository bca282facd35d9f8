import type { Budget } from '../budget';
import type { FoldedNetwork } from './folded-network';

/**
 * Brandes' accumulation (Brandes 2001) from each of `sources` over the folded network, each kept node
 * standing for `weight` actors as a source and as a target; returned by actor (original numbering),
 * ordered pairs, unnormalised. Checks `budget` before each source.
 */
export function brandes(folded: FoldedNetwork, sources: readonly number[], budget: Budget): Float64Array {
  const { offsets, neighbours, weight, original } = folded;
  const kept = original.length;
  const raw = new Float64Array(kept);
  const sigma = new Float64Array(kept);
  // Per node once its dependencies are in: (weight + δ) / σ, what each predecessor pulls from it.
  const pull = new Float64Array(kept);
  const dist = new Int32Array(kept).fill(-1);
  const order = new Int32Array(kept);
  // The ties of the shortest-path DAG, written as the forward pass finds them: the successors of the
  // node at position i of `order` are successors[firstSuccessor[i] … firstSuccessor[i + 1]). The
  // backward pass then reads only those, in sequence, instead of every tie again with a distance test:
  // a third less work on partner networks.
  const successors = new Int32Array(neighbours.length);
  const firstSuccessor = new Int32Array(kept + 1);
  let reached = 0;
  for (const s of sources) {
    budget.check('betweenness');
    if (offsets[s] === offsets[s + 1]) continue;
    // The hot loop of the analytics, over typed arrays only.
    for (let i = 0; i < reached; i++) dist[order[i]!] = -1;
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let found = 0;
    reached = 1;
    while (head < reached) {
      firstSuccessor[head] = found;
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
          successors[found++] = w;
        } else if (d === next) {
          sigma[w]! += paths;
          successors[found++] = w;
        }
      }
    }
    firstSuccessor[reached] = found;
    const sourceWeight = weight[s]!;
    for (let i = reached - 1; i > 0; i--) {
      const v = order[i]!;
      let pulled = 0;
      for (let e = firstSuccessor[i]!, end = firstSuccessor[i + 1]!; e < end; e++)
        pulled += pull[successors[e]!]!;
      const paths = sigma[v]!;
      const delta = paths * pulled;
      pull[v] = (weight[v]! + delta) / paths;
      raw[v]! += sourceWeight * delta;
    }
  }
  const result = new Float64Array(folded.keptIndex.length);
  for (let j = 0; j < kept; j++) result[original[j]!] = raw[j]!;
  return result;
}
