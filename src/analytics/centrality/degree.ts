import type { ActorNetwork } from '../projection';

/** Degree centrality as `nx.degree_centrality(G)`: ties / (n−1); 1 for the only node of a one-node network. */
export function degree(network: ActorNetwork): Float64Array {
  const n = network.actors.length;
  const scale = n > 1 ? 1 / (n - 1) : 1;
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) result[i] = n > 1 ? (network.offsets[i + 1]! - network.offsets[i]!) * scale : 1;
  return result;
}

/** Strength as `dict(G.degree(weight="weight"))`: the sum of the Newman weights of an actor's ties. */
export function strength(network: ActorNetwork): Float64Array {
  const { offsets, weights } = network;
  const result = new Float64Array(network.actors.length);
  for (let i = 0; i < result.length; i++) {
    let total = 0;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) total += weights[e]!;
    result[i] = total;
  }
  return result;
}
