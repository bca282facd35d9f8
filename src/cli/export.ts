import { ConfigError, loadConfig } from '../config';
import { ValidationError } from '../domain';
import { runMain } from '../entry-point';
import { AnalyticsCache } from '../graphql/analytics/analytics-cache';
import { exportView } from '../graphql/export/export-view';
import { EXPORT_FORMATS, batched, exportChunks, isExportFormat, type ExportFormat } from '../io/export';
import {
  exportPath,
  parseExportParams,
  type ExportRequest,
  type RawParams,
} from '../io/export/export-params';
import { writeFileAtomic } from '../store/embedded/durability/atomic-file';
import { DataDirectoryLockedError } from '../store/embedded/durability/errors';
import { openStore } from '../store/open-store';

/** Each flag and the export parameter it sets (ExportParamsSchema); list flags repeat or take comma lists. */
const FLAGS: Record<string, string> = {
  '--as-of': 'asOf',
  '--sector': 'sectors',
  '--partnership-kind': 'partnershipKinds',
  '--theme': 'themeIds',
  '--area': 'areaIds',
  '--evidence': 'evidence',
  '--ego': 'ego',
  '--hops': 'hops',
  '--metric': 'metrics',
  '--layout': 'layout',
};
const FLAG_OF = Object.fromEntries(Object.entries(FLAGS).map(([flag, param]) => [param, flag]));

const USAGE =
  `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--as-of DATE] [--sector SECTOR]… ` +
  '[--partnership-kind KIND]… [--theme ID]… [--area ID]… [--evidence EVIDENCE]… [--ego ACTOR [--hops N]] [--metric METRIC]… [--layout] [--out FILE]';

interface Args {
  format: ExportFormat;
  out?: string;
  request: ExportRequest;
}

function parseArgs(argv: string[]): Args {
  const params: Record<string, string[]> = {};
  let format: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    // A switch: `--layout` alone is `--layout=true`.
    const value = inline ?? (flag === '--layout' ? 'true' : argv[++i]);
    if (!flag.startsWith('--') || !(flag in FLAGS || flag === '--format' || flag === '--out'))
      throw new ConfigError([`unknown argument ${flag}`, USAGE]);
    if (value === undefined) throw new ConfigError([`${flag} needs a value`, USAGE]);
    if (flag === '--format') format = value;
    else if (flag === '--out') out = value;
    else (params[FLAGS[flag]!] ??= []).push(value);
  }
  if (!isExportFormat(format))
    throw new ConfigError([`--format must be one of ${EXPORT_FORMATS.join(', ')}`, USAGE]);
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
  const { format, out, request } = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const store = await openStore(config).catch((error: unknown) => {
    if (error instanceof DataDirectoryLockedError)
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
