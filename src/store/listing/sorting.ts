import { AREA_LEVELS, assertNever, type Actor, type Area, type Partnership } from '../../domain';
import type { ActorOrder, PartnershipOrder } from '../network-store';
import { folded } from './folded';

/**
 * The orders of listings, shared by every adapter: the embedded store sorts by these keys, the Neo4j
 * store's Cypher must sort the same way, and the contract suite checks that it does.
 */

export type SortKey = string[];

/** Actors sort by folded name (accents and case ignored), then id, so equal names still have a total order. */
export function actorSortKey(actor: Actor, order: ActorOrder): SortKey {
  return order.field === 'NAME' ? [folded(actor.name), actor.id] : [actor.id];
}

/** Partnerships sort by folded title, by start date (undated first) then title, or by id; always id last. */
export function partnershipSortKey(p: Partnership, order: PartnershipOrder): SortKey {
  switch (order.field) {
    case 'TITLE':
      return [folded(p.title), p.id];
    case 'START_DATE':
      return [p.startDate ?? '', folded(p.title), p.id];
    case 'ID':
      return [p.id];
    default:
      return assertNever(order.field, 'partnership order field');
  }
}

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Named records (areas, themes, target groups) sort by folded name, then id. */
export function compareByName(a: { id: string; name: string }, b: { id: string; name: string }): number {
  return compareKeys([folded(a.name), a.id], [folded(b.name), b.id]);
}

/** Areas: country first, then regions, then municipalities; by folded name within a level. */
export function compareAreas(a: Area, b: Area): number {
  return AREA_LEVELS.indexOf(a.level) - AREA_LEVELS.indexOf(b.level) || compareByName(a, b);
}
