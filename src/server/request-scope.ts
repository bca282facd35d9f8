import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestScope } from '../graphql/context';
import type { Logger } from './logger';

export type { RequestScope };

// Kept beside the request object rather than in an AsyncLocalStorage: on Node 20 that turns on promise
// hooks for every promise, which doubled the time of a large nested GraphQL query. Express serves the
// same objects (it only changes their prototype), so its routes find the scope too.
const scopes = new WeakMap<IncomingMessage, RequestScope>();

/** The scope requestScope gave `req` (its id, its logger, its log line), if it has one. */
export function scopeOf(req: IncomingMessage): RequestScope | undefined {
  return scopes.get(req);
}

/** An incoming id we echo and log as it is: short, and nothing that could forge a log line or a header. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Opens the scope of each request the server receives, before anything serves it: gives it an id (the
 * caller's `x-request-id` when sane, else a fresh UUID), echoes it in the `x-request-id` response header,
 * keeps the scope for what serves it (scopeOf; the GraphQL context carries it to the plugins), and logs
 * one line when the response is done or the client went away: method, path (never the query string, which
 * may hold a GET query's variables), status, duration, and what GraphQL recorded.
 */
export function requestScope(logger: Logger): (req: IncomingMessage, res: ServerResponse) => RequestScope {
  // The line holds nothing but what is put in it here (never a header, a body or variables), so it is
  // written without the redaction every other line goes through, which cost as much as writing it.
  const lines = logger.child({}, { redact: [] });
  return (req, res) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', id);
    const scope = new Scope(id, logger);
    const started = process.hrtime.bigint();
    // Now: Express rewrites req.url while a router mounted on a path serves it.
    const { method } = req;
    const path = pathOf(req.url ?? '/');
    res.once('close', () => {
      const { id: _id, ...graphql } = scope;
      // The line is logged with the request id as its first field, as the request's child logger would,
      // without making one for requests that log nothing else (most of them).
      lines.info(
        {
          requestId: id,
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
    return scope;
  };
}

/** The path of a request target, without its query string (Express's `req.path`). */
function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * A request's scope. Its logger, bound to the request id, is made the first time something logs (most
 * requests log nothing but their line); being private, it is not among the fields the line spreads.
 */
class Scope implements RequestScope {
  #log: Logger | undefined;
  readonly #parent: Logger;

  constructor(
    readonly id: string,
    parent: Logger,
  ) {
    this.#parent = parent;
  }

  get log(): Logger {
    return (this.#log ??= this.#parent.child({ requestId: this.id }));
  }
}
