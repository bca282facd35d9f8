import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Budget, type AnalyticsLimits } from '../../analytics/budget';
import type { CentralityMetric } from '../../analytics/centrality';
import { AnalyticsArgumentError, AnalyticsLimitError } from '../../analytics/errors';
import type { TieStructure } from '../../analytics/projection';
import { assertNever } from '../../domain';

/** The centralities that run in the worker: one breadth-first search per actor, seconds on a large network. */
export const PATH_METRICS = ['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const;
export type PathMetric = (typeof PATH_METRICS)[number];

export function isPathMetric(metric: CentralityMetric): metric is PathMetric {
  return (PATH_METRICS as readonly string[]).includes(metric);
}

/** One computation as the worker receives it: the ties as typed arrays (copied), and its budget. */
export interface PathTask {
  id: number;
  metric: PathMetric;
  actors: number;
  ties: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  samples?: number;
  seed?: number;
  limits: AnalyticsLimits;
  /** When the computation was asked for (Date.now()): the time spent queued counts against the budget. */
  startedAt: number;
}

/** An error as it crosses the thread boundary, to be rebuilt as the same class on this side. */
export type PathFailure =
  | { kind: 'limit'; module: string; detail: string; suggestion?: string }
  | { kind: 'argument'; module: string; argument: string; detail: string }
  | { kind: 'other'; message: string };

export type PathReply = { id: number; values: Float64Array } | { id: number; error: PathFailure };

/** What a computation asks for besides the ties. */
export interface PathRequest {
  metric: PathMetric;
  samples?: number;
  seed?: number;
  limits: AnalyticsLimits;
  startedAt: number;
}

interface Pending {
  resolve(values: Float64Array): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** How long past its deadline a task may stay unanswered before its thread is taken for hung. */
const DEFAULT_GRACE_MS = 5_000;

/**
 * A worker thread for the shortest-path centralities, so that they do not hold the event loop: while
 * exact betweenness runs for seconds, the server goes on answering other requests and /healthz. One
 * thread, started on first use: the machines this is sized for have two cores, one for the event loop.
 * Tasks queue in the thread and their wait counts against their time budget. A thread that leaves a task
 * unanswered past its deadline (plus a grace) is terminated, every task it held fails with
 * ANALYTICS_LIMIT_EXCEEDED, and the next task starts a fresh thread.
 */
export class PathWorkers {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly spawn: () => Worker,
    private readonly graceMs = DEFAULT_GRACE_MS,
  ) {}

  /**
   * The server's pool, running path-centrality.worker next to this file. Built code (.js) runs it as is;
   * from TypeScript sources (tests, tools) a loader must be given in `execArgv`, else there is no pool
   * (undefined) and the centralities run inline.
   */
  static start(options: { execArgv?: string[]; graceMs?: number } = {}): PathWorkers | undefined {
    const extension = extname(__filename);
    if (extension === '.ts' && options.execArgv === undefined) return undefined;
    const script = join(__dirname, `path-centrality.worker${extension}`);
    return new PathWorkers(
      () => new Worker(script, options.execArgv ? { execArgv: options.execArgv } : {}),
      options.graceMs,
    );
  }

  /**
   * Runs one path centrality of `network` in the thread. Resolves with the values indexed like the
   * network's actors, exactly as the inline call would; rejects with the same AnalyticsLimitError or
   * AnalyticsArgumentError it would throw.
   */
  run(network: TieStructure, request: PathRequest): Promise<Float64Array> {
    if (this.closed) return Promise.reject(new Error('path workers: closed'));
    const { metric, samples, seed, limits, startedAt } = request;
    try {
      // Already out of time: say so as the thread would, without taking it for hung.
      new Budget(limits, Date.now, startedAt).check(metric.toLowerCase());
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const worker = this.thread();
    const id = this.nextId++;
    // Field by field: only plain data can cross to the thread.
    const task: PathTask = {
      id,
      metric,
      samples,
      seed,
      limits: { timeBudgetMs: limits.timeBudgetMs, maxAllPairsWork: limits.maxAllPairsWork },
      startedAt,
      actors: network.actors.length,
      ties: network.ties.length,
      offsets: network.offsets,
      neighbours: network.neighbours,
    };
    return new Promise<Float64Array>((resolve, reject) => {
      const deadline = startedAt + limits.timeBudgetMs + this.graceMs;
      const wait = Math.max(0, Math.min(deadline - Date.now(), 2 ** 31 - 1));
      const timer = setTimeout(() => this.hung(worker, metric), wait);
      this.pending.set(id, { resolve, reject, timer });
      // The arrays are the cached projection's: posted as copies, never transferred away from it.
      worker.postMessage(task);
    });
  }

  /** Stops the thread; tasks still running fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('path workers: closed while computing'));
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.on('message', (reply: PathReply) => this.settle(reply));
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`path workers: thread exited (${code})`)));
    // An idle thread must not keep a finished process (a CLI, a test) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: PathReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if ('values' in reply) pending.resolve(reply.values);
    else pending.reject(rebuild(reply.error));
  }

  private hung(worker: Worker, metric: PathMetric): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failAll(
      new AnalyticsLimitError(
        metric.toLowerCase(),
        'did not finish within its time budget',
        'pass `samples` for an estimate, or narrow the network with `filter`',
      ),
    );
    void worker.terminate();
  }

  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failAll(error);
  }

  private failAll(error: Error): void {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(error);
    }
    this.pending.clear();
  }
}

/** An error of the worker as the class it was there. */
function rebuild(failure: PathFailure): Error {
  switch (failure.kind) {
    case 'limit':
      return new AnalyticsLimitError(failure.module, failure.detail, failure.suggestion);
    case 'argument':
      return new AnalyticsArgumentError(failure.module, failure.argument, failure.detail);
    case 'other':
      return new Error(`path workers: ${failure.message}`);
    default:
      return assertNever(failure, 'path worker failure');
  }
}

/** An error of the worker as it crosses to the main thread (see rebuild). */
export function describeFailure(error: unknown): PathFailure {
  if (error instanceof AnalyticsLimitError)
    return { kind: 'limit', module: error.module, detail: error.detail, suggestion: error.suggestion };
  if (error instanceof AnalyticsArgumentError)
    return { kind: 'argument', module: error.module, argument: error.argument, detail: error.detail };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}
