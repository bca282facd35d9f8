import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE_DIR = resolve(__dirname, '../../../../../src/store/embedded/durability');

/**
 * Child processes run plain node, which cannot load our TypeScript; ts-jest only transforms inside jest.
 * So the durability sources are transpiled (no type check, no bundling) into a temp directory of CommonJS
 * files that a child script can require. The module only uses node: imports and relative imports among
 * its own files, so transpiling the directory is the whole build.
 */
export async function compileDurabilityModule(): Promise<{ dir: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'durability-js-'));
  for (const name of (await readdir(SOURCE_DIR)).filter((file) => file.endsWith('.ts'))) {
    const source = await readFile(join(SOURCE_DIR, name), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: name,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    });
    await writeFile(join(dir, name.replace(/\.ts$/, '.js')), outputText);
  }
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** A running node child whose stdout is collected as lines. */
export interface NodeChild {
  process: ChildProcess;
  lines: string[];
  /** Resolves with the first stdout line satisfying `predicate`; rejects if the child closes without one. */
  waitForLine(predicate: (line: string) => boolean): Promise<string>;
  /** Resolves when the process has exited and its stdout is drained. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/**
 * Runs `script` (JavaScript source) with node, saved in `scriptDir` so that it can `require('./lock')` etc.
 * from a directory made by compileDurabilityModule.
 */
export async function runNodeScript(
  scriptDir: string,
  script: string,
  args: string[] = [],
): Promise<NodeChild> {
  const scriptPath = join(scriptDir, `child-${Date.now()}-${Math.random().toString(16).slice(2)}.js`);
  await writeFile(scriptPath, script);
  const child = spawn(process.execPath, [scriptPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let partial = '';
  let stderr = '';
  let isClosed = false;
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    notify();
  });
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (done) => {
      child.on('close', (code, signal) => {
        isClosed = true;
        notify();
        done({ code, signal, stderr });
      });
    },
  );
  const waitForLine = (predicate: (line: string) => boolean) =>
    new Promise<string>((found, failed) => {
      const check = () => {
        const line = lines.find(predicate);
        if (line === undefined && !isClosed) return;
        listeners.delete(check);
        if (line !== undefined) found(line);
        else failed(new Error(`child closed before the expected output; stderr:\n${stderr}`));
      };
      listeners.add(check);
      check();
    });
  return { process: child, lines, waitForLine, closed };
}
