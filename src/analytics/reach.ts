import {
  SECTORS,
  foldText,
  type Actor,
  type Area,
  type Sector,
  type TargetReach,
  type Theme,
} from '../domain';
import { AnalyticsArgumentError } from './errors';
import type { ActorNetwork } from './projection';

/** An actor within reach, and how many ties away. */
export interface ReachedActor {
  actor: Actor;
  hops: number;
}

export interface SectorCount {
  sector: Sector;
  count: number;
}

/** What an actor reaches within `hops` ties (docs/design.md §4 reach). */
export interface Reach {
  /** The reached actors, the origin excluded: by hops, then id. */
  actors: ReachedActor[];
  /** Reached actors per sector, most first, then in Sector enum order; sectors with none left out. */
  bySector: SectorCount[];
  /** Areas, themes and target groups of the counted partnerships, each once, by name then id. */
  areas: Area[];
  themes: Theme[];
  /** Σ targeted and Σ reached per group over the counted partnerships; undefined where none gives a number. */
  targetGroups: TargetReach[];
  /** The partnerships counted: those of the snapshot in which the origin or a reached actor takes part. */
  partnerships: number;
}

/**
 * Hop distances from `sources` (all at distance 0) over the actor network's ties, up to `maxHops`
 * (Infinity: no limit). A breadth-first search: O(n + ties reached). Unreached nodes are −1.
 */
export function hopDistances(network: ActorNetwork, sources: Iterable<number>, maxHops: number): Int32Array {
  const { offsets, neighbours } = network;
  const distance = new Int32Array(network.actors.length).fill(-1);
  let ring: number[] = [];
  for (const source of sources) {
    if (distance[source] === 0) continue;
    distance[source] = 0;
    ring.push(source);
  }
  for (let hops = 1; hops <= maxHops && ring.length > 0; hops++) {
    const next: number[] = [];
    for (const node of ring)
      for (let at = offsets[node]!; at < offsets[node + 1]!; at++) {
        const other = neighbours[at]!;
        if (distance[other] !== -1) continue;
        distance[other] = hops;
        next.push(other);
      }
    ring = next;
  }
  return distance;
}

/**
 * The reach of `actorId` within `hops` ties: the actors reached and what the partnerships of the origin and
 * of the reached actors cover, each partnership counted once however many of them take part. An actor that
 * is not a node of the network (unknown or filtered out) reaches nobody: an empty reach. `hops` is a whole
 * number ≥ 0 (the API caps it further, at the store's MAX_HOPS).
 */
export function reach(network: ActorNetwork, actorId: string, hops: number): Reach {
  if (!Number.isInteger(hops) || hops < 0)
    throw new AnalyticsArgumentError('reach', 'hops', 'must be a whole number ≥ 0');
  const origin = network.indexOf.get(actorId);
  if (origin === undefined)
    return { actors: [], bySector: [], areas: [], themes: [], targetGroups: [], partnerships: 0 };

  const distance = hopDistances(network, [origin], hops);
  const actors: ReachedActor[] = [];
  const counts = new Map<Sector, number>();
  // Nodes are in id order, so a stable sort by hops leaves each ring in id order.
  distance.forEach((d, i) => {
    if (d <= 0) return;
    const actor = network.actors[i]!;
    actors.push({ actor, hops: d });
    counts.set(actor.sector, (counts.get(actor.sector) ?? 0) + 1);
  });
  actors.sort((a, b) => a.hops - b.hops);

  const counted = network.partnerships.filter(({ members }) => members.some((m) => distance[m]! >= 0));
  const areaIds = new Set<string>();
  const themeIds = new Set<string>();
  const sums = new Map<string, { targeted?: number; reached?: number }>();
  for (const { partnership } of counted) {
    for (const id of partnership.areaIds) areaIds.add(id);
    for (const id of partnership.themeIds) themeIds.add(id);
    for (const group of partnership.targetGroups) {
      const sum = sums.get(group.targetGroupId) ?? {};
      if (group.targeted !== undefined) sum.targeted = (sum.targeted ?? 0) + group.targeted;
      if (group.reached !== undefined) sum.reached = (sum.reached ?? 0) + group.reached;
      sums.set(group.targetGroupId, sum);
    }
  }
  const { records } = network;
  return {
    actors,
    bySector: [...counts]
      .map(([sector, count]) => ({ sector, count }))
      .sort((a, b) => b.count - a.count || SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector)),
    areas: byName(records.areas.filter((a) => areaIds.has(a.id))),
    themes: byName(records.themes.filter((t) => themeIds.has(t.id))),
    targetGroups: byName(records.targetGroups.filter((g) => sums.has(g.id))).map((g) => ({
      targetGroupId: g.id,
      ...sums.get(g.id),
    })),
    partnerships: counted.length,
  };
}

/** Records by folded name (case and accents ignored), then id: the order of the API's listings. */
export function byName<T extends { id: string; name: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => compareText(foldText(a.name), foldText(b.name)) || compareText(a.id, b.id),
  );
}

/** Plain code-unit order: the same on every machine and locale, as ids and names must sort in tests. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
