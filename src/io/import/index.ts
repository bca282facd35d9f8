import { assertNever } from '../../domain';
import { applyDraft, type NetworkWrite, type Progress } from './apply';
import { readCsvFiles } from './csv';
import { Directory, type StoreReader } from './directory';
import { emptyDraft, type Draft } from './draft';
import { ImplicitActors } from './implicit-actors';
import { planMerges } from './merge-actors';
import { readHxlFiles } from './hxl';
import { readIatiFiles } from './iati';
import { readJsonFiles } from './json';
import { Problems, type ImportFile, type ImportFormat, type ImportReport } from './report';

export { IMPORT_FORMATS, locationPath } from './report';
export { FILE_ENCODINGS, decodeFile, type FileEncoding } from './decode';
export type { ImportFile, ImportFormat, ImportProblem, ImportReport, KindCounts } from './report';
export type { NetworkWrite, Progress, ProgressPhase } from './apply';
export type { ActorMerge } from './merge-actors';

export interface ImportOptions {
  dryRun?: boolean;
  /** How the validated network is written: one all-or-nothing upsert. */
  write: NetworkWrite;
  onProgress?: Progress;
  /**
   * Merge stored actors the files show to be one organisation (two actors with the same identifier, or one
   * named and one identified alike): without it each merge is only reported, with a warning.
   */
  mergeActors?: boolean;
}

async function readFiles(
  format: ImportFormat,
  files: readonly ImportFile[],
  directory: Directory,
  actors: ImplicitActors,
  problems: Problems,
): Promise<{ draft: Draft; rows: number }> {
  switch (format) {
    case 'json':
      return readJsonFiles(files, problems);
    case 'csv':
      return readCsvFiles(files, directory, problems);
    case 'iati':
      return readIatiFiles(files, directory, actors, problems);
    case 'hxl':
      return readHxlFiles(files, directory, actors, problems);
    default:
      return assertNever(format, 'import format');
  }
}

/**
 * Imports files of one format into the store, all or nothing: every row is validated (fields, then
 * references against the store and the files' own records) and every problem is thrown at once as a
 * ValidationError whose issue paths name file, row and column (`partnerships.csv:row 4:end_date`); then
 * nothing is written. Otherwise the network is written in one upsert by id (with the merges of actors,
 * when asked), so importing the same files again changes nothing. A dry run validates, counts and lists
 * the merges, and writes nothing.
 */
export async function importNetwork(
  format: ImportFormat,
  files: readonly ImportFile[],
  store: StoreReader,
  options: ImportOptions,
): Promise<ImportReport> {
  const problems = new Problems();
  if (files.length === 0) problems.error({ file: '' }, 'no file to import');
  options.onProgress?.('reading', 0, files.length);
  const directory = await Directory.open(store);
  const actors = new ImplicitActors(directory, emptyDraft(), problems);
  const { draft, rows } = await readFiles(format, files, directory, actors, problems);
  const { merges, deleteActorIds } = await planMerges(
    actors.finish(),
    { draft, store, directory, problems },
    options.mergeActors ?? false,
  );
  options.onProgress?.('reading', files.length, files.length);
  return applyDraft(draft, problems, store, {
    merges,
    deleteActorIds,
    format,
    files: files.map((f) => f.name),
    rows,
    dryRun: options.dryRun ?? false,
    write: options.write,
    onProgress: options.onProgress,
  });
}
