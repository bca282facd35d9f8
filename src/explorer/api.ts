/**
 * The explorer's only way to the server: GraphQL queries and export downloads, each sent with the API key
 * its user entered (none: anonymous, which the server may refuse). Errors come back as ApiError with the
 * server's code, so the page can tell "enter a key" from "this filter is wrong".
 */

/** An error the API answered (its `extensions.code`), or NETWORK_ERROR when it could not be reached. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The key is missing, wrong or too weak for what was asked. */
  get needsKey(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.code === 'FORBIDDEN';
  }
}

interface ErrorBody {
  errors?: { message: string; extensions?: { code?: string } }[];
}

const KEY_ITEM = 'partner-network.apiKey';

/**
 * The API key, kept for this browser tab only (sessionStorage): closing the tab forgets it, and other
 * sites cannot read it.
 */
export const keyStore = {
  get: (): string | undefined => sessionStorage.getItem(KEY_ITEM) ?? undefined,
  set: (key: string | undefined): void =>
    key ? sessionStorage.setItem(KEY_ITEM, key) : sessionStorage.removeItem(KEY_ITEM),
};

export class ApiClient {
  private readonly graphqlUrl: URL;

  /** `root` is the server's address; the page is served at <root>/explore/. */
  constructor(
    private readonly root: URL,
    private readonly key: () => string | undefined,
  ) {
    this.graphqlUrl = new URL('graphql', root);
  }

  private headers(): Record<string, string> {
    const key = this.key();
    return key ? { authorization: `Bearer ${key}` } : {};
  }

  /** Runs a query; resolves with `data`, or rejects with the first error the server gave. */
  async query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await send(this.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers() },
      body: JSON.stringify({ query: document, variables }),
    });
    const body = (await response.json().catch(() => ({}))) as ErrorBody & { data?: T };
    const error = body.errors?.[0];
    if (error) throw new ApiError(error.message, error.extensions?.code ?? 'ERROR', response.status);
    if (!response.ok || body.data === undefined)
      throw new ApiError(`the API answered ${response.status}`, 'ERROR', response.status);
    return body.data;
  }

  /** The address of an export download (`format`: graphml, gexf, json, csv, cypher). */
  exportUrl(format: string, search: URLSearchParams): URL {
    const url = new URL(`export/network.${format}`, this.root);
    url.search = search.toString();
    return url;
  }

  /**
   * Fetches a download with the key (a plain link could not send it) and returns the file with the name
   * the server gave it.
   */
  async download(url: URL): Promise<{ blob: Blob; fileName: string }> {
    const response = await send(url, { headers: this.headers() });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as ErrorBody;
      const error = body.errors?.[0];
      throw new ApiError(
        error?.message ?? `the download answered ${response.status}`,
        error?.extensions?.code ?? 'ERROR',
        response.status,
      );
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? url.pathname.split('/').pop()!;
    return { blob: await response.blob(), fileName };
  }
}

async function send(url: URL, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ApiError(`the API at ${url.origin} cannot be reached`, 'NETWORK_ERROR', 0);
  }
}
