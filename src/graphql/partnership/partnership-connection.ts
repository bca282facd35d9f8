import { withEvidence, type Partnership } from '../../domain';
import { partnershipMatches } from '../../store/listing/filters';
import { partnershipListing } from '../../store/listing/paging';
import { compareKeys, partnershipSortKey } from '../../store/listing/sorting';
import {
  DEFAULT_PARTNERSHIP_ORDER,
  type PartnershipFilter,
  type PartnershipOrder,
} from '../../store/network-store';
import { sortedConnection, type PageArgs } from '../common/connection';
import { definedFields } from '../common/filter-args';
import { loadExisting, type Loaders } from '../../app/loaders';
import { nestedEvidence } from '../provenance/provenance.type';
import type { PartnershipPageArgs } from './partnership.filter';

/**
 * A partnership connection over records a nested field has loaded (an actor's, an area's, a theme's):
 * filtered by the store's own matcher, seen through its evidence filter as the root listing shows them, and
 * paged with the root listing's order and cursors, so a client pages `actor.partnerships` exactly as it pages
 * `partnerships`. `filter.areaIds` is not expanded here: callers pass records already within their areas
 * (area/area-scope.ts).
 */
export function connectionOf(
  records: readonly Partnership[],
  filter: PartnershipFilter,
  order: PartnershipOrder | undefined,
  page: PageArgs,
) {
  const by = order ?? DEFAULT_PARTNERSHIP_ORDER;
  return sortedConnection(
    records.flatMap((p) => (partnershipMatches(p, filter) ? [withEvidence(p, filter.evidence)!] : [])),
    (p) => partnershipSortKey(p, by),
    partnershipListing(by),
    by.direction === 'DESC',
    page,
  );
}

/** Partnerships by title (then id): the order of the plain partnership lists (e.g. Partner.partnerships). */
export function byTitle(records: readonly Partnership[]): Partnership[] {
  const key = (p: Partnership) => partnershipSortKey(p, DEFAULT_PARTNERSHIP_ORDER);
  return [...records].sort((a, b) => compareKeys(key(a), key(b)));
}

/** The partnerships referring to one record: an actor's, a theme's or a target group's (in id order). */
export async function partnershipsOf(
  loaders: Loaders,
  target: 'actors' | 'themes' | 'targetGroups',
  id: string,
): Promise<Partnership[]> {
  // An actor's come with its partners in the same read: Actor.partners and nested participants then cost none.
  if (target === 'actors') return (await loaders.partners.load(id)).partnerships;
  return loadExisting(loaders.partnerships, await loaders.referrers(target, 'partnerships').load(id));
}

/** The nested connection of a theme's, a target group's or an area's partnerships. */
export function pagedPartnerships(records: readonly Partnership[], args: PartnershipPageArgs) {
  const filter = definedFields({ asOf: args.asOf, evidence: nestedEvidence(args.evidence) });
  return connectionOf(records, filter, args.orderBy, args);
}
