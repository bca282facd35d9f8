import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorBody } from './http-errors';

/**
 * The page reads only from this server (GraphQL, downloads) and runs only its own script: no inline code,
 * no eval, no other origin. Downloads are blobs made by the page, and sigma.js draws with WebGL.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // GraphiQL's fonts are inlined in its stylesheet: data: fonts load nothing from anywhere.
  'font-src data:',
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `/explore/`: the network explorer's static files, built by `npm run build` into `dir`. The page is public
 * (it holds no data); what it shows comes from /graphql and /export with the key its user enters, so
 * access control is the API's. Without a build, 503 says how to make one.
 */
export function explorerRoutes(dir: string, page = 'explorer'): Router {
  const router = Router();
  router.use((_req, res, next) => {
    res.set({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    if (existsSync(join(dir, 'index.html'))) return next();
    res.status(503).json(errorBody(`the ${page} is not built: run npm run build`, 'EXPLORER_NOT_BUILT'));
  });
  // A new build must reach the browser at once: revalidate every time (an unchanged file costs a 304).
  router.use(express.static(dir, { index: 'index.html', cacheControl: true, maxAge: 0, fallthrough: true }));
  return router;
}
