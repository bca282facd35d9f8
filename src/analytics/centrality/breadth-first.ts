import type { TieStructure } from '../projection';

/**
 * Breadth-first search scratch space over the CSR adjacency, reused for every source: distances (−1 =
 * unreached), the visiting order (also the queue), the number of nodes reached, and the number of levels
 * (the source's eccentricity + 1). What the diameter's eccentricity searches read.
 */
export class Bfs {
  readonly dist: Int32Array;
  readonly order: Int32Array;
  reached = 0;
  levels = 0;
  constructor(private readonly network: TieStructure) {
    this.dist = new Int32Array(network.actors.length).fill(-1);
    this.order = new Int32Array(network.actors.length);
  }

  /** Visits every node reachable from `source`, nearest first. */
  run(source: number): void {
    const { offsets, neighbours } = this.network;
    const { dist, order } = this;
    for (let i = 0; i < this.reached; i++) dist[order[i]!] = -1;
    dist[source] = 0;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = neighbours[e]!;
        if (dist[w] === -1) {
          dist[w] = next;
          order[tail++] = w;
        }
      }
    }
    this.reached = tail;
    this.levels = dist[order[tail - 1]!]! + 1;
  }
}

/** How many searches a MultiBfs runs at once: one bit of a 32-bit word each. */
export const SEARCHES_AT_ONCE = 32;

/**
 * Up to 32 breadth-first searches run together, one bit of a word per search (Then et al., "The More the
 * Merrier: Efficient Multi-Source Graph Traversal", VLDB 2014). A node is expanded once per level for all
 * the searches that reach it at that level, so nearby sources share their edge visits: the closeness and
 * harmonic sums need about a fifth of the work of one search per source on partner networks. Only the
 * number of nodes each search reaches at each distance is kept, which is all those sums read.
 */
export class MultiBfs {
  private readonly seen: Int32Array;
  private readonly frontier: Int32Array;
  private readonly next: Int32Array;
  private readonly active: Int32Array;
  private readonly discovered: Int32Array;
  private capacity = 16;
  private counts: Int32Array;
  /** Levels of the last run: every search's distances are below it. */
  levels = 0;

  constructor(private readonly network: TieStructure) {
    const n = network.actors.length;
    this.seen = new Int32Array(n);
    this.frontier = new Int32Array(n);
    this.next = new Int32Array(n);
    this.active = new Int32Array(n);
    this.discovered = new Int32Array(n);
    this.counts = new Int32Array(SEARCHES_AT_ONCE * this.capacity);
  }

  /**
   * Searches from each of `sources` (at most 32, distinct); afterwards atDistance(i) holds, for the
   * search from sources[i], how many nodes lie at each distance d < levels (1 at distance 0).
   */
  run(sources: ArrayLike<number>): void {
    const { offsets, neighbours } = this.network;
    const { seen, frontier, next, active, discovered } = this;
    seen.fill(0);
    this.counts.fill(0);
    let width = 0;
    for (let b = 0; b < sources.length; b++) {
      const s = sources[b]!;
      seen[s] = frontier[s] = 1 << b;
      active[width++] = s;
      this.counts[b * this.capacity] = 1;
    }
    let level = 0;
    while (width > 0) {
      if (++level === this.capacity) this.grow();
      const { counts, capacity } = this;
      let found = 0;
      for (let i = 0; i < width; i++) {
        const v = active[i]!;
        const searches = frontier[v]!;
        frontier[v] = 0;
        for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
          const w = neighbours[e]!;
          const fresh = searches & ~seen[w]!;
          if (fresh === 0) continue;
          if (next[w] === 0) discovered[found++] = w;
          next[w]! |= fresh;
        }
      }
      for (let i = 0; i < found; i++) {
        const w = discovered[i]!;
        let searches = next[w]!;
        next[w] = 0;
        seen[w]! |= searches;
        frontier[w] = searches;
        active[i] = w;
        while (searches !== 0) {
          const bit = searches & -searches;
          counts[(31 - Math.clz32(bit)) * capacity + level]!++;
          searches ^= bit;
        }
      }
      width = found;
    }
    this.levels = level;
  }

  /** The counts at each distance of search `i` of the last run, indexed by distance (length ≥ levels). */
  atDistance(i: number): Int32Array {
    return this.counts.subarray(i * this.capacity, (i + 1) * this.capacity);
  }

  private grow(): void {
    const wider = new Int32Array(SEARCHES_AT_ONCE * this.capacity * 2);
    for (let b = 0; b < SEARCHES_AT_ONCE; b++) wider.set(this.atDistance(b), b * this.capacity * 2);
    this.capacity *= 2;
    this.counts = wider;
  }
}
