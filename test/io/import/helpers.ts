import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ValidationError, type Issue } from '../../../src/domain';
import { importNetwork, type ImportFile, type ImportFormat, type ImportReport } from '../../../src/io/import';
import { loadSeed } from '../../../src/io/seed';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { tempDir } from '../../helpers/temp-dir';

export const SAMPLES = join(__dirname, '..', '..', '..', 'seeds', 'samples');

/** The sample files of a format, as an import receives them. */
export async function sampleFiles(...path: string[]): Promise<ImportFile[]> {
  const full = join(SAMPLES, ...path);
  const names = full.endsWith('csv') && !full.endsWith('.csv') ? (await readdir(full)).sort() : [''];
  return Promise.all(
    names.map(async (n) => ({
      name: n || path[path.length - 1]!,
      content: await readFile(join(full, n), 'utf8'),
    })),
  );
}

/**
 * Gives each test of the describe block a fresh embedded store holding the Kosovo seed (revision 1), and
 * an `run` that imports into it the way the CLI does.
 */
export function useSeededStore(): {
  store: () => EmbeddedStore;
  run: (
    format: ImportFormat,
    files: ImportFile[],
    dryRun?: boolean,
    mergeActors?: boolean,
  ) => Promise<ImportReport>;
  problems: (format: ImportFormat, files: ImportFile[], dryRun?: boolean) => Promise<Issue[]>;
} {
  let store: EmbeddedStore | undefined;
  let remove: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const dir = await tempDir();
    remove = dir.remove;
    store = await EmbeddedStore.open({ dataDir: dir.path });
    await loadSeed(store, 'kosovo');
  });
  afterEach(async () => {
    await store?.close();
    await remove?.();
  });
  const current = () => store!;
  const run = (format: ImportFormat, files: ImportFile[], dryRun = false, mergeActors = false) =>
    importNetwork(format, files, current(), {
      dryRun,
      mergeActors,
      write: (n, deletion) => current().write(deletion ? { upsert: n, delete: deletion } : { upsert: n }),
    });
  const problems = async (format: ImportFormat, files: ImportFile[], dryRun = false) => {
    const error = await run(format, files, dryRun).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof ValidationError))
      throw new Error(`expected a ValidationError, got ${String(error)}`);
    return error.issues;
  };
  return { store: current, run, problems };
}

/** The issues as "path: message" lines, sorted, for exact comparison. */
export function lines(issues: Issue[]): string[] {
  return issues.map((i) => `${i.path}: ${i.message}`).sort();
}
