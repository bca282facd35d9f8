import type { AnalyticsLimits } from '../../analytics/budget';
import type { PathMetric, PathShare } from '../../analytics/centrality/paths';
import { AnalyticsArgumentError, AnalyticsLimitError } from '../../analytics/errors';
import type { ActorNetwork, TieColumns } from '../../analytics/projection';
import type { Communities } from '../../analytics/structure/communities';
import type { NetworkStats } from '../../analytics/structure/stats';
import { assertNever } from '../../domain';

/**
 * What crosses between AnalyticsThread (analytics-thread.ts) and its threads (analytics-thread.worker.ts):
 * the jobs and their results, the network over shared memory, and errors as plain data rebuilt as the
 * same class on the other side.
 */

/**
 * What the threads compute: a path centrality (shared out over every thread), Louvain communities (a
 * second at 10k actors), the ForceAtlas2 layout of the subgraph of `nodes` (seconds at 5k actors), or
 * the network stats (triangles and diameter: up to a second at 100k actors).
 */
export type ThreadJob =
  | { kind: 'centrality'; metric: PathMetric; samples?: number; seed?: number }
  | { kind: 'communities'; seed: number; resolution: number }
  | { kind: 'layout'; nodes: Int32Array; seed: number }
  | { kind: 'network stats' };

/** What a thread answers. */
export type ThreadResult = Float64Array | Communities | NetworkStats;

/** What one thread is sent: a job, or its share of a path centrality (see pathShare). */
export type ThreadWork =
  | Exclude<ThreadJob, { kind: 'centrality' }>
  | { kind: 'path share'; metric: PathMetric; samples?: number; seed?: number; share: PathShare };

export type ResultOf<J extends ThreadJob> = J extends { kind: 'communities' }
  ? Communities
  : J extends { kind: 'network stats' }
    ? NetworkStats
    : Float64Array;

/** The budget of a job: its limits, and when it was asked for (Date.now()), the queue's wait counting. */
export interface ThreadBudget {
  limits: AnalyticsLimits;
  startedAt: number;
}

/**
 * The ties of the network as typed arrays over SharedArrayBuffers: every thread reads the same memory,
 * nothing is copied per job. The CSR adjacency and the tie columns are the projection's own.
 */
export interface ThreadNetwork {
  actors: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  ties: TieColumns;
}

export interface ThreadTask {
  id: number;
  work: ThreadWork;
  budget: ThreadBudget;
  network: ThreadNetwork;
}

/** An error as it crosses the thread boundary, to be rebuilt as the same class on this side. */
export type ThreadFailure =
  | { kind: 'limit'; module: string; detail: string; suggestion?: string }
  | { kind: 'argument'; module: string; argument: string; detail: string }
  | { kind: 'other'; message: string };

export type ThreadReply = { id: number; result: ThreadResult } | { id: number; error: ThreadFailure };

/** The module name a job's errors carry, as the inline functions name themselves. */
export function moduleOf(job: ThreadJob): string {
  switch (job.kind) {
    case 'centrality':
      return job.metric.toLowerCase();
    case 'communities':
      return 'communities';
    case 'layout':
      return 'layout';
    case 'network stats':
      return 'network stats';
    default:
      return assertNever(job, 'analytics thread job');
  }
}

/**
 * The typed arrays of a network the threads read, over SharedArrayBuffers: the projection's as they are
 * (it allocates them shared), copied once per network otherwise.
 */
const threadNetworks = new WeakMap<ActorNetwork, ThreadNetwork>();
export function threadNetwork(network: ActorNetwork): ThreadNetwork {
  let found = threadNetworks.get(network);
  if (!found) {
    const { ties } = network;
    found = {
      actors: network.actors.length,
      offsets: shared(network.offsets),
      neighbours: shared(network.neighbours),
      ties: {
        length: ties.length,
        source: shared(ties.source),
        target: shared(ties.target),
        weight: shared(ties.weight),
      },
    };
    threadNetworks.set(network, found);
  }
  return found;
}

/** `array` itself when it is over shared memory already (the projection's), else a shared copy. */
function shared<A extends Int32Array | Float64Array>(array: A): A {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => A)(
    new SharedArrayBuffer(array.byteLength),
  );
  copy.set(array);
  return copy;
}

/** An error of the thread as the class it was there. */
export function rebuild(failure: ThreadFailure): Error {
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
