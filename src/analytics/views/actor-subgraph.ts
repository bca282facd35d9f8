import { EVIDENCE, PARTNERSHIP_KINDS, type Evidence, type PartnershipKind } from '../../domain';
import { AnalyticsArgumentError } from '../errors';
import { tieAt, type ActorNetwork } from '../projection';
import { hopDistances } from '../reach';

/** The actors within `hops` ties of `actorId`, the actor included: an ego network. */
export interface EgoOptions {
  actorId: string;
  hops: number;
}

export interface SubgraphOptions {
  /** Keep only this ego network; without it, the whole actor network. */
  ego?: EgoOptions;
}

/** A tie between two nodes of a subgraph (indices into `network.actors`, `source < target`). */
export interface SubgraphTie {
  source: number;
  target: number;
  /** Newman's collaboration weight, as in the actor network. */
  weight: number;
  /** Partnerships the two actors share. */
  partnerships: number;
  /** The kinds of those partnerships, in PartnershipKind order. */
  kinds: PartnershipKind[];
  /**
   * How well the tie is known: through each shared partnership, the weaker of the two actors' parts in it
   * (a part is its participation's evidence, which defaults to the partnership's); the best of those.
   */
  evidence: Evidence;
}

/**
 * Part of an actor network, ready to draw or export: its nodes (ascending indices into `network.actors`,
 * so in id order) and the ties among them (by source, then target). Node indices stay those of the whole
 * network, so metric values computed over it are read at `values[node]`.
 */
export interface ActorSubgraph {
  network: ActorNetwork;
  nodes: Int32Array;
  ties: SubgraphTie[];
}

/**
 * The whole actor network, or the ego network of `options.ego`: the actors within `hops` ties of the ego
 * and every tie among them (a tie between two actors at the outer ring is kept, as in networkx's
 * `ego_graph`). An ego that is not a node of the network (filtered out by sector) has an empty ego network,
 * as it has an empty reach. O(nodes + ties + Σ k² over the partnerships of the kept ties).
 */
export function actorSubgraph(network: ActorNetwork, options: SubgraphOptions = {}): ActorSubgraph {
  const kept = keptNodes(network, options.ego);
  const isKept = new Uint8Array(network.actors.length);
  for (const node of kept) isKept[node] = 1;
  const { kinds, evidence } = tieKinds(network, isKept);
  const ties: SubgraphTie[] = [];
  for (let t = 0; t < network.ties.length; t++) {
    if (!isKept[network.ties.source[t]!] || !isKept[network.ties.target[t]!]) continue;
    const tie = tieAt(network.ties, t);
    const key = tie.source * network.actors.length + tie.target;
    ties.push({
      ...tie,
      kinds: PARTNERSHIP_KINDS.filter((kind) => kinds.get(key)?.has(kind)),
      evidence: EVIDENCE[evidence.get(key) ?? 0]!,
    });
  }
  return { network, nodes: kept, ties };
}

function keptNodes(network: ActorNetwork, ego: EgoOptions | undefined): Int32Array {
  const n = network.actors.length;
  if (!ego) return Int32Array.from({ length: n }, (_, i) => i);
  if (!Number.isInteger(ego.hops) || ego.hops < 0)
    throw new AnalyticsArgumentError('actor subgraph', 'ego.hops', 'must be a whole number ≥ 0');
  const origin = network.indexOf.get(ego.actorId);
  if (origin === undefined) return new Int32Array(0);
  const distance = hopDistances(network, [origin], ego.hops);
  const nodes: number[] = [];
  for (let i = 0; i < n; i++) if (distance[i]! >= 0) nodes.push(i);
  return Int32Array.from(nodes);
}

/**
 * The partnership kinds of each tie among kept nodes, and its evidence as an index into EVIDENCE (lower is
 * better), keyed `source * n + target`.
 */
function tieKinds(network: ActorNetwork, isKept: Uint8Array) {
  const n = network.actors.length;
  const kinds = new Map<number, Set<PartnershipKind>>();
  const evidence = new Map<number, number>();
  for (const { partnership, members } of network.partnerships) {
    const inside = members.filter((member) => isKept[member]);
    const part = memberEvidence(network, partnership, inside);
    for (let x = 0; x < inside.length; x++)
      for (let y = x + 1; y < inside.length; y++) {
        const key = inside[x]! * n + inside[y]!;
        let set = kinds.get(key);
        if (!set) kinds.set(key, (set = new Set()));
        set.add(partnership.kind);
        const through = Math.max(part[x]!, part[y]!);
        evidence.set(key, Math.min(evidence.get(key) ?? through, through));
      }
  }
  return { kinds, evidence };
}

/** Each member's best evidence of taking part in the partnership (an actor may take part in several roles). */
function memberEvidence(
  network: ActorNetwork,
  partnership: ActorNetwork['partnerships'][number]['partnership'],
  members: readonly number[],
): number[] {
  const own = EVIDENCE.indexOf(partnership.provenance?.evidence ?? 'DOCUMENTED');
  return members.map((member) => {
    const id = network.actors[member]!.id;
    let best = EVIDENCE.length - 1;
    for (const x of partnership.participants)
      if (x.actorId === id)
        best = Math.min(best, Math.max(own, EVIDENCE.indexOf(x.provenance?.evidence ?? EVIDENCE[own]!)));
    return best;
  });
}
