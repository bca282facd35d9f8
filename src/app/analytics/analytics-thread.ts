import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Budget } from '../../analytics/budget';
import type { CentralityMetric } from '../../analytics/centrality';
import { PATH_METRICS, combineShares, type PathMetric } from '../../analytics/centrality/paths';
import { paceSampledBetweenness } from '../../analytics/centrality/sampled-betweenness';
import { AnalyticsLimitError } from '../../analytics/errors';
import type { ActorNetwork } from '../../analytics/projection';
import {
  moduleOf,
  rebuild,
  threadNetwork,
  type ResultOf,
  type ThreadBudget,
  type ThreadJob,
  type ThreadReply,
  type ThreadResult,
  type ThreadTask,
  type ThreadWork,
} from './thread-protocol';

export { PATH_METRICS, type PathMetric };

export function isPathMetric(metric: CentralityMetric): metric is PathMetric {
  return (PATH_METRICS as readonly string[]).includes(metric);
}

interface Pending {
  resolve(result: ThreadResult): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** One thread of the pool, started on first use, and the work it holds. */
interface Slot {
  worker: Worker | undefined;
  readonly pending: Map<number, Pending>;
}

/** How long past its deadline a job may stay unanswered before its thread is taken for hung. */
const DEFAULT_GRACE_MS = 5_000;

/**
 * Worker threads for the analytics that take seconds on a large network (exact betweenness, closeness,
 * harmonic, Louvain, layouts, network stats), so that they do not hold the event loop: while one runs, the server goes on
 * answering other requests and /healthz. `size` threads (ANALYTICS_THREADS, default the machine's cores),
 * each started on first use. A path centrality is split into one share per thread, all over the same
 * shared arrays, and the shares are combined here; other jobs go to the least busy thread. Jobs queue in
 * their thread and their wait counts against their time budget. A thread that leaves a job unanswered
 * past its deadline (plus a grace) is terminated, every job it held fails with ANALYTICS_LIMIT_EXCEEDED,
 * and its next job starts a fresh one.
 */
export class AnalyticsThread {
  private readonly slots: Slot[];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly spawn: () => Worker,
    private readonly graceMs = DEFAULT_GRACE_MS,
    size = 1,
  ) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: undefined, pending: new Map() }));
  }

  /** How many threads share a path centrality. */
  get size(): number {
    return this.slots.length;
  }

  /**
   * The server's threads, running analytics-thread.worker next to this file. Built code (.js) runs it as
   * is; from TypeScript sources (tests, tools) a loader must be given in `execArgv`, else there is no
   * thread (undefined) and the analytics run inline.
   */
  static start(
    options: { execArgv?: string[]; graceMs?: number; threads?: number } = {},
  ): AnalyticsThread | undefined {
    const extension = extname(__filename);
    if (extension === '.ts' && options.execArgv === undefined) return undefined;
    const script = join(__dirname, `analytics-thread.worker${extension}`);
    return new AnalyticsThread(
      () => new Worker(script, options.execArgv ? { execArgv: options.execArgv } : {}),
      options.graceMs,
      options.threads ?? availableParallelism(),
    );
  }

  /**
   * Runs `job` over `network` on the threads. Resolves with exactly what the inline call returns
   * (centrality values indexed like the network's actors, the communities, the positions or the network
   * stats); rejects with the same
   * AnalyticsLimitError or AnalyticsArgumentError it would throw.
   */
  run<J extends ThreadJob>(network: ActorNetwork, job: J, budget: ThreadBudget): Promise<ResultOf<J>> {
    if (this.closed) return Promise.reject(new Error('analytics thread: closed'));
    const module = moduleOf(job);
    try {
      // Already out of time, or sampled betweenness over the work limit: refused here at once, as the
      // thread would refuse it, without a thread being asked.
      const early = new Budget(budget.limits, Date.now, budget.startedAt);
      early.check(module);
      if (job.kind === 'centrality' && job.metric === 'BETWEENNESS')
        paceSampledBetweenness(network, { samples: job.samples, budget: early });
    } catch (error) {
      return Promise.reject(error as Error);
    }
    if (job.kind !== 'centrality')
      return this.send(this.leastBusy(), network, job, budget, module) as Promise<ResultOf<J>>;
    const { metric, samples, seed } = job;
    const of = this.slots.length;
    const shares = this.slots.map((slot, index) =>
      this.send(
        slot,
        network,
        { kind: 'path share', metric, samples, seed, share: { index, of } },
        budget,
        module,
      ),
    );
    return Promise.all(shares as Promise<Float64Array>[]).then(
      (parts) => combineShares(network, metric, parts, { samples, seed }) as ResultOf<J>,
    );
  }

  /** Stops the threads; jobs still running fail. */
  async close(): Promise<void> {
    this.closed = true;
    const workers = this.slots.map((slot) => slot.worker);
    for (const slot of this.slots) {
      slot.worker = undefined;
      failAll(slot, new Error('analytics thread: closed while computing'));
    }
    await Promise.all(workers.map((worker) => worker?.terminate()));
  }

  private leastBusy(): Slot {
    return this.slots.reduce((best, slot) => (slot.pending.size < best.pending.size ? slot : best));
  }

  private send(
    slot: Slot,
    network: ActorNetwork,
    work: ThreadWork,
    { limits, startedAt }: ThreadBudget,
    module: string,
  ): Promise<ThreadResult> {
    const worker = this.thread(slot);
    const id = this.nextId++;
    // Field by field: only plain data can cross to the thread.
    const task: ThreadTask = {
      id,
      work,
      budget: {
        limits: { timeBudgetMs: limits.timeBudgetMs, maxAllPairsWork: limits.maxAllPairsWork },
        startedAt,
      },
      network: threadNetwork(network),
    };
    return new Promise((resolve, reject) => {
      const deadline = startedAt + limits.timeBudgetMs + this.graceMs;
      const wait = Math.max(0, Math.min(deadline - Date.now(), 2 ** 31 - 1));
      const timer = setTimeout(() => this.hung(slot, worker, module), wait);
      slot.pending.set(id, { resolve, reject, timer });
      worker.postMessage(task);
    });
  }

  private thread(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const worker = this.spawn();
    worker.on('message', (reply: ThreadReply) => settle(slot, reply));
    worker.on('error', (error) => this.lost(slot, worker, error));
    worker.on('exit', (code) => this.lost(slot, worker, new Error(`analytics thread: exited (${code})`)));
    // An idle thread must not keep a finished process (a CLI, a test) alive.
    worker.unref();
    slot.worker = worker;
    return worker;
  }

  private hung(slot: Slot, worker: Worker, module: string): void {
    if (slot.worker !== worker) return;
    slot.worker = undefined;
    failAll(
      slot,
      new AnalyticsLimitError(
        module,
        'did not finish within its time budget',
        'narrow the network with `filter` (or pass `samples` for betweenness)',
      ),
    );
    void worker.terminate();
  }

  private lost(slot: Slot, worker: Worker, error: Error): void {
    if (slot.worker !== worker) return;
    slot.worker = undefined;
    failAll(slot, error);
  }
}

function settle(slot: Slot, reply: ThreadReply): void {
  const pending = slot.pending.get(reply.id);
  if (!pending) return;
  slot.pending.delete(reply.id);
  clearTimeout(pending.timer);
  if ('result' in reply) pending.resolve(reply.result);
  else pending.reject(rebuild(reply.error));
}

function failAll(slot: Slot, error: Error): void {
  for (const { reject, timer } of slot.pending.values()) {
    clearTimeout(timer);
    reject(error);
  }
  slot.pending.clear();
}
