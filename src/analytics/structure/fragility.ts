import type { ActorNetwork } from '../projection';
import { components } from './components';

/** What breaks the network apart: cut actors, cut ties and the pieces it already is in. */
export interface Fragility {
  /** Actors whose removal disconnects their component (ascending node indices). */
  articulationPoints: number[];
  /** Ties whose removal disconnects their component, as [smaller, larger] node indices, sorted. */
  bridges: [number, number][];
  /** Connected components, largest first (see `components`). */
  components: Int32Array[];
}

/**
 * Articulation points and bridges (as `nx.articulation_points` / `nx.bridges`) by Tarjan's low-link over
 * an explicit stack, so no network is too deep for it. O(n + m).
 */
export function fragility(network: ActorNetwork): Fragility {
  const { offsets, neighbours } = network;
  const n = network.actors.length;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextEdge = new Int32Array(n);
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    let depth = 0;
    stack[depth++] = root;
    discovery[root] = low[root] = time++;
    nextEdge[root] = offsets[root]!;
    let rootChildren = 0;
    while (depth > 0) {
      const v = stack[depth - 1]!;
      if (nextEdge[v]! < offsets[v + 1]!) {
        const w = neighbours[nextEdge[v]!++]!;
        if (discovery[w] === -1) {
          parent[w] = v;
          discovery[w] = low[w] = time++;
          nextEdge[w] = offsets[w]!;
          stack[depth++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, discovery[w]!);
        continue;
      }
      depth--;
      const p = parent[v]!;
      if (p === -1) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      if (low[v]! > discovery[p]!) bridges.push(p < v ? [p, v] : [v, p]);
      if (p !== root && low[v]! >= discovery[p]!) isCut[p] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }

  const articulationPoints: number[] = [];
  isCut.forEach((cut, v) => cut && articulationPoints.push(v));
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulationPoints, bridges, components: components(network) };
}
