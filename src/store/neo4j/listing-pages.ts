import type { Actor, Partnership } from '../../domain';
import { actorListing, checkPageRequest, partnershipListing } from '../listing/paging';
import type {
  ActorFilter,
  ActorOrder,
  Page,
  PageRequest,
  PartnershipFilter,
  PartnershipOrder,
  StoreSizes,
} from '../network-store';
import {
  ACTOR_PAGES,
  PARTNERSHIP_PAGES,
  actorFilterParams,
  afterParam,
  partnershipFilterParams,
} from './listing-queries';
import { pageOf, participants, type CountStatements, type Query } from './reads';
import { toNumber } from './records';

/**
 * The Neo4j store's listings. Each reader is made before its transaction opens, so that a bad page size
 * or cursor is refused without a round trip, and is then run in the store's read transaction.
 */

const ACTOR_COUNTS: CountStatements = { filtered: 'actors-count', all: 'actors-count-all' };
const PARTNERSHIP_COUNTS: CountStatements = { filtered: 'partnerships-count', all: 'partnerships-count-all' };

/** What reads one page of the actors `filter` selects, in `order` (NetworkStore.listActors). */
export function actorPageReader(
  filter: ActorFilter,
  order: ActorOrder,
  page: PageRequest,
): (query: Query) => Promise<Page<Actor>> {
  checkPageRequest(page);
  const listing = actorListing(order);
  const after = afterParam(listing, order.field, page.after);
  return async (query) => {
    const participantIds = filter.partnerships ? await participants(query, filter.partnerships) : null;
    const params = actorFilterParams(filter, participantIds);
    return pageOf(query, 'actors', ACTOR_COUNTS, ACTOR_PAGES[`${order.field} ${order.direction}`], {
      params,
      after,
      listing,
      first: page.first,
    });
  };
}

/** What reads one page of the partnerships `filter` selects, in `order` (NetworkStore.listPartnerships). */
export function partnershipPageReader(
  filter: PartnershipFilter,
  order: PartnershipOrder,
  page: PageRequest,
): (query: Query) => Promise<Page<Partnership>> {
  checkPageRequest(page);
  const listing = partnershipListing(order);
  const after = afterParam(listing, order.field, page.after);
  const params = partnershipFilterParams(filter);
  return (query) =>
    pageOf(
      query,
      'partnerships',
      PARTNERSHIP_COUNTS,
      PARTNERSHIP_PAGES[`${order.field} ${order.direction}`],
      {
        params,
        after,
        listing,
        first: page.first,
      },
    );
}

/** How many actors and partnerships there are, counted by the statements the unfiltered listings count with. */
export async function storeSizes(query: Query): Promise<StoreSizes> {
  const [[actors], [partnerships]] = await Promise.all([
    query(ACTOR_COUNTS.all, {}),
    query(PARTNERSHIP_COUNTS.all, {}),
  ]);
  return { actors: toNumber(actors?.total), partnerships: toNumber(partnerships?.total) };
}
