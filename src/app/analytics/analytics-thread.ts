import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Budget, type AnalyticsLimits } from '../../analytics/budget';
import type { CentralityMetric } from '../../analytics/centrality';
import { AnalyticsArgumentError, AnalyticsLimitError } from '../../analytics/errors';
import type { ActorNetwork } from '../../analytics/projection';
import type { Communities } from '../../analytics/structure/communities';
import { assertNever } from '../../domain';

/** The centralities that run on the thread: one breadth-first search per actor, seconds on a large network. */
export const PATH_METRICS = ['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const;
export type PathMetric = (typeof PATH_METRICS)[number];

export function isPathMetric(metric: CentralityMetric): metric is PathMetric {
  return (PATH_METRICS as readonly string[]).includes(metric);
}

/**
 * What the thread computes: a path centrality, Louvain communities (a second at 10k actors), or the
 * ForceAtlas2 layout of the subgraph of `nodes` (seconds at 5k actors).
 */
export type ThreadJob =
  | { kind: 'centrality'; metric: PathMetric; samples?: number; seed?: number }
  | { kind: 'communities'; seed: number; resolution: number }
  | { kind: 'layout'; nodes: Int32Array; seed: number };

type ResultOf<J extends ThreadJob> = J extends { kind: 'communities' } ? Communities : Float64Array;

/** The budget of a job: its limits, and when it was asked for (Date.now()), the queue's wait counting. */
export interface ThreadBudget {
  limits: AnalyticsLimits;
  startedAt: number;
}

/** The ties of the network as typed arrays (copied to the thread): the CSR adjacency and the tie list. */
export interface ThreadNetwork {
  actors: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  tieSources: Int32Array;
  tieTargets: Int32Array;
  tieWeights: Float64Array;
}

export interface ThreadTask {
  id: number;
  job: ThreadJob;
  budget: ThreadBudget;
  network: ThreadNetwork;
}

/** An error as it crosses the thread boundary, to be rebuilt as the same class on this side. */
export type ThreadFailure =
  | { kind: 'limit'; module: string; detail: string; suggestion?: string }
  | { kind: 'argument'; module: string; argument: string; detail: string }
  | { kind: 'other'; message: string };

export type ThreadReply =
  { id: number; result: Float64Array | Communities } | { id: number; error: ThreadFailure };

interface Pending {
  resolve(result: Float64Array | Communities): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** How long past its deadline a job may stay unanswered before its thread is taken for hung. */
const DEFAULT_GRACE_MS = 5_000;

/**
 * A worker thread for the analytics that take seconds on a large network (exact betweenness, closeness,
 * harmonic, Louvain, layouts), so that they do not hold the event loop: while one runs, the server goes on
 * answering other requests and /healthz. One thread, started on first use: the machines this is sized
 * for have two cores, one for the event loop. Jobs queue in the thread and their wait counts against
 * their time budget. A thread that leaves a job unanswered past its deadline (plus a grace) is
 * terminated, every job it held fails with ANALYTICS_LIMIT_EXCEEDED, and the next job starts a fresh one.
 */
export class AnalyticsThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly spawn: () => Worker,
    private readonly graceMs = DEFAULT_GRACE_MS,
  ) {}

  /**
   * The server's thread, running analytics-thread.worker next to this file. Built code (.js) runs it as
   * is; from TypeScript sources (tests, tools) a loader must be given in `execArgv`, else there is no
   * thread (undefined) and the analytics run inline.
   */
  static start(options: { execArgv?: string[]; graceMs?: number } = {}): AnalyticsThread | undefined {
    const extension = extname(__filename);
    if (extension === '.ts' && options.execArgv === undefined) return undefined;
    const script = join(__dirname, `analytics-thread.worker${extension}`);
    return new AnalyticsThread(
      () => new Worker(script, options.execArgv ? { execArgv: options.execArgv } : {}),
      options.graceMs,
    );
  }

  /**
   * Runs `job` over `network` on the thread. Resolves with exactly what the inline call returns
   * (centrality values indexed like the network's actors, the communities, or the positions); rejects with the same
   * AnalyticsLimitError or AnalyticsArgumentError it would throw.
   */
  run<J extends ThreadJob>(network: ActorNetwork, job: J, budget: ThreadBudget): Promise<ResultOf<J>> {
    if (this.closed) return Promise.reject(new Error('analytics thread: closed'));
    const module = moduleOf(job);
    const { limits, startedAt } = budget;
    try {
      // Already out of time: say so as the thread would, without taking it for hung.
      new Budget(limits, Date.now, startedAt).check(module);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const worker = this.thread();
    const id = this.nextId++;
    // Field by field: only plain data can cross to the thread.
    const task: ThreadTask = {
      id,
      job,
      budget: {
        limits: { timeBudgetMs: limits.timeBudgetMs, maxAllPairsWork: limits.maxAllPairsWork },
        startedAt,
      },
      network: threadNetwork(network),
    };
    return new Promise<ResultOf<J>>((resolve, reject) => {
      const deadline = startedAt + limits.timeBudgetMs + this.graceMs;
      const wait = Math.max(0, Math.min(deadline - Date.now(), 2 ** 31 - 1));
      const timer = setTimeout(() => this.hung(worker, module), wait);
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject, timer });
      worker.postMessage(task);
    });
  }

  /** Stops the thread; jobs still running fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('analytics thread: closed while computing'));
    await worker?.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.on('message', (reply: ThreadReply) => this.settle(reply));
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`analytics thread: exited (${code})`)));
    // An idle thread must not keep a finished process (a CLI, a test) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: ThreadReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if ('result' in reply) pending.resolve(reply.result);
    else pending.reject(rebuild(reply.error));
  }

  private hung(worker: Worker, module: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failAll(
      new AnalyticsLimitError(
        module,
        'did not finish within its time budget',
        'narrow the network with `filter` (or pass `samples` for betweenness)',
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

/** The module name a job's errors carry, as the inline functions name themselves. */
function moduleOf(job: ThreadJob): string {
  switch (job.kind) {
    case 'centrality':
      return job.metric.toLowerCase();
    case 'communities':
      return 'communities';
    case 'layout':
      return 'layout';
    default:
      return assertNever(job, 'analytics thread job');
  }
}

/** The typed arrays of a network the thread needs; copies of the cached projection's, which stays intact. */
const threadNetworks = new WeakMap<ActorNetwork, ThreadNetwork>();
function threadNetwork(network: ActorNetwork): ThreadNetwork {
  let found = threadNetworks.get(network);
  if (!found) {
    const { ties } = network;
    found = {
      actors: network.actors.length,
      offsets: network.offsets,
      neighbours: network.neighbours,
      tieSources: Int32Array.from(ties, (t) => t.source),
      tieTargets: Int32Array.from(ties, (t) => t.target),
      tieWeights: Float64Array.from(ties, (t) => t.weight),
    };
    threadNetworks.set(network, found);
  }
  return found;
}

/** An error of the thread as the class it was there. */
function rebuild(failure: ThreadFailure): Error {
  switch (failure.kind) {
    case 'limit':
      return new AnalyticsLimitError(failure.module, failure.detail, failure.suggestion);
    case 'argument':
      return new AnalyticsArgumentError(failure.module, failure.argument, failure.detail);
    case 'other':
      return new Error(`analytics thread: ${failure.message}`);
    default:
      return assertNever(failure, 'analytics thread failure');
  }
}

/** An error of the thread as it crosses to the main thread (see rebuild). */
export function describeFailure(error: unknown): ThreadFailure {
  if (error instanceof AnalyticsLimitError)
    return { kind: 'limit', module: error.module, detail: error.detail, suggestion: error.suggestion };
  if (error instanceof AnalyticsArgumentError)
    return { kind: 'argument', module: error.module, argument: error.argument, detail: error.detail };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}
