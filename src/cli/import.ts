import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { ENTITY_KINDS, ValidationError } from '../domain';
import { runMain } from '../entry-point';
import { parseCommandLine } from './args';
import {
  FILE_ENCODINGS,
  IMPORT_FORMATS,
  decodeFile,
  importNetwork,
  locationPath,
  type ImportFile,
  type ImportFormat,
  type ImportReport,
  type FileEncoding,
  type Progress,
} from '../io/import';
import { openStore } from '../store/open-store';
import { StoreInUseError } from '../store/store-errors';

const USAGE = `usage: npm run import -- --format ${IMPORT_FORMATS.join('|')} [--encoding ${FILE_ENCODINGS.join('|')}] [--dry-run] [--merge-actors] FILE|DIRECTORY…`;

/** The options of the command line, checked: a ConfigError with the usage names what is wrong. */
function parseOptions(argv: string[]): {
  format: ImportFormat;
  dryRun: boolean;
  mergeActors: boolean;
  encoding: FileEncoding;
  paths: string[];
} {
  const { values, positionals } = parseCommandLine(
    argv,
    USAGE,
    {
      format: { type: 'string' },
      encoding: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'merge-actors': { type: 'boolean' },
    },
    true,
  );
  const { format } = values;
  if (!format || !(IMPORT_FORMATS as readonly string[]).includes(format))
    throw new ConfigError([`--format must be one of ${IMPORT_FORMATS.join(', ')}`, USAGE]);
  if (positionals.length === 0) throw new ConfigError(['no file to import', USAGE]);
  const encoding = (values.encoding ?? 'utf-8').toLowerCase();
  if (!(FILE_ENCODINGS as readonly string[]).includes(encoding))
    throw new ConfigError([`--encoding must be one of ${FILE_ENCODINGS.join(', ')}`, USAGE]);
  return {
    encoding: encoding as FileEncoding,
    format: format as ImportFormat,
    dryRun: values['dry-run'] ?? false,
    mergeActors: values['merge-actors'] ?? false,
    paths: positionals,
  };
}

/**
 * The files named, decoded (see decodeFile: bytes that are not UTF-8 are a ValidationError naming file,
 * row and offset); a directory stands for its .csv files (the CSV format's several files).
 */
async function readFiles(paths: string[], encoding: FileEncoding): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const path of paths) {
    const isDirectory = await stat(path).then(
      (s) => s.isDirectory(),
      () => {
        throw new ConfigError([`cannot read ${path}: no such file or directory`]);
      },
    );
    const names = isDirectory
      ? (await readdir(path))
          .filter((n) => extname(n).toLowerCase() === '.csv')
          .sort()
          .map((n) => join(path, n))
      : [path];
    for (const name of names) files.push({ name, content: decodeFile(name, await readFile(name), encoding) });
  }
  return files;
}

/** Every problem of a refused import on stderr, one a line (file:row:column: message); exit code 1. */
function reportProblems(error: ValidationError): void {
  process.stderr.write(`\nimport failed, nothing written: ${error.issues.length} problem(s)\n`);
  for (const issue of error.issues) process.stderr.write(`  ${issue.path}: ${issue.message}\n`);
  process.exitCode = 1;
}

/** A progress bar redrawn in place on stderr; only on a terminal, so logs and pipes get the summary alone. */
function progressBar(): Progress | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (phase, done, total) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${phase.padEnd(10)} ${done}/${total}`,
    );
    if (phase === 'writing' && done === total) process.stderr.write('\n');
  };
}

function summary(report: ImportReport): string {
  const perKind = ENTITY_KINDS.map((k) => {
    const c = report.counts[k];
    return `  ${k}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
  });
  const head = report.dryRun ? 'dry run (nothing written)' : 'imported';
  return [
    `${head}: ${report.rows} rows from ${report.files.length} file(s); ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged; revision ${report.revision}`,
    ...perKind,
    ...report.merges.map(
      (m) =>
        `${m.applied ? (report.dryRun ? 'would merge' : 'merged') : 'proposed merge (--merge-actors)'}: actor ${m.from} into ${m.into} (${m.identifier})`,
    ),
    ...report.warnings.map((w) => `warning: ${locationPath(w)}: ${w.message}`),
  ].join('\n');
}

/**
 * `npm run import -- --format json|csv|iati|hxl [--dry-run] [--merge-actors] FILE…`: imports files into the configured
 * store, all or nothing. On problems, lists every one (file:row:column: message) on stderr, writes
 * nothing and exits 1. The embedded store is locked by a running server: stop it, or import through the
 * API's importNetwork mutation.
 */
async function main(): Promise<void> {
  const { format, dryRun, mergeActors, encoding, paths } = parseOptions(process.argv.slice(2));
  const files = await readFiles(paths, encoding).catch((error: unknown) => {
    if (!(error instanceof ValidationError)) throw error;
    reportProblems(error);
    return undefined;
  });
  if (!files) return;
  const config = loadConfig();
  const store = await openStore(config).catch((error: unknown) => {
    if (error instanceof StoreInUseError)
      throw new ConfigError([
        error.message,
        'a running server holds the data: stop it, or import through the API (importNetwork)',
      ]);
    throw error;
  });
  try {
    const report = await importNetwork(format, files, store, {
      dryRun,
      mergeActors,
      write: (network, deletion) =>
        store.write(deletion ? { upsert: network, delete: deletion } : { upsert: network }),
      onProgress: progressBar(),
    });
    console.log(summary(report));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    reportProblems(error);
    // Files that name seeded areas and themes (the samples do) cannot resolve them in a store never seeded.
    if ((await store.revision()) === 0)
      process.stderr.write(
        'the store is empty: `npm run seed` loads the Kosovo seed network it may refer to\n',
      );
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}

runMain(main);
