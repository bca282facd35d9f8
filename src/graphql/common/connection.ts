import type DataLoader from 'dataloader';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { ValidationError, type Issue } from '../../domain';
import { MAX_PAGE_SIZE, decodeCursor, encodeCursor, pageOf } from '../../store/listing/paging';
import { compareKeys, type SortKey } from '../../store/listing/sorting';
import type { Edge, Page, PageRequest } from '../../store/network-store';

@ObjectType({
  description:
    "Where a page stands in its listing (Relay). A forward page (first/after) tells whether more follow; a backward page (last/before) whether more precede. The other flag is true when the page was asked from a cursor, since the cursor's row lies that way.",
})
export class PageInfo {
  @Field({ description: 'More rows follow this page (read them with `first` and `after: endCursor`).' })
  hasNextPage!: boolean;

  @Field({ description: 'More rows precede this page (read them with `last` and `before: startCursor`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The first row's cursor; null for an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The last row's cursor; null for an empty page." })
  endCursor!: string | null;
}

/**
 * The Relay paging arguments of every connection field: `first`/`after` reads forward, `last`/`before`
 * backward; a page holds 50 rows unless asked otherwise, 500 at most.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size reading forward, 0 to 500 (default 50).' })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Read forward from here: the endCursor of the previous page.',
  })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Page size reading backward, 0 to 500: the rows just before `before`, or the last rows.',
  })
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Read backward from here: the startCursor of the next page.',
  })
  before?: string;
}

export const DEFAULT_PAGE_SIZE = 50;

/** Which way a page is read, how many rows, and from which cursor. */
interface PageWindow {
  backward: boolean;
  size: number;
  cursor?: string;
}

/**
 * The window the arguments ask for. Forward and backward arguments do not mix (Relay advises against it and
 * no client needs it): each wrong combination is a BAD_USER_INPUT naming the argument.
 */
export function pageWindow(args: PageArgs): PageWindow {
  const given = (value: unknown) => value !== undefined && value !== null;
  const issues: Issue[] = [];
  if (given(args.first) && given(args.last))
    issues.push({ path: 'last', message: 'give first or last, not both' });
  if (given(args.after) && (given(args.last) || given(args.before)))
    issues.push({ path: 'after', message: 'goes with first: page backward with last and before' });
  else if (given(args.before) && given(args.first))
    issues.push({ path: 'before', message: 'goes with last: page forward with first and after' });
  if (issues.length > 0) throw new ValidationError(issues);
  const backward = given(args.last) || given(args.before);
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
    throw new ValidationError([
      { path: backward ? 'last' : 'first', message: `must be a whole number from 0 to ${MAX_PAGE_SIZE}` },
    ]);
  const cursor = (backward ? args.before : args.after) ?? undefined;
  return { backward, size, ...(cursor === undefined ? {} : { cursor }) };
}

/**
 * Reads one page of a listing through `read`, which pages a listing forward (the store's contract) in its
 * own order or, with `reversed`, in the opposite order under the listing name `reversedListing`. A
 * backward page is a forward page of the reversed order, turned round, its cursors re-tagged: so every
 * listing pages both ways without a second implementation in each store.
 */
export async function readConnection<T>(
  args: PageArgs,
  listing: string,
  reversedListing: string,
  read: (reversed: boolean, page: PageRequest) => Page<T> | Promise<Page<T>>,
): Promise<ConnectionShape<T>> {
  const window = pageWindow(args);
  if (!window.backward) {
    const page = await read(false, {
      first: window.size,
      ...(window.cursor ? { after: window.cursor } : {}),
    });
    return toConnection(page, window.cursor !== undefined);
  }
  const after =
    window.cursor === undefined ? undefined : retag(window.cursor, listing, reversedListing, 'before');
  const page = await read(true, { first: window.size, ...(after ? { after } : {}) });
  const edges = page.edges
    .map((edge) => ({ node: edge.node, cursor: retag(edge.cursor, reversedListing, listing, 'before') }))
    .reverse();
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: window.cursor !== undefined,
      hasPreviousPage: page.hasNextPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A store listing in `order`, paged both ways: a backward page reads the same listing in the opposite
 * direction (its own cursors, named by `listingOf`), so the store only ever pages forward.
 */
export function readOrderedListing<T, O extends { direction: 'ASC' | 'DESC' }>(
  args: PageArgs,
  order: O,
  listingOf: (order: O) => string,
  read: (order: O, page: PageRequest) => Page<T> | Promise<Page<T>>,
): Promise<ConnectionShape<T>> {
  const reversedOrder: O = { ...order, direction: order.direction === 'ASC' ? 'DESC' : 'ASC' };
  return readConnection(args, listingOf(order), listingOf(reversedOrder), (reversed, page) =>
    read(reversed ? reversedOrder : order, page),
  );
}

/** A cursor of one listing as the cursor of the same row in another; a bad cursor is named as `argument`. */
function retag(cursor: string, from: string, to: string, argument: string): string {
  try {
    return encodeCursor(to, decodeCursor(from, cursor));
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ValidationError([{ path: argument, message: 'is not a cursor of this listing and order' }]);
    throw error;
  }
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A Relay connection type (`<Name>Connection` with `<Name>Edge`) over a node type. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `One row of a page of ${name} records.` })
  class Edge {
    @Field(() => nodeType, { description: 'The record.' })
    node!: T;

    @Field({ description: 'Where this row stands: page on from here with `after` or `before`.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records (Relay connection).` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The rows of this page, in the listing order.' })
    edges!: Edge[];

    @Field(() => Int, { description: 'Rows matching the filter, over all pages.' })
    totalCount!: number;

    @Field(() => PageInfo, { description: 'Where this page stands, and the cursors to read on.' })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/**
 * A root listing's page as a connection, its rows primed into the request's loader: nested fields that
 * come back to these records (a participant, a partner) then cost no round trip.
 */
export function primed<T extends { id: string }>(
  connection: ConnectionShape<T>,
  loader: DataLoader<string, T | null>,
): ConnectionShape<T> {
  for (const edge of connection.edges) loader.prime(edge.node.id, edge.node);
  return connection;
}

/** Shapes a forward page as a connection; `fromCursor`: it was read from a cursor, so rows precede it. */
function toConnection<T>(page: Page<T>, fromCursor: boolean): ConnectionShape<T> {
  return {
    edges: page.edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: fromCursor,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.endCursor,
    },
  };
}

/**
 * A connection over rows already in memory (a nested field's records), sorted and paged exactly as the
 * store pages a root listing of the same `listing`: the same cursors, the same checks of the arguments.
 */
export function sortedConnection<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  listing: string,
  descending: boolean,
  args: PageArgs,
): Promise<ConnectionShape<T>> {
  const keyed = rows.map((row) => ({ row, key: keyOf(row) })).sort((a, b) => compareKeys(a.key, b.key));
  const keys = new Map(keyed.map(({ row, key }) => [row, key]));
  const sorted = keyed.map(({ row }) => row);
  const reversedListing = `${listing}:reversed`;
  return readConnection(args, listing, reversedListing, (reversed, page) =>
    pageOf(
      sorted,
      (row) => keys.get(row)!,
      reversed ? reversedListing : listing,
      descending !== reversed,
      page,
    ),
  );
}
