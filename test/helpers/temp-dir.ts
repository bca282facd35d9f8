import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A directory made by `tempDir`. */
export interface TempDir {
  path: string;
  /** Deletes the directory and everything in it. */
  remove(): Promise<void>;
}

/** A fresh directory under the OS temp dir, for a test that manages its lifetime itself (try/finally). */
export async function tempDir(prefix = 'partner-network-'): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * Gives each test of the enclosing describe block its own fresh `tempDir`, removed after the test (pass or
 * fail). Call it in the describe body; the returned function gives the current test's path.
 */
export function useTempDir(prefix?: string): () => string {
  let dir: TempDir | undefined;
  beforeEach(async () => {
    dir = await tempDir(prefix);
  });
  afterEach(async () => {
    await dir?.remove();
    dir = undefined;
  });
  return () => {
    if (dir === undefined) throw new Error('useTempDir() is only available inside a test');
    return dir.path;
  };
}
