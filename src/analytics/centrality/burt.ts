import { Budget } from '../budget';
import type { ActorNetwork } from '../projection';
import { strength } from './degree';

/**
 * Burt's constraint as `nx.constraint(G, weight="weight")`: Σ over neighbours v of u of
 * (p_uv + Σ_w p_uw·p_wv)², with p_uv = w_uv / strength(u). High constraint = few structural holes.
 * NaN (no value) for isolates.
 */
export function constraint(network: ActorNetwork, options: { budget?: Budget } = {}): Float64Array {
  const s = strength(network);
  const inverseStrength = s.map((x) => (x === 0 ? 0 : 1 / x));
  return overNeighbourhoods(network, 'constraint', options, inverseStrength, (direct, indirect, total) => {
    const term = direct + indirect;
    return total + term * term;
  });
}

/**
 * Burt's effective size as `nx.effective_size(G, weight="weight")`: Σ over neighbours v of u of
 * 1 − Σ_w p_uw·m_vw, with m_vw = w_vw / (v's largest tie weight). NaN (no value) for isolates.
 */
export function effectiveSize(network: ActorNetwork, options: { budget?: Budget } = {}): Float64Array {
  const { offsets, weights } = network;
  const n = network.actors.length;
  const inverseMax = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let max = 0;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) max = Math.max(max, weights[e]!);
    inverseMax[v] = max === 0 ? 0 : 1 / max;
  }
  const unit = new Float64Array(n).fill(1);
  return overNeighbourhoods(
    network,
    'effective size',
    options,
    unit,
    (_direct, indirect, total, v) => total + 1 - indirect * inverseMax[v]!,
  );
}

/**
 * The loop both of Burt's measures share: for each actor u with p_uw marked for its neighbours, and each
 * neighbour v, indirect(v) = Σ over v's neighbours w of p_uw · w_vw · factor[w]; `accumulate` folds
 * (p_uv, indirect, running total, v). O(Σ deg²).
 */
function overNeighbourhoods(
  network: ActorNetwork,
  module: string,
  options: { budget?: Budget },
  factor: Float64Array,
  accumulate: (direct: number, indirect: number, total: number, v: number) => number,
): Float64Array {
  const { budget = Budget.unlimited() } = options;
  const { offsets, neighbours, weights } = network;
  const n = network.actors.length;
  const s = strength(network);
  const p = new Float64Array(n);
  // p_uw · factor[w], so the inner loop does one multiplication less.
  const q = new Float64Array(n);
  const result = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    if ((u & 255) === 0) budget.check(module);
    const from = offsets[u]!;
    const to = offsets[u + 1]!;
    if (from === to) {
      result[u] = Number.NaN;
      continue;
    }
    for (let e = from; e < to; e++) {
      const w = neighbours[e]!;
      p[w] = weights[e]! / s[u]!;
      q[w] = p[w]! * factor[w]!;
    }
    let total = 0;
    for (let e = from; e < to; e++) {
      const v = neighbours[e]!;
      let indirect = 0;
      for (let f = offsets[v]!, end = offsets[v + 1]!; f < end; f++) {
        const w = neighbours[f]!;
        indirect += q[w]! * weights[f]!;
      }
      total = accumulate(p[v]!, indirect, total, v);
    }
    result[u] = total;
    for (let e = from; e < to; e++) p[neighbours[e]!] = q[neighbours[e]!] = 0;
  }
  return result;
}
