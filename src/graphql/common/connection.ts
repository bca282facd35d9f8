import type DataLoader from 'dataloader';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { checkPageRequest, compareKeys, pageOf, type SortKey } from '../../store/listing';
import type { Page } from '../../store/network-store';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** `first`/`after` of every connection field. `first` defaults to 50 and may not exceed 500. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 500 (default 50).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

export const DEFAULT_PAGE_SIZE = 50;

/** The store's page request for connection arguments. */
export function pageRequest(args: PageArgs): { first: number; after?: string } {
  return { first: args.first ?? DEFAULT_PAGE_SIZE, ...(args.after ? { after: args.after } : {}) };
}

/** A Relay connection type (`<Name>Connection` with `<Name>Edge`) over a node type. */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => nodeType)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => Int, { description: 'Rows matching the filter, over all pages.' })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/**
 * A root listing's page as a connection, its rows primed into the request's loader: nested fields that
 * come back to these records (a participant, a partner) then cost no round trip.
 */
export function primedConnection<T extends { id: string }>(
  page: Page<T>,
  loader: DataLoader<string, T | null>,
) {
  for (const edge of page.edges) loader.prime(edge.node.id, edge.node);
  return toConnection(page);
}

/** Shapes a store page as a connection. */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.edges,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}

/**
 * A connection over rows already in memory (a nested field's records), sorted and paged exactly as the
 * store pages a root listing of the same `listing`: the same cursors, the same checks of `first`/`after`.
 */
export function sortedConnection<T>(
  rows: readonly T[],
  keyOf: (row: T) => SortKey,
  listing: string,
  descending: boolean,
  args: PageArgs,
) {
  const page = pageRequest(args);
  checkPageRequest(page);
  const keyed = rows.map((row) => ({ row, key: keyOf(row) })).sort((a, b) => compareKeys(a.key, b.key));
  const keys = new Map(keyed.map(({ row, key }) => [row, key]));
  return toConnection(
    pageOf(
      keyed.map(({ row }) => row),
      (row) => keys.get(row)!,
      listing,
      descending,
      page,
    ),
  );
}
