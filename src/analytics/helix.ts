import type { Sector } from '../domain';
import type { ActorNetwork } from './projection';

/** The triple helix (docs/design.md §1), and the quadruple helix adding civil society. */
export const TRIPLE_HELIX: readonly Sector[] = ['GOVERNMENT', 'ACADEMIA', 'PRIVATE_SECTOR'];
export const QUADRUPLE_HELIX: readonly Sector[] = [...TRIPLE_HELIX, 'CIVIL_SOCIETY'];

/**
 * Leydesdorff's synergy T in bits over the snapshot's partnerships (docs/design.md §4): each partnership is a
 * record of booleans "has a participant of sector s among the nodes", s ∈ `sectors`; T = Σ over every
 * non-empty subset S of the sectors of (−1)^(|S|+1) H_S, H_S the Shannon entropy of the joint distribution
 * of S's booleans (so T = H_G + H_A + H_P − H_GA − H_GP − H_AP + H_GAP for three; ΣH_i − ΣH_ij + ΣH_ijk −
 * H_ijkl for four). Negative T is synergy. Undefined when the snapshot has no partnership.
 */
export function helixSynergy(network: ActorNetwork, sectors: readonly Sector[]): number | undefined {
  const total = network.records.partnerships.length;
  if (total === 0) return undefined;
  // Each partnership as a bit pattern: bit j set when it has a node of sectors[j] among its participants.
  const position = Int8Array.from(network.actors, (a) => sectors.indexOf(a.sector));
  const patterns = new Map<number, number>();
  for (const { members } of network.partnerships) {
    let pattern = 0;
    for (const m of members) if (position[m]! >= 0) pattern |= 1 << position[m]!;
    patterns.set(pattern, (patterns.get(pattern) ?? 0) + 1);
  }
  // The projection leaves out partnerships with no participant among the nodes: all their booleans are false.
  const withoutNodes = total - network.partnerships.length;
  if (withoutNodes > 0) patterns.set(0, (patterns.get(0) ?? 0) + withoutNodes);
  let t = 0;
  for (let subset = 1; subset < 1 << sectors.length; subset++) {
    const marginal = new Map<number, number>();
    for (const [pattern, count] of patterns)
      marginal.set(pattern & subset, (marginal.get(pattern & subset) ?? 0) + count);
    let entropy = 0;
    for (const count of marginal.values()) entropy -= (count / total) * Math.log2(count / total);
    t += (bitCount(subset) % 2 === 1 ? 1 : -1) * entropy;
  }
  return t;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
