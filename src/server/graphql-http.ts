import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import express from 'express';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLContext } from '../graphql/context';
import { corsPolicy } from './cors';
import { sendError } from './http-errors';

export interface GraphqlHttpOptions {
  corsOrigins: readonly string[];
  /** Bodies over this many bytes are refused (413) before they are parsed. */
  maxBodyBytes: number;
  /** The context of one operation, made once its request is admitted (CORS, CSRF, a JSON body). */
  context(req: IncomingMessage): Promise<GraphQLContext> | GraphQLContext;
  /** Hears an unexpected error outside GraphQL (answered 500 without its details). */
  onError(error: unknown, req: IncomingMessage): void;
}

/** What a node:http (or Express) handler of `/graphql` is. */
export type GraphqlHttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * `/graphql` over HTTP, on node:http objects: CORS (cors.ts), the JSON body read within `maxBodyBytes`,
 * then Apollo's own HTTP handling (CSRF prevention, persisted queries, GET and POST, the plugins: limits,
 * logging, caching headers), and the answer written as it is. Express serves every other path; this
 * handler is mounted there for `/graphql`, and the server also gives it POST /graphql directly so that
 * a query does not walk Express's router first (the same handler either way, app.ts). Errors outside
 * GraphQL (bad JSON, too large) are answered by http-errors.ts like those of Express's routes.
 */
export function graphqlHttp(
  apollo: ApolloServer<GraphQLContext>,
  options: GraphqlHttpOptions,
): GraphqlHttpHandler {
  const cors = corsPolicy(options.corsOrigins);
  const readJson = express.json({ limit: options.maxBodyBytes });
  const fail = (error: unknown, req: IncomingMessage, res: ServerResponse) => {
    if (res.headersSent) res.destroy();
    else sendError(error as Parameters<typeof sendError>[0], res, () => options.onError(error, req));
  };
  const run = async (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method!.toUpperCase(),
        headers: headersOf(req),
        search: searchOf(req.url ?? ''),
        body: req.body,
      },
      context: async () => options.context(req),
    });
    await send(req, res, response);
  };
  return (req, res) => {
    if (cors(req, res)) return;
    readJson(req, res, (error?: unknown) => {
      if (error) fail(error, req, res);
      else run(req, res).catch((failure: unknown) => fail(failure, req, res));
    });
  };
}

/** The request's headers as Apollo reads them (repeated headers joined, as HTTP allows). */
function headersOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

/** The query string of a request target, with its `?` (Apollo reads a GET operation from it). */
function searchOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? '' : url.slice(query);
}

/**
 * Writes Apollo's answer. A complete GET answer carries a weak ETag, and one the client already holds
 * (If-None-Match) is answered 304 without a body, so that a dashboard revalidating a cached query costs
 * no download; POST answers are never reused, so they get none.
 */
async function send(req: IncomingMessage, res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    const text = response.body.string;
    const length = Buffer.byteLength(text);
    if (req.method === 'GET' && res.statusCode >= 200 && res.statusCode < 300) {
      const etag = `W/"${length.toString(16)}-${createHash('sha1').update(text).digest('base64').slice(0, 27)}"`;
      res.setHeader('etag', etag);
      if (holds(req, etag)) {
        res.statusCode = 304;
        res.removeHeader('content-type');
        res.end();
        return;
      }
    }
    res.setHeader('content-length', length);
    res.end(text);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Whether the client holds `etag` and may reuse it (If-None-Match names it, and it did not ask for no-cache). */
function holds(req: IncomingMessage, etag: string): boolean {
  const wanted = req.headers['if-none-match'];
  if (wanted === undefined || /(?:^|,)\s*no-cache\s*(?:,|$)/.test(req.headers['cache-control'] ?? ''))
    return false;
  // Weak comparison (RFC 9110 8.8.3.2), as If-None-Match asks for.
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return wanted.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
