/**
 * A seeded pseudo-random generator (mulberry32): uniform floats in [0, 1), the same sequence for the same
 * seed on every machine. Sampled betweenness and Louvain draw from it so that a `seed` argument makes their
 * results reproducible.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, bound). */
export function randomInt(random: () => number, bound: number): number {
  return Math.floor(random() * bound);
}

/**
 * `count` distinct integers of [0, n), drawn uniformly without replacement (a partial Fisher–Yates
 * shuffle), in the order drawn. Deterministic for the generator's seed.
 */
export function sampleWithoutReplacement(random: () => number, n: number, count: number): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const take = Math.min(count, n);
  for (let i = 0; i < take; i++) {
    const j = i + randomInt(random, n - i);
    const swap = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = swap;
  }
  return pool.slice(0, take);
}
