import { ValidationError } from '../../domain';
import type { ActorOrder, Edge, Page, PageRequest, PartnershipOrder } from '../network-store';
import { compareKeys, type SortKey } from './sorting';

/**
 * Pages and cursors, shared by every adapter: a cursor is the sort key of the last row seen, so a page
 * is the rows strictly after it in the listing's order.
 */

export const MAX_PAGE_SIZE = 500;

/** Rejects page sizes outside 0..MAX_PAGE_SIZE, naming the argument. */
export function checkPageRequest(page: PageRequest): void {
  if (!Number.isInteger(page.first) || page.first < 0 || page.first > MAX_PAGE_SIZE)
    throw new ValidationError([
      { path: 'first', message: `must be a whole number from 0 to ${MAX_PAGE_SIZE}` },
    ]);
}

/** A cursor is the sort key of the last row seen, tagged with its listing so it cannot be used on another. */
export function encodeCursor(listing: string, key: SortKey): string {
  return Buffer.from(JSON.stringify([listing, ...key]), 'utf8').toString('base64url');
}

/** The sort key in a cursor; a cursor that is malformed or from another listing/order is a BAD_USER_INPUT on `after`. */
export function decodeCursor(listing: string, cursor: string): SortKey {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  if (!Array.isArray(parts) || parts[0] !== listing || !parts.every((p) => typeof p === 'string'))
    throw new ValidationError([{ path: 'after', message: 'is not a cursor of this listing and order' }]);
  return parts.slice(1) as SortKey;
}

export function actorListing(order: ActorOrder): string {
  return `actors:${order.field}:${order.direction}`;
}
export function partnershipListing(order: PartnershipOrder): string {
  return `partnerships:${order.field}:${order.direction}`;
}

/**
 * One page out of rows already filtered and sorted ascending by `keyOf` (the caller has checked `page`): rows strictly after the cursor
 * (in the listing's direction), `first` of them, with the total count of the filtered rows.
 */
export function pageOf<T>(
  sortedAsc: readonly T[],
  keyOf: (row: T) => SortKey,
  listing: string,
  descending: boolean,
  page: PageRequest,
): Page<T> {
  // The listing read in its direction, without copying it (a descending page of 10,000 rows copied them all).
  const count = sortedAsc.length;
  const row = descending ? (i: number) => sortedAsc[count - 1 - i]! : (i: number) => sortedAsc[i]!;
  let start = 0;
  if (page.after !== undefined) {
    const after = decodeCursor(listing, page.after);
    const sign = descending ? -1 : 1;
    // Binary search for the first row past the cursor: the cursor's row may have been deleted meanwhile.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sign * compareKeys(keyOf(row(mid)), after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const end = Math.min(count, start + page.first);
  const cursorOf = (node: T) => encodeCursor(listing, keyOf(node));
  const edges: Edge<T>[] = [];
  for (let i = start; i < end; i++) edges.push(new LazyEdge(row(i), cursorOf));
  return {
    edges,
    totalCount: count,
    hasNextPage: end < count,
    endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
  };
}

/** An edge whose cursor is encoded when first read: most pages are asked for their nodes alone. */
class LazyEdge<T> implements Edge<T> {
  private encoded: string | undefined;

  constructor(
    readonly node: T,
    private readonly cursorOf: (node: T) => string,
  ) {}

  get cursor(): string {
    return (this.encoded ??= this.cursorOf(this.node));
  }
}
