import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AtomicWriteError,
  ensureDirectory,
  removeTempFiles,
  tempPathFor,
  writeFileAtomic,
} from '../../src/lib/atomic-file';
import { useTempDir } from '../helpers/temp-dir';

describe('writeFileAtomic', () => {
  const tempDir = useTempDir();

  it('creates the file and leaves no temp file behind', async () => {
    const target = join(tempDir(), 'snapshot.json');
    await writeFileAtomic(target, '{"revision":1}');
    expect(await readFile(target, 'utf8')).toBe('{"revision":1}');
    expect(await readdir(tempDir())).toEqual(['snapshot.json']);
  });

  it('replaces existing content entirely, including with shorter bytes', async () => {
    const target = join(tempDir(), 'snapshot.json');
    await writeFile(target, 'x'.repeat(10_000));
    await writeFileAtomic(target, new TextEncoder().encode('short'));
    expect(await readFile(target, 'utf8')).toBe('short');
    expect(await readdir(tempDir())).toEqual(['snapshot.json']);
  });

  it('ends with exactly one of several concurrent writes, and no temp files', async () => {
    const target = join(tempDir(), 'snapshot.json');
    const versions = Array.from({ length: 20 }, (_, i) => `version ${i} `.repeat(1000));
    await Promise.all(versions.map((version) => writeFileAtomic(target, version)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(tempDir())).toEqual(['snapshot.json']);
  });

  it('reports the target path when it cannot write, leaving no temp file', async () => {
    const target = join(tempDir(), 'missing-dir', 'snapshot.json');
    const failure = writeFileAtomic(target, 'data');
    await expect(failure).rejects.toThrow(AtomicWriteError);
    await expect(failure).rejects.toThrow(target);
    expect(await readdir(tempDir())).toEqual([]);
  });
});

describe('removeTempFiles', () => {
  const tempDir = useTempDir();

  it('removes only temp files of interrupted atomic writes', async () => {
    const debris = tempPathFor(join(tempDir(), 'snapshot.json'));
    await writeFile(debris, 'half a snap');
    await writeFile(join(tempDir(), 'snapshot.json'), '{}');
    await writeFile(join(tempDir(), '.hidden.tmp'), 'not ours');
    expect(await removeTempFiles(tempDir())).toHaveLength(1);
    expect((await readdir(tempDir())).sort()).toEqual(['.hidden.tmp', 'snapshot.json']);
  });
});

describe('ensureDirectory', () => {
  const tempDir = useTempDir();

  it('creates missing levels and accepts an existing directory', async () => {
    const nested = join(tempDir(), 'a', 'b', 'c');
    await ensureDirectory(nested);
    await ensureDirectory(nested);
    await mkdir(join(nested, 'd'));
    expect(await readdir(nested)).toEqual(['d']);
  });
});
