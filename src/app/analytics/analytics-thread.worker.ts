import { parentPort } from 'node:worker_threads';
import { Budget } from '../../analytics/budget';
import { pathShare } from '../../analytics/centrality/paths';
import { communities, type Communities } from '../../analytics/structure/communities';
import { forceAtlas2Layout } from '../../analytics/views/layout';
import { assertNever } from '../../domain';
import { describeFailure, type ThreadNetwork, type ThreadReply, type ThreadTask } from './analytics-thread';

/** The tie list of the shared arrays, in the projection's order: what Louvain and the layout read. */
function ties(arrays: ThreadNetwork) {
  return Array.from(arrays.tieSources, (source, i) => ({
    source,
    target: arrays.tieTargets[i]!,
    weight: arrays.tieWeights[i]!,
  }));
}

/** A thread of AnalyticsThread (analytics-thread.ts): runs each work it is sent, one at a time, and answers. */
function run({
  work,
  budget: { limits, startedAt },
  network: arrays,
}: ThreadTask): Float64Array | Communities {
  const budget = new Budget(limits, Date.now, startedAt);
  // Of actors only the length is read (TieStructure, WeightedTies).
  const actors = { length: arrays.actors };
  switch (work.kind) {
    case 'communities':
      return communities(
        { actors, ties: ties(arrays) },
        { seed: work.seed, resolution: work.resolution, budget },
      );
    case 'layout':
      // The layout reads only the ties between `nodes`, as it would of the subgraph itself.
      return forceAtlas2Layout({ nodes: work.nodes, ties: ties(arrays) }, { seed: work.seed, budget });
    case 'path share': {
      const network = {
        actors,
        ties: { length: arrays.tieSources.length },
        offsets: arrays.offsets,
        neighbours: arrays.neighbours,
      };
      return pathShare(network, work.metric, { budget, samples: work.samples, seed: work.seed }, work.share);
    }
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
