import { parentPort } from 'node:worker_threads';
import { Budget } from '../../analytics/budget';
import { betweenness, closeness, harmonic } from '../../analytics/centrality/paths';
import { assertNever } from '../../domain';
import { describeFailure, type PathReply, type PathTask } from './path-workers';

/** The thread of PathWorkers (path-workers.ts): runs each task it is sent, one at a time, and answers. */
function run(task: PathTask): Float64Array {
  // Only the lengths of actors and ties are read (TieStructure).
  const network = {
    actors: { length: task.actors },
    ties: { length: task.ties },
    offsets: task.offsets,
    neighbours: task.neighbours,
  };
  const budget = new Budget(task.limits, Date.now, task.startedAt);
  switch (task.metric) {
    case 'BETWEENNESS':
      return betweenness(network, { budget, samples: task.samples, seed: task.seed });
    case 'CLOSENESS':
      return closeness(network, { budget });
    case 'HARMONIC':
      return harmonic(network, { budget });
    default:
      return assertNever(task.metric, 'path metric');
  }
}

parentPort!.on('message', (task: PathTask) => {
  let reply: PathReply;
  try {
    reply = { id: task.id, values: run(task) };
  } catch (error) {
    reply = { id: task.id, error: describeFailure(error) };
  }
  // The values are this thread's own: moved, not copied.
  parentPort!.postMessage(reply, 'values' in reply ? [reply.values.buffer as ArrayBuffer] : []);
});
