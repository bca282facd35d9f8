import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { DomainError } from '../domain';
import { domainExtensions } from '../graphql/errors';

/** Errors outside GraphQL (a body that is not JSON, too large, an unknown path) in the shape GraphQL clients read. */
export function errorBody(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** The HTTP status of each domain error code, for routes outside GraphQL (the export downloads). */
const DOMAIN_STATUS: Record<DomainError['code'], number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ANALYTICS_LIMIT_EXCEEDED: 422,
  SERVICE_UNAVAILABLE: 503,
};

/** Unknown paths get a JSON 404 naming the paths that exist. */
export const notFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .json(
      errorBody(
        `no such path ${req.path}; try /graphql, /explore, /export/network.{graphml,gexf,json,csv,cypher}, /healthz or /readyz`,
        'NOT_FOUND',
      ),
    );
};

/**
 * Express's last error handler: domain errors (bad parameters, unknown ids, missing keys) get their status
 * and the body GraphQL would give them (code, issues); body-parser's errors (malformed JSON, body too large) become clear 4xx
 * answers; anything else is a 500 without internals. Express's own handler would send an HTML page
 * with a stack trace.
 */
export function errorHandler(log: (error: unknown, req: Request) => void): ErrorRequestHandler {
  return (error: { status?: number; type?: string; message?: string }, req, res, _next) => {
    if (error instanceof DomainError) {
      if (error.code === 'UNAUTHENTICATED') res.set('WWW-Authenticate', 'Bearer');
      res
        .status(DOMAIN_STATUS[error.code])
        .json(errorBody(error.message, error.code, domainExtensions(error)));
    } else if (error.type === 'entity.parse.failed') {
      res.status(400).json(errorBody(`request body is not valid JSON: ${error.message}`, 'BAD_REQUEST'));
    } else if (error.type === 'entity.too.large') {
      res.status(413).json(errorBody('request body is too large', 'PAYLOAD_TOO_LARGE'));
    } else if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      res.status(error.status).json(errorBody(error.message ?? 'bad request', 'BAD_REQUEST'));
    } else {
      log(error, req);
      res.status(500).json(errorBody('internal error', 'INTERNAL_SERVER_ERROR'));
    }
  };
}
