import { hopDistances } from '../reach';
import { AnalyticsArgumentError } from '../errors';
import type { ActorNetwork } from '../projection';

/**
 * A shortest path (in hops) between two actors, as node indices from `from` to `to`; among equally short
 * paths, the one whose actor ids are smallest step by step (so the answer never changes between runs);
 * null when they are not connected; `[from]` when they are the same actor. An id that is not a node of
 * the network is an AnalyticsArgumentError naming the argument.
 */
export function shortestPath(network: ActorNetwork, from: string, to: string): number[] | null {
  const source = nodeIndex(network, from, 'from');
  const target = nodeIndex(network, to, 'to');
  const dist = hopDistances(network, [target], Infinity);
  if (dist[source] === -1) return null;
  const { offsets, neighbours } = network;
  const path = [source];
  for (let v = source; v !== target;) {
    // Neighbour lists are ascending (by id), so the first one a hop closer is the smallest.
    let e = offsets[v]!;
    while (dist[neighbours[e]!] !== dist[v]! - 1) e++;
    v = neighbours[e]!;
    path.push(v);
  }
  return path;
}

/** The node index of an actor id, or an AnalyticsArgumentError naming `module` and `argument`. */
export function nodeIndex(
  network: ActorNetwork,
  id: string,
  argument: string,
  module = 'shortest path',
): number {
  const index = network.indexOf.get(id);
  if (index === undefined)
    throw new AnalyticsArgumentError(
      module,
      argument,
      `actor "${id}" is not a node of the network (unknown, or outside the filter's sectors)`,
    );
  return index;
}
