import { NotFoundError, withDescendants, withEvidence, type NetworkFilter } from '../../domain';
import { actorMatches, networkSelection, partnershipMatches } from '../listing/filters';
import type { ActorPartners, NetworkSnapshot, ReachedActor } from '../network-store';
import { breadthFirst, checkHops } from '../neighbourhood';
import { narrowedSnapshot } from '../snapshot-filter';
import type { NetworkState } from './network-state';

/**
 * The embedded store's reads of the network around records, straight from the in-memory state: partners,
 * neighbourhoods and snapshots. Nothing here is cached: each is a walk of the records it needs.
 */

/** `areaIds` with every area inside them, which is what a filter on areas selects. */
export function areaScope(state: NetworkState, areaIds: readonly string[]): Set<string> {
  return withDescendants(areaIds, (id) => state.referrersOf('areas', id, 'areas'));
}

/** The partnerships of each actor and the actors taking part in them, in id order. */
export function partnersOf(state: NetworkState, actorIds: readonly string[]): ActorPartners[] {
  return actorIds.map((id) => {
    const partnerships = state
      .referrersOf('actors', id, 'partnerships')
      .sort()
      .map((pid) => state.get('partnerships', pid)!);
    const actorIds = new Set(partnerships.flatMap((p) => p.participants.map((x) => x.actorId)));
    const actors = [...actorIds].sort().map((aid) => state.get('actors', aid)!);
    return { partnerships, actors };
  });
}

/** The actors within `hops` ties of `actorId` through the partnerships `filter` keeps (NetworkStore.neighbourhood). */
export async function neighbourhood(
  state: NetworkState,
  actorId: string,
  hops: number,
  filter: NetworkFilter,
): Promise<ReachedActor[]> {
  checkHops(hops);
  const origin = state.get('actors', actorId);
  if (!origin) throw new NotFoundError('actor', actorId);
  const select = networkSelection(filter);
  if (!actorMatches(origin, select.actors)) return [];
  const scope = filter.areaIds ? areaScope(state, filter.areaIds) : undefined;
  return breadthFirst(actorId, hops, (ring) => {
    const tied = new Set<string>();
    for (const id of ring)
      for (const pid of state.referrersOf('actors', id, 'partnerships')) {
        const p = state.get('partnerships', pid)!;
        if (!partnershipMatches(p, select.partnerships, scope)) continue;
        for (const { actorId: other } of withEvidence(p, filter.evidence)!.participants)
          if (actorMatches(state.get('actors', other)!, select.actors)) tied.add(other);
      }
    return tied;
  });
}

/** The network `filter` selects (NetworkStore.snapshot): a scan of every record. */
export function selectedSnapshot(state: NetworkState, filter: NetworkFilter): NetworkSnapshot {
  const select = networkSelection(filter);
  const scope = filter.areaIds ? areaScope(state, filter.areaIds) : undefined;
  const full = state.toSnapshot();
  const selected = {
    ...full,
    actors: full.actors.filter((a) => actorMatches(a, select.actors)),
    // Seen through the evidence filter: participations and area links it leaves out tie and cover nothing.
    partnerships: full.partnerships.flatMap((p) =>
      partnershipMatches(p, select.partnerships, scope) ? [withEvidence(p, filter.evidence)!] : [],
    ),
  };
  return narrowedSnapshot(selected, filter);
}
