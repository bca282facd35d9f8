import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The repository root: `spawnTs` resolves file paths against it and runs children in it. */
export const REPO = join(__dirname, '..', '..');
const REGISTER = join(__dirname, 'register-ts.js');

/** How a child ended, with everything it wrote. */
export interface ChildOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Options of `spawnTs`. */
export interface SpawnTsOptions {
  /**
   * Added to (and overriding) the test's own environment, less its Neo4j variables: a child runs on the
   * store its test means, so one meant for Neo4j names NEO4J_URI (and the rest) here.
   */
  env?: Record<string, string>;
  /** Open a pipe to the child's stdin (`child.process.stdin`); otherwise stdin is /dev/null. */
  stdin?: boolean;
  /** A command that runs node for us, e.g. `['unshare', '--pid', '--fork', '--mount-proc']`. */
  wrapper?: string[];
}

/** A running child whose stdout is collected line by line as it arrives. */
export interface TsChild {
  /** The node process: `pid`, `kill()`, and `stdin` when spawned with `stdin: true`. */
  readonly process: ChildProcess;
  /**
   * The complete stdout lines so far, without their '\n'. A trailing line the child had not finished when
   * it died is left out (it is still in `ChildOutcome.stdout`): a line cut short by SIGKILL, such as "ack 1"
   * of "ack 150", would otherwise read as a different, valid line.
   */
  readonly lines: readonly string[];
  /**
   * Resolves with the first line (from the start of the output, so nothing printed before the call is
   * missed) that matches: with a RegExp, its match; with a predicate, the line. Rejects, quoting the output,
   * if the child closes without such a line or none arrives within `ms`.
   */
  waitForLine(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  waitForLine(predicate: (line: string) => boolean, ms?: number): Promise<string>;
  /** Resolves once the process has exited and its output is drained; never rejects. */
  readonly closed: Promise<ChildOutcome>;
}

/**
 * Starts `node` on a TypeScript file of the repo (path relative to the repo root), loaded through
 * register-ts.js, so that a child runs the very sources the tests import, without a build step.
 */
export function spawnTs(file: string, args: string[] = [], options: SpawnTsOptions = {}): TsChild {
  const [command, ...prefix] = [...(options.wrapper ?? []), process.execPath];
  const child = spawn(command!, [...prefix, '-r', REGISTER, join(REPO, file), ...args], {
    cwd: REPO,
    env: { ...inheritedEnv(), ...options.env },
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = ''; // the line being written, until its '\n' arrives
  let stdout = '';
  let stderr = '';
  let isClosed = false;
  // Each pending waitForLine re-checks itself whenever lines arrive or the child closes.
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((check) => check());

  // Both are pipes (stdio above); the type does not know, as stdin's kind is chosen at run time.
  const out = child.stdout!;
  const err = child.stderr!;
  out.setEncoding('utf8');
  err.setEncoding('utf8');
  out.on('data', (chunk: string) => {
    stdout += chunk;
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    if (parts.length > 0) notify();
  });
  err.on('data', (chunk: string) => (stderr += chunk));
  // A failure to spawn (or to signal) is reported here rather than thrown into the test runner; 'close' follows.
  child.on('error', (error) => (stderr += `${error.stack ?? String(error)}\n`));
  // 'close', not 'exit': only then have stdout and stderr been read to the end.
  const closed = new Promise<ChildOutcome>((resolve) =>
    child.on('close', (code, signal) => {
      isClosed = true;
      notify();
      resolve({ code, signal, stdout, stderr });
    }),
  );

  function waitForLine(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  function waitForLine(predicate: (line: string) => boolean, ms?: number): Promise<string>;
  function waitForLine(
    test: RegExp | ((line: string) => boolean),
    // Only a bound on failure: a start takes 1 s on a quiet machine and 20 s or more on a loaded one.
    ms = 60_000,
  ): Promise<RegExpMatchArray | string> {
    const wanted = test instanceof RegExp ? String(test) : 'the expected line';
    return new Promise((resolve, reject) => {
      let next = 0; // lines before this one have been checked already
      const settle = (done: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        done();
      };
      const fail = (why: string) =>
        settle(() =>
          reject(new Error(`${why} before ${wanted}; stdout ends:\n${tail(stdout)}\nstderr:\n${stderr}`)),
        );
      const check = () => {
        for (; next < lines.length; next++) {
          const line = lines[next]!;
          const found = test instanceof RegExp ? line.match(test) : test(line) ? line : null;
          if (found !== null) return settle(() => resolve(found));
        }
        if (isClosed) fail('child closed');
      };
      const timer = setTimeout(() => fail(`${ms} ms passed`), ms);
      waiters.add(check);
      check();
    });
  }

  return { process: child, lines, waitForLine, closed };
}

/**
 * The test's environment without the variables that choose Neo4j: with NEO4J_URI set for the Neo4j-gated
 * suites, a server or CLI a test starts on its own DATA_DIR would otherwise run on Neo4j instead.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('NEO4J_')) delete env[name];
  return env;
}

/** The end of a long output: what a child printed last is what explains a missing line. */
function tail(text: string, chars = 4000): string {
  return text.length <= chars ? text : `...${text.slice(-chars)}`;
}
