import { parentPort } from 'node:worker_threads';
import { Budget } from '../../analytics/budget';
import { pathShare } from '../../analytics/centrality/paths';
import { communities } from '../../analytics/structure/communities';
import { networkStats } from '../../analytics/structure/stats';
import { forceAtlas2Layout } from '../../analytics/views/layout';
import { assertNever } from '../../domain';
import {
  describeFailure,
  type ThreadNetwork,
  type ThreadReply,
  type ThreadResult,
  type ThreadTask,
} from './thread-protocol';

/** The ties among `nodes`, in the projection's order: what the layout of their subgraph reads. */
function tiesAmong(nodes: Int32Array, { actors, ties }: ThreadNetwork) {
  const kept = new Uint8Array(actors);
  for (const v of nodes) kept[v] = 1;
  const among = [];
  for (let t = 0; t < ties.length; t++)
    if (kept[ties.source[t]!] && kept[ties.target[t]!])
      among.push({ source: ties.source[t]!, target: ties.target[t]!, weight: ties.weight[t]! });
  return among;
}

/** A thread of AnalyticsThread (analytics-thread.ts): runs each work it is sent, one at a time, and answers. */
function run({ work, budget: { limits, startedAt }, network: arrays }: ThreadTask): ThreadResult {
  const budget = new Budget(limits, Date.now, startedAt);
  // Of actors only the length is read (TieStructure, WeightedTies).
  const actors = { length: arrays.actors };
  const network = { actors, ties: arrays.ties, offsets: arrays.offsets, neighbours: arrays.neighbours };
  switch (work.kind) {
    case 'communities':
      return communities(
        { actors, ties: arrays.ties },
        { seed: work.seed, resolution: work.resolution, budget },
      );
    case 'layout':
      // The ties between `nodes`, as of the subgraph itself.
      return forceAtlas2Layout(
        { nodes: work.nodes, ties: tiesAmong(work.nodes, arrays) },
        { seed: work.seed, budget },
      );
    case 'path share':
      return pathShare(network, work.metric, { budget, samples: work.samples, seed: work.seed }, work.share);
    case 'network stats':
      return networkStats(network, { budget });
    default:
      return assertNever(work, 'analytics thread work');
  }
}

parentPort!.on('message', (task: ThreadTask) => {
  let reply: ThreadReply;
  try {
    reply = { id: task.id, result: run(task) };
  } catch (error) {
    reply = { id: task.id, error: describeFailure(error) };
  }
  // Centrality values and positions are this thread's own: moved, not copied.
  const moved =
    'result' in reply && reply.result instanceof Float64Array ? [reply.result.buffer as ArrayBuffer] : [];
  parentPort!.postMessage(reply, moved);
});
