import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from './logger';

/** What the request log line says about one request, filled in as the request goes. */
export interface RequestScope {
  id: string;
  /** The server's logger bound to this request's id: every line logged while serving it carries the id. */
  log: Logger;
  operationName?: string;
  operationType?: string;
  keyId?: string;
  depth?: number;
  cost?: number;
  errorCodes?: string[];
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** The request being served by the current async call chain, if any. */
export function currentRequest(): RequestScope | undefined {
  return scopes.getStore();
}

/** An incoming id we echo and log as it is: short, and nothing that could forge a log line or a header. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives each request an id (the caller's `x-request-id` when sane, else a fresh UUID), echoes it in the
 * `x-request-id` response header, makes it the current request (see currentRequest) for everything that
 * serves it, and logs one line when the response is done or the client went away: method, path (never
 * the query string, which may hold a GET query's variables), status, duration, and what GraphQL recorded.
 */
export function requestScope(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming !== undefined && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', id);
    const scope: RequestScope = { id, log: logger.child({ requestId: id }) };
    const started = process.hrtime.bigint();
    // Now: routers mounted on a path rewrite req.url while they serve it.
    const { method, path } = req;
    res.once('close', () => {
      const { id: _id, log, ...graphql } = scope;
      log.info(
        {
          method,
          path,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          ...(res.writableFinished ? {} : { aborted: true }),
          ...graphql,
        },
        'request',
      );
    });
    scopes.run(scope, next);
  };
}
