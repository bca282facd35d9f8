import type { Actor, Partnership } from '../../domain';
import { ranking } from '../centrality';
import { governmentNodes, voiceGap } from '../network-gaps';
import { degreeOf, type ActorNetwork } from '../projection';
import { hopDistances } from '../reach';
import { components } from '../structure/components';

/** How many brokers a scenario state lists. */
export const TOP_BROKERS = 10;

/** The shape of one network, as a scenario compares it before and after. */
export interface ScenarioState {
  actorCount: number;
  tieCount: number;
  /** Connected components, each isolate one (networkx `number_connected_components`). */
  componentCount: number;
  largestComponentSize: number;
  /** largestComponentSize / actorCount; 0 for an empty network. */
  largestComponentShare: number;
  isolatedCount: number;
  /** CHILDREN_AND_YOUTH nodes with a voice gap (networkGaps's `voiceGap`, at `voiceHops`). */
  voiceGapCount: number;
  /** The TOP_BROKERS highest betweenness nodes, as `centrality(metric: BETWEENNESS)` ranks them. */
  topBrokers: { node: number; value: number; rank: number }[];
}

/**
 * The scenario state of `network`, given its BETWEENNESS values (computed by the caller, so the ordinary
 * `centrality` field and a scenario share one computation). O(n log n + ties).
 */
export function scenarioState(
  network: ActorNetwork,
  betweenness: Float64Array,
  voiceHops: number,
): ScenarioState {
  const parts = components(network);
  const n = network.actors.length;
  const largest = parts[0]?.length ?? 0;
  let isolated = 0;
  for (let i = 0; i < n; i++) if (degreeOf(network, i) === 0) isolated++;
  return {
    actorCount: n,
    tieCount: network.ties.length,
    componentCount: parts.length,
    largestComponentSize: largest,
    largestComponentShare: n === 0 ? 0 : largest / n,
    isolatedCount: isolated,
    voiceGapCount: voiceGap(network, voiceHops).length,
    topBrokers: ranking(betweenness, 'BETWEENNESS')
      .slice(0, TOP_BROKERS)
      .map((node, position) => ({ node, value: betweenness[node]!, rank: position + 1 })),
  };
}

/** People a target group loses with the partnerships that leave (sums of the known counts only). */
export interface LostReach {
  targetGroupId: string;
  /** Undefined when none of those partnerships gave a count. */
  targeted?: number;
  reached?: number;
  partnerships: number;
}

/** What is lost between the network before a scenario and the one after it. */
export interface ScenarioLosses {
  /**
   * Nodes of both networks isolated after but not before, or that reached a GOVERNMENT node before (a
   * GOVERNMENT node reaches itself) and reach none after; by id.
   */
  cutOffActors: Actor[];
  /** Partnerships of the network before that are not in the one after because no participant is left; by id. */
  endedPartnerships: Partnership[];
  /** The partnerships the scenario removed by id that were in the network before; by id. */
  removedPartnerships: Partnership[];
  /** Target groups of the ended and removed partnerships, by group id. */
  lostReach: LostReach[];
}

/**
 * Compares the network before a scenario with the one after (the same filter with the scenario's actors
 * and partnerships excluded). `removedPartnershipIds`: the partnerships the scenario removed by id.
 * O(n + ties + partnerships).
 */
export function scenarioLosses(
  before: ActorNetwork,
  after: ActorNetwork,
  removedPartnershipIds: ReadonlySet<string>,
): ScenarioLosses {
  const reachedBefore = hopDistances(before, governmentNodes(before), Infinity);
  const reachedAfter = hopDistances(after, governmentNodes(after), Infinity);
  const cutOffActors = after.actors.filter((actor, j) => {
    const i = before.indexOf.get(actor.id)!;
    const isolatedNow = degreeOf(after, j) === 0 && degreeOf(before, i) > 0;
    return isolatedNow || (reachedBefore[i] !== -1 && reachedAfter[j] === -1);
  });
  const remaining = new Set(after.partnerships.map(({ partnership }) => partnership.id));
  const gone = before.partnerships
    .map(({ partnership }) => partnership)
    .filter((p) => !remaining.has(p.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    cutOffActors,
    endedPartnerships: gone.filter((p) => !removedPartnershipIds.has(p.id)),
    removedPartnerships: gone.filter((p) => removedPartnershipIds.has(p.id)),
    lostReach: reachOf(gone),
  };
}

function reachOf(partnerships: readonly Partnership[]): LostReach[] {
  const byGroup = new Map<string, LostReach>();
  for (const p of partnerships)
    for (const { targetGroupId, targeted, reached } of p.targetGroups) {
      const lost = byGroup.get(targetGroupId) ?? { targetGroupId, partnerships: 0 };
      lost.partnerships++;
      if (targeted !== undefined) lost.targeted = (lost.targeted ?? 0) + targeted;
      if (reached !== undefined) lost.reached = (lost.reached ?? 0) + reached;
      byGroup.set(targetGroupId, lost);
    }
  return [...byGroup.values()].sort((a, b) => (a.targetGroupId < b.targetGroupId ? -1 : 1));
}
