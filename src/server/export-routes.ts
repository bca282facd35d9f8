import { Router, type Response } from 'express';
import { once } from 'node:events';
import { authorize } from '../app/access/principal';
import type { GraphQLContext, RequestHeaders } from '../graphql/context';
import { exportView } from '../app/analytics/export-view';
import {
  EXPORT_FORMATS,
  FORMAT_INFO,
  batched,
  exportChunks,
  exportFileName,
  isExportFormat,
} from '../io/export';
import { parseExportParams, type RawParams } from '../io/export/export-params';
import { errorBody } from './http-errors';
import { scopeOf } from './request-scope';

/**
 * `GET /export/network.{graphml,gexf,json,csv,cypher}?asOf=…&sectors=…&ego=…&metrics=…`: the filtered
 * network (or ego network) as a download, streamed. Authorised like GraphQL reads, through the same
 * context (so it shares the server's analytics cache). Every problem found before the first byte is a JSON
 * error with its status (errorHandler); a failure after it aborts the response, so a client never keeps a
 * truncated file as a whole one.
 */
export function exportRoutes(createContext: (request: RequestHeaders) => GraphQLContext): Router {
  const router = Router();
  router.get('/network.:format', async (req, res) => {
    const format = req.params.format;
    if (!isExportFormat(format)) {
      res
        .status(404)
        .json(errorBody(`no export format "${format}"; try ${EXPORT_FORMATS.join(', ')}`, 'NOT_FOUND'));
      return;
    }
    const context = createContext({ authorization: req.headers.authorization, scope: scopeOf(req) });
    authorize(context.auth.principal, 'reader');
    const request = parseExportParams(req.query as RawParams);
    const view = await exportView(context.analytics, context.store, request);
    res.status(200).set({
      'Content-Type': FORMAT_INFO[format].contentType,
      'Content-Disposition': `attachment; filename="${exportFileName(format, request, view.revision)}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    try {
      for (const chunk of batched(exportChunks(format, view, request))) {
        if (res.destroyed) return;
        if (!res.write(chunk)) await drained(res);
      }
      res.end();
    } catch (error) {
      scopeOf(req)?.log.error({ err: error }, 'export failed while streaming');
      res.destroy(error as Error);
    }
  });
  return router;
}

/** Waits for the socket to take more, or for the client to go away (then 'drain' would never come). */
async function drained(res: Response): Promise<void> {
  const controller = new AbortController();
  await Promise.race([
    once(res, 'drain', { signal: controller.signal }),
    once(res, 'close', { signal: controller.signal }),
  ]).finally(() => controller.abort());
}
