import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { RequestScope } from '../graphql/context';
import type { Logger } from './logger';

export type { RequestScope };

// Kept beside the request object rather than in an AsyncLocalStorage: on Node 20 that turns on promise
// hooks for every promise, which doubled the time of a large nested GraphQL query.
const scopes = new WeakMap<Request, RequestScope>();

/** The scope requestScope gave `req` (its id, its logger, its log line), if it has one. */
export function scopeOf(req: Request): RequestScope | undefined {
  return scopes.get(req);
}

/** An incoming id we echo and log as it is: short, and nothing that could forge a log line or a header. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives each request an id (the caller's `x-request-id` when sane, else a fresh UUID), echoes it in the
 * `x-request-id` response header, keeps its scope for what serves it (scopeOf; the GraphQL context
 * carries it to the plugins), and logs one line when the response is done or the client went away: method, path (never
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
    scopes.set(req, scope);
    next();
  };
}
