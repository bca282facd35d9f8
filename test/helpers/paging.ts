import type { GraphQLResponse } from './graphql';

/** A connection as a test reads it. */
export interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string } }[];
}

/**
 * Walks a connection page by page, passing the previous `endCursor` as `$after`, and returns the node ids
 * in the order seen; `pick` finds the connection in a response. Fails on an error or a runaway walk.
 */
export async function walkPages(
  run: (variables: Record<string, unknown>) => Promise<GraphQLResponse>,
  pick: (data: any) => Connection,
  limit = 100,
): Promise<{ ids: string[]; pages: number; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 1; pages <= limit; pages++) {
    const body = await run({ after });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    const page = pick(body.data);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return { ids, pages, totalCount: page.totalCount };
    after = page.pageInfo.endCursor;
  }
  throw new Error(`more than ${limit} pages`);
}

/** The single BAD_USER_INPUT error of a response, for asserting on its issues. */
export function badInput(body: GraphQLResponse): { path: string; message: string }[] {
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  return body.errors![0]!.extensions.issues;
}
