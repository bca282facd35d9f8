import type { RequestHandler } from 'express';
import { errorBody } from './http-errors';

/** Headers a browser client may send: content type, key, CSRF-prevention headers and its own request id. */
const ALLOWED_HEADERS =
  'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id';

/**
 * CORS with an allow-list (CORS_ORIGINS). A request without `Origin` (curl, scripts, servers) or from the
 * server's own origin passes untouched. An allowed origin gets `Access-Control-Allow-Origin` and its
 * preflight is answered (204); any other origin is refused with a JSON 403 naming it, preflight or not,
 * so that a page elsewhere cannot even make the request. No credentials: keys travel in `Authorization`.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin === undefined) return next();
    res.vary('Origin');
    if (origin === `${req.protocol}://${req.get('host')}`) return next();
    if (!allowed.has(origin)) {
      res
        .status(403)
        .json(errorBody(`origin ${origin} is not allowed to call this API (CORS_ORIGINS)`, 'FORBIDDEN'));
      return;
    }
    res.set('access-control-allow-origin', origin);
    res.set('access-control-expose-headers', 'x-request-id');
    if (req.method !== 'OPTIONS') return next();
    res.set('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.set('access-control-allow-headers', ALLOWED_HEADERS);
    res.set('access-control-max-age', '600');
    res.status(204).end();
  };
}
