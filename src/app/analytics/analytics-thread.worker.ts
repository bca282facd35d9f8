import { parentPort } from 'node:worker_threads';
import { Budget } from '../../analytics/budget';
import { betweenness, closeness, harmonic } from '../../analytics/centrality/paths';
import { communities, type Communities } from '../../analytics/structure/communities';
import { forceAtlas2Layout } from '../../analytics/views/layout';
import { assertNever } from '../../domain';
import { describeFailure, type ThreadReply, type ThreadTask } from './analytics-thread';

/** The thread of AnalyticsThread (analytics-thread.ts): runs each job it is sent, one at a time, and answers. */
function run({
  job,
  budget: { limits, startedAt },
  network: arrays,
}: ThreadTask): Float64Array | Communities {
  // Of actors only the length is read (TieStructure, WeightedTies); the ties in the projection's order.
  const network = {
    actors: { length: arrays.actors },
    ties: Array.from(arrays.tieSources, (source, i) => ({
      source,
      target: arrays.tieTargets[i]!,
      weight: arrays.tieWeights[i]!,
    })),
    offsets: arrays.offsets,
    neighbours: arrays.neighbours,
  };
  const budget = new Budget(limits, Date.now, startedAt);
  switch (job.kind) {
    case 'communities':
      return communities(network, { seed: job.seed, resolution: job.resolution, budget });
    case 'layout':
      // The layout reads only the ties between `nodes`, as it would of the subgraph itself.
      return forceAtlas2Layout({ nodes: job.nodes, ties: network.ties }, { seed: job.seed, budget });
    case 'centrality':
      switch (job.metric) {
        case 'BETWEENNESS':
          return betweenness(network, { budget, samples: job.samples, seed: job.seed });
        case 'CLOSENESS':
          return closeness(network, { budget });
        case 'HARMONIC':
          return harmonic(network, { budget });
        default:
          return assertNever(job.metric, 'path metric');
      }
    default:
      return assertNever(job, 'analytics thread job');
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
