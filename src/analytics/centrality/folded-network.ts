import type { TieStructure } from '../projection';
import { components } from '../structure/components';

/**
 * The network exact betweenness searches, smaller than the actor network: every actor of degree 1 folded
 * into its neighbour, repeatedly, so that the trees hanging off the core are gone (Baglioni, Geraci,
 * Pellegrini and Lastres, "Fast exact computation of betweenness centrality in social networks", ASONAM
 * 2012). A kept node stands for itself and the `weight − 1` actors folded into it; the pairs those
 * trees separate are counted in closed form (`foldBetweenness`), the others by a Brandes search over the
 * kept nodes with each target counted `weight` times. Kept nodes are renumbered in breadth-first order so
 * that neighbours lie close together in memory. Unfolded (`fold: false`) it is the actor network itself,
 * renumbered, every weight 1: what sampled betweenness searches, its sources being any actor.
 */
export interface FoldedNetwork {
  /** Kept node j is actor `original[j]`. */
  readonly original: Int32Array;
  /** Actor i is kept node `keptIndex[i]`, or −1 when folded. */
  readonly keptIndex: Int32Array;
  /** CSR adjacency among kept nodes (kept numbering). */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** 1 + the actors folded into each kept node. */
  readonly weight: Float64Array;
  /**
   * Per actor (original numbering), the ordered pairs (s, t) whose every shortest path runs through it
   * because it separates s from t within a folded tree: (N−1)² − Σ b² over the parts its removal leaves
   * when those parts are the trees folded into it and the rest of its component (N actors).
   */
  readonly foldBetweenness: Float64Array;
}

/** Folds `network` (see FoldedNetwork); O(n + m). */
export function foldedNetwork(network: TieStructure, fold: boolean): FoldedNetwork {
  const { offsets, neighbours } = network;
  const n = network.actors.length;
  const componentSize = componentSizes(network);
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = offsets[v + 1]! - offsets[v]!;
  const hanging = new Float64Array(n);
  const squares = new Float64Array(n);
  const folded = new Uint8Array(n);
  const foldBetweenness = new Float64Array(n);
  const separated = (v: number) => {
    const others = componentSize[v]! - 1;
    const rest = others - hanging[v]!;
    return others * others - squares[v]! - rest * rest;
  };

  if (fold) {
    const leaves: number[] = [];
    for (let v = 0; v < n; v++) if (degree[v] === 1) leaves.push(v);
    while (leaves.length > 0) {
      const u = leaves.pop()!;
      // A tie's two ends may both be leaves: the second finds its neighbour gone and stays, alone.
      if (degree[u] !== 1) continue;
      let p = -1;
      for (let e = offsets[u]!; p === -1; e++) if (!folded[neighbours[e]!]) p = neighbours[e]!;
      folded[u] = 1;
      foldBetweenness[u] = separated(u);
      const part = 1 + hanging[u]!;
      hanging[p]! += part;
      squares[p]! += part * part;
      degree[u] = 0;
      if (--degree[p]! === 1) leaves.push(p);
    }
  }

  // Kept nodes in breadth-first order, component after component.
  const keptIndex = new Int32Array(n).fill(-1);
  const original = new Int32Array(n);
  let kept = 0;
  for (let root = 0; root < n; root++) {
    if (folded[root] || keptIndex[root] !== -1) continue;
    let head = kept;
    keptIndex[root] = kept;
    original[kept++] = root;
    while (head < kept) {
      const v = original[head++]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (!folded[w] && keptIndex[w] === -1) {
          keptIndex[w] = kept;
          original[kept++] = w;
        }
      }
    }
  }

  const keptOffsets = new Int32Array(kept + 1);
  const keptNeighbours = new Int32Array(2 * network.ties.length);
  const weight = new Float64Array(kept);
  let at = 0;
  for (let j = 0; j < kept; j++) {
    const v = original[j]!;
    weight[j] = 1 + hanging[v]!;
    foldBetweenness[v] = separated(v);
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const w = keptIndex[neighbours[e]!]!;
      if (w !== -1) keptNeighbours[at++] = w;
    }
    keptOffsets[j + 1] = at;
  }
  return {
    original: original.slice(0, kept),
    keptIndex,
    offsets: keptOffsets,
    neighbours: keptNeighbours.slice(0, at),
    weight,
    foldBetweenness,
  };
}

/** Per actor, the number of actors of its connected component (itself included). */
function componentSizes(network: TieStructure): Int32Array {
  const size = new Int32Array(network.actors.length);
  for (const members of components(network)) for (const v of members) size[v] = members.length;
  return size;
}
