import { SECTORS, type Sector } from '../../domain';
import type { ActorNetwork } from '../projection';
import { sectorMixing, type SectorMixing } from '../network-gaps';

/** A node of the sector view: one sector and how many actors of the network it has. */
export interface SectorNode {
  sector: Sector;
  actors: number;
}

/** The actor network aggregated by sector, for a dashboard's overview. */
export interface SectorNetwork {
  /** The sectors having actors, in Sector enum order. */
  nodes: SectorNode[];
  /**
   * The pairs of sectors with at least one tie (the mixing matrix of networkGaps without its zeros), in
   * Sector enum order; a = b is a loop: ties inside one sector.
   */
  edges: SectorMixing[];
}

/** One node per sector present in `network`, one edge per pair of sectors with ties. O(n + ties + Σ k). */
export function sectorNetwork(network: ActorNetwork): SectorNetwork {
  const counts = new Map<Sector, number>();
  for (const { sector } of network.actors) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  return {
    nodes: SECTORS.flatMap((sector) => {
      const actors = counts.get(sector);
      return actors === undefined ? [] : [{ sector, actors }];
    }),
    edges: sectorMixing(network).filter((pair) => pair.ties > 0),
  };
}
