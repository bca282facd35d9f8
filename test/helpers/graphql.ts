/** A GraphQL response as a test reads it: untyped data, and errors with their extensions. */
export interface GraphQLResponse {
  status: number;
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions: Record<string, any> }[];
}

/** How a request authenticates: an API key sent as `Authorization: Bearer <key>`, or any headers. */
export interface PostOptions {
  key?: string;
  headers?: Record<string, string>;
}

/** POSTs a query to a running server over real HTTP, the way a dashboard or script would. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options: PostOptions = {},
): Promise<GraphQLResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.key === undefined ? {} : { authorization: `Bearer ${options.key}` }),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}
