import type { Actor, Evidence, PartnershipKind } from '../../domain';
import type { CentralityMetric } from '../centrality';

// What a dashboard draws and an export writes: the shape shared by the `network` field and every export
// format. Built by app/analytics/actor-view.ts from the analytics cache.

/** One actor of a view, with what a drawing or an export shows of it. */
export interface ActorViewNode {
  actor: Actor;
  /** The requested metrics, computed over the whole network of the filter; null where a metric has none. */
  metrics: Partial<Record<CentralityMetric, number | null>>;
  /** Louvain community (seed 0) in the whole network of the filter; 0 is the largest. */
  community: number;
  /** Where to draw it, when a layout was asked for. */
  position?: { x: number; y: number };
}

/** A tie of a view, between actor ids (`source` < `target`). */
export interface ActorViewEdge {
  source: string;
  target: string;
  weight: number;
  partnerships: number;
  kinds: PartnershipKind[];
  /** How well the tie is known (SubgraphTie.evidence). */
  evidence: Evidence;
}

/** The actor network of a filter, or an ego network in it, with metric values and communities. */
export interface ActorView {
  /** The store revision the view was computed at. */
  revision: number;
  /** Nodes in id order. */
  nodes: ActorViewNode[];
  /** Edges by source, then target. */
  edges: ActorViewEdge[];
}
