import { ConfigError, loadConfig } from '../config';
import { ValidationError } from '../domain';
import { runMain } from '../entry-point';
import { parseCommandLine } from './args';
import { AnalyticsCache } from '../app/analytics/analytics-cache';
import { exportView } from '../app/analytics/export-view';
import { EXPORT_FORMATS, batched, exportChunks, isExportFormat, type ExportFormat } from '../io/export';
import {
  exportPath,
  parseExportParams,
  type ExportRequest,
  type RawParams,
} from '../io/export/export-params';
import { writeFileAtomic } from '../lib/atomic-file';
import { openStore } from '../store/open-store';
import { StoreInUseError } from '../store/store-errors';

/** Each list option and the export parameter it sets (ExportParamsSchema); they repeat or take comma lists. */
const FLAGS = {
  'as-of': 'asOf',
  from: 'from',
  to: 'to',
  sector: 'sectors',
  'partnership-kind': 'partnershipKinds',
  theme: 'themeIds',
  area: 'areaIds',
  evidence: 'evidence',
  'exclude-actor': 'excludeActorIds',
  'exclude-partnership': 'excludePartnershipIds',
  ego: 'ego',
  hops: 'hops',
  metric: 'metrics',
} as const;
const FLAG_OF: Record<string, string> = Object.fromEntries(
  Object.entries(FLAGS).map(([flag, param]) => [param, `--${flag}`]),
);
const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  layout: { type: 'boolean' },
  ...(Object.fromEntries(
    Object.keys(FLAGS).map((flag) => [flag, { type: 'string', multiple: true }]),
  ) as Record<keyof typeof FLAGS, { type: 'string'; multiple: true }>),
} as const;

const USAGE =
  `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--as-of DATE | --from DATE --to DATE] ` +
  '[--sector SECTOR]… [--partnership-kind KIND]… [--theme ID]… [--area ID]… [--exclude-actor ID]… ' +
  '[--exclude-partnership ID]… [--evidence EVIDENCE]… [--ego ACTOR [--hops N]] [--metric METRIC]… [--layout] [--out FILE]';

interface Args {
  format: ExportFormat;
  out?: string;
  request: ExportRequest;
}

function parseOptions(argv: string[]): Args {
  const { values } = parseCommandLine(argv, USAGE, OPTIONS);
  const { format, out } = values;
  const params: Record<string, string[]> = values.layout ? { layout: ['true'] } : {};
  for (const [flag, param] of Object.entries(FLAGS)) {
    const given = values[flag as keyof typeof FLAGS];
    if (given) params[param] = given;
  }
  if (!isExportFormat(format))
    throw new ConfigError([
      `--format must be one of ${EXPORT_FORMATS.join(', ')}${format ? `, not ${JSON.stringify(format)}` : ''}`,
      USAGE,
    ]);
  try {
    return { format, out, request: parseExportParams(params as RawParams) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // The issues name parameters (`sectors[1]`); say them as the flags they came from.
    const flagged = error.issues.map(({ path, message }) => {
      const param = /^\w+/.exec(path)?.[0] ?? '';
      return `${FLAG_OF[param] ?? param}${path.slice(param.length)}: ${message}`;
    });
    throw new ConfigError([...flagged, USAGE]);
  }
}

/** Writes to stdout as fast as the reader takes it; a reader that goes away (`| head`) ends the export quietly. */
async function writeStdout(chunks: Iterable<Buffer>): Promise<void> {
  const stdout = process.stdout;
  let closed = false;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  // Resumes on 'drain', or on the error that means no drain will come.
  const writable = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        stdout.off('drain', done).off('error', done);
        resolve();
      };
      stdout.on('drain', done).on('error', done);
    });
  for (const chunk of chunks) {
    if (closed) return;
    if (!stdout.write(chunk)) await writable();
  }
}

/**
 * `npm run export -- --format gexf --sector CIVIL_SOCIETY --as-of 2023-12-31 [--out FILE]`: the filtered
 * network (or an ego network) of the configured store, in one of the export formats, on stdout or in FILE
 * (written atomically: a failed export leaves no half file). Nothing but the export goes to stdout. The
 * embedded store is locked by a running server: download from it instead (GET /export/network.<format>).
 */
async function main(): Promise<void> {
  const { format, out, request } = parseOptions(process.argv.slice(2));
  const config = loadConfig();
  const store = await openStore(config).catch((error: unknown) => {
    if (error instanceof StoreInUseError)
      throw new ConfigError([
        error.message,
        `a running server holds the data: download from it instead, GET ${exportPath(format, request)}`,
      ]);
    throw error;
  });
  try {
    const view = await exportView(new AnalyticsCache(store), store, request);
    const chunks = batched(exportChunks(format, view, request));
    if (out === undefined) await writeStdout(chunks);
    else {
      await writeFileAtomic(out, chunks);
      process.stderr.write(`exported ${view.nodes.length} actors and ${view.edges.length} ties to ${out}\n`);
    }
  } finally {
    await store.close();
  }
}

runMain(main);
