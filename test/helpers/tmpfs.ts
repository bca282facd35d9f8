import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small tmpfs mounted for one test file: the only honest way to run out of disk space on purpose. */
export interface SmallDisk {
  path: string;
  unmount(): void;
}

/**
 * Mounts a tmpfs of `bytes` on a fresh directory, or returns why it cannot (not root, no mount namespace
 * rights in this container): the caller then skips its tests, saying so.
 */
export function mountSmallDisk(bytes: number): SmallDisk | string {
  const path = mkdtempSync(join(tmpdir(), 'partner-network-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes},mode=0700`, 'tmpfs', path], { stdio: 'pipe' });
  } catch (error) {
    rmSync(path, { recursive: true, force: true });
    return `cannot mount a tmpfs here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})`;
  }
  return {
    path,
    unmount() {
      // Lazily: a handle the test has just closed may still be on its way out.
      execFileSync('umount', ['-l', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/** Fills the filesystem holding `dir` with a file `name` until it is full; delete the file to free it. */
export function fillDisk(dir: string, name = 'filler'): string {
  const path = join(dir, name);
  // dd stops at ENOSPC, which is what we want, and exits 1 for it.
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${path}`, 'bs=4k'], { stdio: 'pipe' });
  } catch {
    // full
  }
  return path;
}
