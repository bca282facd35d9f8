import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');
const REGISTER = join(__dirname, 'register-ts.js');

/** Starts `node` on a TypeScript file of the repo (path relative to the repo root) with extra environment. */
export function spawnTs(file: string, args: string[] = [], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['-r', REGISTER, join(REPO, file), ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's output and resolves with its exit code (or signal) when it ends. */
export function finished(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

/** Resolves with the first match of `pattern` in the child's stdout; rejects if it exits first or after `ms`. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, ms = 20_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in ${ms} ms; got: ${out}`)), ms);
    const onData = (d: Buffer) => {
      out += d.toString();
      const match = out.match(pattern);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}; got: ${out}`));
    });
  });
}
