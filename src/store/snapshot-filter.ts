import { isActiveDuring, type NetworkFilter } from '../domain';
import type { NetworkSnapshot } from './network-store';

/**
 * The parts of a NetworkFilter that no listing statement selects by, applied to a snapshot the store has
 * already selected with `networkSelection(filter)`, the same way by every adapter:
 * - `period`: partnerships active on some day of it;
 * - `excludeActorIds`: those actors leave the nodes and every partnership's participants (so they fund
 *   nobody either), and a partnership left without participants leaves too;
 * - `excludePartnershipIds`: those partnerships leave.
 * The network of the result is the network "without them" that the scenario fields ask about.
 */
export function narrowedSnapshot(snapshot: NetworkSnapshot, filter: NetworkFilter): NetworkSnapshot {
  const { period, excludeActorIds, excludePartnershipIds } = filter;
  if (!period && !excludeActorIds?.length && !excludePartnershipIds?.length) return snapshot;
  const goneActors = new Set(excludeActorIds);
  const gonePartnerships = new Set(excludePartnershipIds);
  const partnerships = snapshot.partnerships.flatMap((p) => {
    if (gonePartnerships.has(p.id) || (period && !isActiveDuring(p, period))) return [];
    if (!p.participants.some((x) => goneActors.has(x.actorId))) return [p];
    const participants = p.participants.filter((x) => !goneActors.has(x.actorId));
    return participants.length === 0 ? [] : [{ ...p, participants }];
  });
  return {
    ...snapshot,
    actors: goneActors.size ? snapshot.actors.filter((a) => !goneActors.has(a.id)) : snapshot.actors,
    partnerships,
  };
}
