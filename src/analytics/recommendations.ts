import type { Actor } from '../domain';
import { AnalyticsArgumentError } from './errors';
import { degreeOf, type ActorNetwork } from './projection';

export interface RecommendationOptions {
  /** Only actors of another sector than the one recommended to (default false). */
  crossSectorOnly?: boolean;
  /** At most this many recommendations (default 10; a whole number ≥ 0). */
  top?: number;
}

const DEFAULTS: Required<RecommendationOptions> = { crossSectorOnly: false, top: 10 };

/** A partner to propose, and the partners the two already share. */
export interface Recommendation {
  actor: Actor;
  /** Adamic–Adar: Σ over common partners z of 1 / ln(ties of z). */
  score: number;
  /** The common partners, by id. */
  commonPartners: Actor[];
}

/** Scores closer than this (relative) are equal: sums of the same terms in another order may differ in the last bit. */
const SCORE_TOLERANCE = 1e-12;

/**
 * Partner recommendations for `actorId` (docs/design.md §5): the actors not tied to it that share at least one
 * partner with it, scored by Adamic–Adar as networkx's `adamic_adar_index` does (unweighted degrees),
 * highest first, equal scores by id. An actor outside the network gets none. O(Σ degrees of its partners).
 */
export function recommendations(
  network: ActorNetwork,
  actorId: string,
  options: RecommendationOptions = {},
): Recommendation[] {
  const { crossSectorOnly, top } = { ...DEFAULTS, ...options };
  if (!Number.isInteger(top) || top < 0)
    throw new AnalyticsArgumentError('recommendations', 'top', 'must be a whole number ≥ 0');
  const x = network.indexOf.get(actorId);
  if (x === undefined) return [];
  const { actors, offsets, neighbours } = network;

  const tied = new Set<number>([x]);
  for (let at = offsets[x]!; at < offsets[x + 1]!; at++) tied.add(neighbours[at]!);
  const candidates = new Map<number, { score: number; common: number[] }>();
  // Partners z in ascending order, so every candidate's common partners come out by id.
  for (let at = offsets[x]!; at < offsets[x + 1]!; at++) {
    const z = neighbours[at]!;
    const weight = 1 / Math.log(degreeOf(network, z));
    for (let zt = offsets[z]!; zt < offsets[z + 1]!; zt++) {
      const y = neighbours[zt]!;
      if (tied.has(y) || (crossSectorOnly && actors[y]!.sector === actors[x]!.sector)) continue;
      const candidate = candidates.get(y) ?? { score: 0, common: [] };
      candidate.score += weight;
      candidate.common.push(z);
      candidates.set(y, candidate);
    }
  }
  return [...candidates]
    .sort(([y1, c1], [y2, c2]) => {
      const difference = c2.score - c1.score;
      return Math.abs(difference) > SCORE_TOLERANCE * Math.max(c1.score, c2.score) ? difference : y1 - y2;
    })
    .slice(0, top)
    .map(([y, { score, common }]) => ({
      actor: actors[y]!,
      score,
      commonPartners: common.map((z) => actors[z]!),
    }));
}
