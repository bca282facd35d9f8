import type { ActorView } from '../../analytics/views/actor-view';
import { assertNever } from '../../domain';
import type { ExportOptions } from './columns';
import type { ExportRequest } from './export-params';
import { csvEdges, csvNodes } from './csv';
import { cypher } from './cypher';
import { gexf } from './gexf';
import { graphml } from './graphml';
import { json } from './json';
import { zip } from './zip';

export type { ExportOptions } from './columns';
export { csvEdges, csvNodes } from './csv';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Whether `value` names one of EXPORT_FORMATS (a path segment, a CLI flag). */
export function isExportFormat(value: string | undefined): value is ExportFormat {
  return (EXPORT_FORMATS as readonly (string | undefined)[]).includes(value);
}

/** How a format is served and saved. */
export interface FormatInfo {
  contentType: string;
  /** The file name's extension, without the dot (csv is a zip of nodes.csv and edges.csv). */
  extension: string;
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  csv: { contentType: 'application/zip', extension: 'csv.zip' },
  cypher: { contentType: 'application/x-cypher-query; charset=utf-8', extension: 'cypher' },
};

/** The names of the two files of the csv format, inside its zip. */
const CSV_FILES = { nodes: 'nodes.csv', edges: 'edges.csv' } as const;

/**
 * The view in `format`, as chunks to write one after another (strings in UTF-8, or bytes for the zip of
 * the csv format): nothing is built whole, so a large export streams. `modified` dates the zip's entries.
 */
export function exportChunks(
  format: ExportFormat,
  view: ActorView,
  options: ExportOptions,
  modified = new Date(),
): Iterable<string | Buffer> {
  switch (format) {
    case 'graphml':
      return graphml(view, options);
    case 'gexf':
      return gexf(view, options);
    case 'json':
      return json(view, options);
    case 'cypher':
      return cypher(view, options);
    case 'csv':
      return zip(
        [
          { name: CSV_FILES.nodes, content: csvNodes(view, options) },
          { name: CSV_FILES.edges, content: csvEdges(view) },
        ],
        modified,
      );
    default:
      return assertNever(format, 'export format');
  }
}

/**
 * `network-<asOf | from-to-to>[-ego-<actor>-<hops>].<extension>`, with `r<revision>` for the date when the export is
 * not as of one: ids are slugs and dates ISO, so the name needs no quoting.
 */
export function exportFileName(
  format: ExportFormat,
  { filter, ego }: Pick<ExportRequest, 'filter' | 'ego'>,
  revision: number,
): string {
  const egoPart = ego ? `-ego-${ego.actorId}-${ego.hops}` : '';
  const when =
    filter.asOf ?? (filter.period ? `${filter.period.from}-to-${filter.period.to}` : `r${revision}`);
  return `network-${when}${egoPart}.${FORMAT_INFO[format].extension}`;
}

/**
 * The chunks as bytes, in buffers of about `size` bytes: fewer, larger writes to a socket or a file than
 * one per node, and no more held at once than one buffer.
 */
export function* batched(chunks: Iterable<string | Buffer>, size = 64 * 1024): Generator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    pending.push(bytes);
    length += bytes.length;
    if (length >= size) {
      yield Buffer.concat(pending, length);
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield Buffer.concat(pending, length);
}
