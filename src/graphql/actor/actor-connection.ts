import type { Actor } from '../../domain';
import { actorListing, actorSortKey, compareKeys } from '../../store/listing';
import { DEFAULT_ACTOR_ORDER, type ActorOrder } from '../../store/network-store';
import { sortedConnection, type PageArgs } from '../common/connection';

/** An actor connection over actors a nested field has loaded, in the root listing's order and cursors. */
export function actorConnectionOf(actors: readonly Actor[], order: ActorOrder | undefined, page: PageArgs) {
  const by = order ?? DEFAULT_ACTOR_ORDER;
  return sortedConnection(
    actors,
    (a) => actorSortKey(a, by),
    actorListing(by),
    by.direction === 'DESC',
    page,
  );
}

/** Actors by name (accents and case ignored), then id: the order of plain actor lists. */
export function compareActorNames(a: Actor, b: Actor): number {
  return compareKeys(actorSortKey(a, DEFAULT_ACTOR_ORDER), actorSortKey(b, DEFAULT_ACTOR_ORDER));
}
