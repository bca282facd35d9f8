import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** Sends `body` as JSON with `status`, from Express routes or the GraphQL handler alike. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

/**
 * Answers an error raised outside GraphQL, the one place that converts them: domain errors (bad
 * parameters, unknown ids, missing keys) get their status and the body GraphQL would give them (code,
 * issues); body-parser's errors (malformed JSON, body too large) become clear 4xx answers; anything else is
 * logged by `log` and answered 500 without internals (Express's own handler would send an HTML page with a
 * stack trace).
 */
export function sendError(
  error: { status?: number; type?: string; message?: string },
  res: ServerResponse,
  log: () => void,
): void {
  if (error instanceof DomainError) {
    if (error.code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
    sendJson(res, DOMAIN_STATUS[error.code], errorBody(error.message, error.code, domainExtensions(error)));
  } else if (error.type === 'entity.parse.failed') {
    sendJson(res, 400, errorBody(`request body is not valid JSON: ${error.message}`, 'BAD_REQUEST'));
  } else if (error.type === 'entity.too.large') {
    sendJson(res, 413, errorBody('request body is too large', 'PAYLOAD_TOO_LARGE'));
  } else if (error.status !== undefined && error.status >= 400 && error.status < 500) {
    sendJson(res, error.status, errorBody(error.message ?? 'bad request', 'BAD_REQUEST'));
  } else {
    log();
    sendJson(res, 500, errorBody('internal error', 'INTERNAL_SERVER_ERROR'));
  }
}

/** Express's last error handler: sendError, logging unexpected errors with `log`. */
export function errorHandler(log: (error: unknown, req: IncomingMessage) => void): ErrorRequestHandler {
  return (error: Parameters<typeof sendError>[0], req, res, _next) =>
    sendError(error, res, () => log(error, req));
}
