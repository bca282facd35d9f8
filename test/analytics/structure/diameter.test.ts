import { Budget } from '../../../src/analytics/budget';
import { AnalyticsLimitError } from '../../../src/analytics/errors';
import { actorNetwork, type TieStructure } from '../../../src/analytics/projection';
import { seededRandom, randomInt } from '../../../src/analytics/random';
import { components } from '../../../src/analytics/structure/components';
import { diameter } from '../../../src/analytics/structure/stats';
import { syntheticNetwork } from '../../../src/io/generate/synthetic-network';

/** The CSR adjacency of an undirected graph on nodes 0..n−1 given by its edges. */
function graph(n: number, edges: [number, number][]): TieStructure {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    lists[a]!.push(b);
    lists[b]!.push(a);
  }
  const offsets = new Int32Array(n + 1);
  lists.forEach((list, v) => (offsets[v + 1] = offsets[v]! + list.length));
  return { actors: { length: n }, ties: edges, offsets, neighbours: Int32Array.from(lists.flat()) };
}

/**
 * The diameter the slow, obvious way: a breadth-first search from every node (each `counted` one), the
 * farthest distance.
 */
function bruteForce(g: TieStructure, counted: (v: number) => boolean = () => true): number {
  let longest = 0;
  for (let s = 0; s < g.actors.length; s++) {
    if (!counted(s)) continue;
    const dist = new Map([[s, 0]]);
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
        const w = g.neighbours[e]!;
        if (!dist.has(w)) {
          dist.set(w, dist.get(v)! + 1);
          queue.push(w);
          longest = Math.max(longest, dist.get(w)!);
        }
      }
    }
  }
  return longest;
}

/** A connected random graph: a random tree (long paths) plus `extra` random edges (shortcuts, cycles). */
function randomConnected(seed: number, n: number, extra: number): TieStructure {
  const random = seededRandom(seed);
  const edges: [number, number][] = [];
  for (let v = 1; v < n; v++) edges.push([v, randomInt(random, Math.max(1, Math.ceil(v * random())))]);
  for (let i = 0; i < extra; i++) {
    const a = randomInt(random, n);
    const b = randomInt(random, n);
    if (a !== b) edges.push([a, b]);
  }
  return graph(n, edges);
}

const everyone = (g: TieStructure) => Int32Array.from({ length: g.actors.length }, (_, i) => i);

describe('diameter (bounding diameters)', () => {
  it('is exact on paths, cycles, stars and a single node', () => {
    const path = graph(
      7,
      [0, 1, 2, 3, 4, 5].map((v) => [v, v + 1] as [number, number]),
    );
    const cycle = graph(
      9,
      [...Array(9).keys()].map((v) => [v, (v + 1) % 9] as [number, number]),
    );
    const star = graph(
      6,
      [1, 2, 3, 4, 5].map((v) => [0, v] as [number, number]),
    );
    expect(diameter(path, everyone(path), Budget.unlimited())).toBe(6);
    expect(diameter(cycle, everyone(cycle), Budget.unlimited())).toBe(4);
    expect(diameter(star, everyone(star), Budget.unlimited())).toBe(2);
    expect(diameter(graph(1, []), Int32Array.of(0), Budget.unlimited())).toBe(0);
  });

  it('equals a search from every node on 300 random connected graphs of every density', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const n = 2 + (seed % 60);
      const g = randomConnected(seed, n, (seed * 7) % (2 * n));
      const got = diameter(g, everyone(g), Budget.unlimited());
      const want = bruteForce(g);
      if (got !== want) wrong.push(`seed ${seed} (n ${n}): ${got}, expected ${want}`);
    }
    expect(wrong).toEqual([]);
  });

  it('measures only the component it is given', () => {
    // 0-1-2-3 and 4-5: the second component's diameter is 1.
    const g = graph(6, [
      [0, 1],
      [1, 2],
      [2, 3],
      [4, 5],
    ]);
    expect(diameter(g, Int32Array.of(4, 5), Budget.unlimited())).toBe(1);
    expect(diameter(g, Int32Array.of(0, 1, 2, 3), Budget.unlimited())).toBe(3);
  });

  it('stops at the time budget with ANALYTICS_LIMIT_EXCEEDED', () => {
    const g = randomConnected(1, 50, 10);
    let now = 0;
    const budget = new Budget({ timeBudgetMs: 0, maxAllPairsWork: Infinity }, () => (now += 1));
    expect(() => diameter(g, everyone(g), budget)).toThrow(AnalyticsLimitError);
  });
});

describe('diameter within the time budget', () => {
  // A clock that moves `stepMs` each time it is read: the budget reads it once per search, so searches
  // appear to take about `stepMs` each, whatever the machine.
  const tickingBudget = (stepMs: number) => {
    const clock = { now: 0, reads: 0 };
    const budget = new Budget({ timeBudgetMs: 10_000, maxAllPairsWork: Infinity }, () => {
      clock.reads++;
      return (clock.now += stepMs);
    });
    return { clock, budget };
  };

  it('refuses at once, with its estimate, a component needing more searches than the budget allows', () => {
    // A cycle of 400: every actor is as deep as any other, so ~200 searches remain after the sweeps.
    const cycle = graph(
      400,
      [...Array(400).keys()].map((v) => [v, (v + 1) % 400] as [number, number]),
    );
    const { clock, budget } = tickingBudget(100);
    const readsBefore = clock.reads;
    expect(() => diameter(cycle, everyone(cycle), budget)).toThrow(
      /diameter.*needs about \d+\.\d s \(up to \d+ breadth-first searches of [\d.]+ ms each\), more than the 9\.\d s left/,
    );
    // The sweeps (five searches, timed from start to end) and the estimate, nothing after: the budget was
    // not spent first.
    expect(clock.reads - readsBefore).toBe(8);
    expect(clock.now).toBeLessThan(1000);
  });

  it('answers on a generated partner network under the same clock, equal to a search from every actor', () => {
    const records = syntheticNetwork({ actors: 1500, seed: 3 });
    const network = actorNetwork({ ...records, revision: 1 });
    const largest = components(network)[0]!;
    const { budget } = tickingBudget(100);
    const got = diameter(network, largest, budget);
    const inLargest = new Set(largest);
    expect(got).toBe(bruteForce(network, (v) => inLargest.has(v)));
  });
});
