import { ValidationError } from '../domain';
import type { ReachedActor } from './network-store';

/** Beyond this many hops a partner network is all one neighbourhood: a larger `hops` is a mistake. */
export const MAX_HOPS = 10;

/** Rejects `hops` outside 0..MAX_HOPS, naming the argument. */
export function checkHops(hops: number): void {
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_HOPS)
    throw new ValidationError([{ path: 'hops', message: `must be a whole number from 0 to ${MAX_HOPS}` }]);
}

/**
 * Breadth-first search from `origin`, one ring at a time: `neighboursOf(ring)` gives the actors tied to
 * any actor of the ring (adapters answer it from memory or with one query per ring, so a k-hop reach
 * costs k round trips whatever the network's size). Returns every actor within `hops`, the origin
 * excluded, with its distance; by distance, then id.
 */
export async function breadthFirst(
  origin: string,
  hops: number,
  neighboursOf: (ring: readonly string[]) => Promise<Iterable<string>> | Iterable<string>,
): Promise<ReachedActor[]> {
  checkHops(hops);
  const seen = new Set([origin]);
  const reached: ReachedActor[] = [];
  let ring = [origin];
  for (let distance = 1; distance <= hops && ring.length > 0; distance++) {
    const next: string[] = [];
    for (const id of await neighboursOf(ring)) {
      if (seen.has(id)) continue;
      seen.add(id);
      next.push(id);
    }
    next.sort();
    for (const actorId of next) reached.push({ actorId, hops: distance });
    ring = next;
  }
  return reached;
}
