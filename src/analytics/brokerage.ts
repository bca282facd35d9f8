import { SECTORS, type Actor } from '../domain';
import type { ActorNetwork } from './projection';

/** Gould–Fernandez brokerage roles of one actor (docs/design.md §4–5), on the sector attribute, undirected. */
export interface Brokerage {
  actor: Actor;
  /** Unordered pairs of its neighbours a, c with no tie between them where a, b, c share one sector. */
  coordinator: number;
  /** … where a and c share a sector and b has another. */
  itinerant: number;
  /** … where b shares its sector with exactly one of a, c (undirected: gatekeeper included). */
  representative: number;
  /** … where a, b and c are of three sectors: cross-helix brokering. */
  liaison: number;
  total: number;
}

type Role = 'coordinator' | 'itinerant' | 'representative' | 'liaison';

/** The role b plays between a and c, from the three sectors (as indices). */
function roleOf(a: number, b: number, c: number): Role {
  if (a === c) return a === b ? 'coordinator' : 'itinerant';
  return a === b || c === b ? 'representative' : 'liaison';
}

/**
 * Brokerage roles of every actor, highest total first, then by id; actors brokering nothing (total 0)
 * are listed too, last. Counts every pair of neighbours by sector in O(degree) per actor, then takes away
 * the pairs that are tied (the triangles, found by merging sorted neighbour lists): O(n + Σ over ties of
 * the two degrees), never a pass over all neighbour pairs.
 */
export function brokerage(network: ActorNetwork): Brokerage[] {
  const { actors, offsets, neighbours } = network;
  const n = actors.length;
  const sector = Int32Array.from(actors, (a) => SECTORS.indexOf(a.sector));
  const counts: Record<Role, Float64Array> = {
    coordinator: new Float64Array(n),
    itinerant: new Float64Array(n),
    representative: new Float64Array(n),
    liaison: new Float64Array(n),
  };

  const perSector = new Float64Array(SECTORS.length);
  for (let b = 0; b < n; b++) {
    perSector.fill(0);
    for (let at = offsets[b]!; at < offsets[b + 1]!; at++) perSector[sector[neighbours[at]!]!]! += 1;
    const same = perSector[sector[b]!]!;
    const others = offsets[b + 1]! - offsets[b]! - same;
    let otherPairsSameSector = 0;
    let otherSquares = 0;
    perSector.forEach((count, s) => {
      if (s === sector[b]) return;
      otherPairsSameSector += pairs(count);
      otherSquares += count * count;
    });
    counts.coordinator[b] = pairs(same);
    counts.itinerant[b] = otherPairsSameSector;
    counts.representative[b] = same * others;
    counts.liaison[b] = (others * others - otherSquares) / 2;
  }

  // Each triangle u < v < w once: its three tied pairs are no brokerage for the third vertex.
  for (let u = 0; u < n; u++)
    for (let at = offsets[u]!; at < offsets[u + 1]!; at++) {
      const v = neighbours[at]!;
      if (v <= u) continue;
      forEachCommonAbove(network, u, v, v, (w) => {
        counts[roleOf(sector[v]!, sector[u]!, sector[w]!)][u]! -= 1;
        counts[roleOf(sector[u]!, sector[v]!, sector[w]!)][v]! -= 1;
        counts[roleOf(sector[u]!, sector[w]!, sector[v]!)][w]! -= 1;
      });
    }

  return actors
    .map((actor, i) => {
      const roles = {
        coordinator: counts.coordinator[i]!,
        itinerant: counts.itinerant[i]!,
        representative: counts.representative[i]!,
        liaison: counts.liaison[i]!,
      };
      return {
        actor,
        ...roles,
        total: roles.coordinator + roles.itinerant + roles.representative + roles.liaison,
      };
    })
    .sort((x, y) => y.total - x.total); // stable: ties stay in id order
}

/** Unordered pairs among k items (never −0, which k(k − 1)/2 gives for k = 0). */
function pairs(k: number): number {
  return k < 2 ? 0 : (k * (k - 1)) / 2;
}

/** Calls `visit(w)` for every common neighbour w > `above` of u and v, merging their ascending lists. */
function forEachCommonAbove(
  network: ActorNetwork,
  u: number,
  v: number,
  above: number,
  visit: (w: number) => void,
): void {
  const { offsets, neighbours } = network;
  let i = offsets[u]!;
  let j = offsets[v]!;
  while (i < offsets[u + 1]! && j < offsets[v + 1]!) {
    const x = neighbours[i]!;
    const y = neighbours[j]!;
    if (x < y) i++;
    else if (y < x) j++;
    else {
      if (x > above) visit(x);
      i++;
      j++;
    }
  }
}
