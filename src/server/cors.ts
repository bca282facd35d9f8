import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody, sendJson } from './http-errors';

/** Headers a browser client may send: content type, key, CSRF-prevention headers and its own request id. */
const ALLOWED_HEADERS =
  'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id';

/**
 * CORS with an allow-list (CORS_ORIGINS). A request without `Origin` (curl, scripts, servers) or from the
 * server's own origin passes untouched. An allowed origin gets `Access-Control-Allow-Origin` and its
 * preflight is answered (204); any other origin is refused with a JSON 403 naming it, preflight or not,
 * so that a page elsewhere cannot even make the request. No credentials: keys travel in `Authorization`.
 * Returns whether it answered the request (then nothing else may).
 */
export function corsPolicy(
  origins: readonly string[],
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const allowed = new Set(origins);
  return (req, res) => {
    const origin = req.headers.origin;
    if (origin === undefined) return false;
    res.setHeader('vary', 'Origin');
    const protocol = 'encrypted' in req.socket ? 'https' : 'http';
    if (origin === `${protocol}://${req.headers.host}`) return false;
    if (!allowed.has(origin)) {
      sendJson(
        res,
        403,
        errorBody(`origin ${origin} is not allowed to call this API (CORS_ORIGINS)`, 'FORBIDDEN'),
      );
      return true;
    }
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'x-request-id');
    if (req.method !== 'OPTIONS') return false;
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
    res.statusCode = 204;
    res.end();
    return true;
  };
}

/** corsPolicy as Express middleware, for the routes Express serves (the downloads). */
export function cors(origins: readonly string[]): RequestHandler {
  const policy = corsPolicy(origins);
  return (req, res, next) => {
    if (!policy(req, res)) next();
  };
}
