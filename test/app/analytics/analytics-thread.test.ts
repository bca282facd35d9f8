import { Worker } from 'node:worker_threads';
import { Budget } from '../../../src/analytics/budget';
import { centrality } from '../../../src/analytics/centrality';
import { AnalyticsArgumentError, AnalyticsLimitError } from '../../../src/analytics/errors';
import { actorNetwork, degreeOf } from '../../../src/analytics/projection';
import { communities } from '../../../src/analytics/structure/communities';
import { networkStats } from '../../../src/analytics/structure/stats';
import { actorSubgraph } from '../../../src/analytics/views/actor-subgraph';
import { forceAtlas2Layout } from '../../../src/analytics/views/layout';
import { AnalyticsThread, type PathMetric } from '../../../src/app/analytics/analytics-thread';
import type { ThreadBudget } from '../../../src/app/analytics/thread-protocol';
import { randomNetwork } from '../../analytics/helpers/random-network';

const LOADER = ['-r', require.resolve('../../helpers/register-ts.js')];
const network = actorNetwork(randomNetwork({ actors: 300, seed: 7, groups: 3 }));
/** Values as plain numbers: the thread's arrays come from another realm than jest's. */
const numbers = (values: ArrayLike<number>) => Array.from(values);
// Two minutes: threads starting from TypeScript sources on a busy machine take seconds before their first job.
const limits = { timeBudgetMs: 120_000, maxAllPairsWork: 1e12 };
const budget = (extra: Partial<ThreadBudget> = {}): ThreadBudget => ({
  limits,
  startedAt: Date.now(),
  ...extra,
});
/**
 * The threads' values against the inline call's: closeness and harmonic exactly (each actor is one thread's);
 * betweenness sums every thread's share, so the last bits may differ with the order of the additions.
 */
function expectInlineValues(values: ArrayLike<number>, metric: PathMetric, sampling = {}): void {
  const inline = numbers(centrality(network, metric, sampling));
  if (metric !== 'BETWEENNESS') expect(numbers(values)).toEqual(inline);
  else {
    expect(values).toHaveLength(inline.length);
    inline.forEach((value, i) => expect(values[i]).toBeCloseTo(value, 14));
  }
}
const path = (metric: PathMetric, sampling: { samples?: number; seed?: number } = {}) =>
  ({ kind: 'centrality', metric, ...sampling }) as const;

/** A thread that takes its jobs and never answers, or dies on the first one. */
const silentThread = () => new Worker('setInterval(() => {}, 1000)', { eval: true });
const dyingThread = () =>
  new Worker("require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom') })", {
    eval: true,
  });

describe('AnalyticsThread: the long analytics off the event loop', () => {
  let thread: AnalyticsThread;
  beforeEach(() => {
    thread = AnalyticsThread.start({ execArgv: LOADER })!;
  });
  afterEach(() => thread.close());

  it('gives the values of the inline call, sampled betweenness included', async () => {
    for (const metric of ['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const)
      expectInlineValues(await thread.run(network, path(metric), budget()), metric);
    const sampling = { samples: 40, seed: 3 };
    expectInlineValues(
      await thread.run(network, path('BETWEENNESS', sampling), budget()),
      'BETWEENNESS',
      sampling,
    );
  });

  it('shares a path metric out over every thread of the pool, which adds up to the inline values', async () => {
    const pool = AnalyticsThread.start({ execArgv: LOADER, threads: 3 })!;
    try {
      expect(pool.size).toBe(3);
      for (const metric of ['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const)
        expectInlineValues(await pool.run(network, path(metric), budget()), metric);
    } finally {
      await pool.close();
    }
  });

  it('reads the projection from shared memory, not a copy', () => {
    expect(network.offsets.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(network.neighbours.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('gives exactly the communities of the inline call for a seed and resolution', async () => {
    for (const [seed, resolution] of [
      [0, 1],
      [5, 1.5],
    ] as const) {
      const found = await thread.run(network, { kind: 'communities', seed, resolution }, budget());
      const inline = communities(network, { seed, resolution });
      expect(numbers(found.communityOf)).toEqual(numbers(inline.communityOf));
      expect(found.members).toEqual(inline.members);
      expect(found.modularity).toBe(inline.modularity);
    }
  });

  it('gives exactly the positions of the inline layout, of the whole network and of an ego network', async () => {
    // The ego network of the best-connected actor.
    const hub = network.actors.reduce(
      (best, _, i) => (degreeOf(network, i) > degreeOf(network, best) ? i : best),
      0,
    );
    const ego = actorSubgraph(network, { ego: { actorId: network.actors[hub]!.id, hops: 2 } });
    for (const subgraph of [actorSubgraph(network), ego]) {
      const job = { kind: 'layout', nodes: subgraph.nodes, seed: 4 } as const;
      const positions = await thread.run(network, job, budget());
      expect(numbers(positions)).toEqual(numbers(forceAtlas2Layout(subgraph, { seed: 4 })));
    }
    expect(ego.nodes.length).toBeGreaterThan(10);
    expect(ego.nodes.length).toBeLessThan(network.actors.length);
  });

  it('gives exactly the network stats of the inline call, and refuses them as it does', async () => {
    expect(await thread.run(network, { kind: 'network stats' }, budget())).toEqual(networkStats(network));
    // Triangle counting over the all-pairs limit: refused up front, with the same estimate and suggestion.
    const tight = { ...limits, maxAllPairsWork: 100 };
    let inline: unknown;
    try {
      networkStats(network, { budget: new Budget(tight) });
    } catch (error) {
      inline = error;
    }
    expect(inline).toBeInstanceOf(AnalyticsLimitError);
    const refused = thread.run(network, { kind: 'network stats' }, budget({ limits: tight }));
    await expect(refused).rejects.toBeInstanceOf(AnalyticsLimitError);
    await expect(refused).rejects.toMatchObject({
      module: 'network stats',
      detail: (inline as AnalyticsLimitError).detail,
      suggestion: (inline as AnalyticsLimitError).suggestion,
    });
  });

  it('answers many concurrent jobs, each with its own result, and leaves the projection intact', async () => {
    const offsets = numbers(network.offsets);
    const metrics = ['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const;
    const asked = Array.from({ length: 12 }, (_, i) => metrics[i % 3]!);
    const answers = await Promise.all(asked.map((metric) => thread.run(network, path(metric), budget())));
    answers.forEach((values, i) => expectInlineValues(values, asked[i]!));
    expect(numbers(network.offsets)).toEqual(offsets);
  });

  it('refuses oversized work up front with the same AnalyticsLimitError, module and suggestion', async () => {
    const refused = thread.run(
      network,
      path('BETWEENNESS'),
      budget({ limits: { ...limits, maxAllPairsWork: 10 } }),
    );
    await expect(refused).rejects.toBeInstanceOf(AnalyticsLimitError);
    await expect(refused).rejects.toMatchObject({
      code: 'ANALYTICS_LIMIT_EXCEEDED',
      module: 'betweenness',
      suggestion: expect.stringContaining('samples'),
    });
  });

  it('refuses sampled betweenness over the work limit at once, as the inline call does', async () => {
    const tight = { ...limits, maxAllPairsWork: 40 * network.ties.length - 1 };
    const refused = thread.run(network, path('BETWEENNESS', { samples: 40 }), budget({ limits: tight }));
    await expect(refused).rejects.toBeInstanceOf(AnalyticsLimitError);
    await expect(refused).rejects.toMatchObject({
      module: 'betweenness',
      detail: expect.stringContaining(`(40 searches × ${network.ties.length} ties)`),
      suggestion: expect.stringContaining('fewer `samples`'),
    });
    expect(() => centrality(network, 'BETWEENNESS', { samples: 40, budget: new Budget(tight) })).toThrow(
      `(40 searches × ${network.ties.length} ties)`,
    );
  });

  it('counts the time a job waited behind another against its budget', async () => {
    // A grace long enough that the queued job is answered by its thread, not given up as hung.
    const patient = AnalyticsThread.start({ execArgv: LOADER, graceMs: 600_000 })!;
    try {
      const large = actorNetwork(
        randomNetwork({ actors: 3000, seed: 7, groups: 2, partnershipsPerActor: 1.5 }),
      );
      const busy = patient.run(
        large,
        path('BETWEENNESS'),
        budget({ limits: { ...limits, timeBudgetMs: 600_000 } }),
      );
      const queued = patient.run(
        network,
        path('HARMONIC'),
        budget({ limits: { ...limits, timeBudgetMs: 50 } }),
      );
      await expect(queued).rejects.toThrow(/harmonic: ran past its time budget of 50 ms/);
      await expect(busy).resolves.toHaveLength(3000);
    } finally {
      await patient.close();
    }
  });

  it('refuses a job already out of time without sending it', async () => {
    const late = thread.run(network, path('CLOSENESS'), budget({ startedAt: Date.now() - 600_000 }));
    await expect(late).rejects.toThrow(/closeness: ran past its time budget of 120000 ms/);
    expect(numbers(await thread.run(network, path('CLOSENESS'), budget()))).toEqual(
      numbers(centrality(network, 'CLOSENESS')),
    );
  });

  it('passes bad arguments back as the same AnalyticsArgumentError (BAD_USER_INPUT)', async () => {
    const samples = thread.run(network, path('BETWEENNESS', { samples: 1 }), budget());
    await expect(samples).rejects.toBeInstanceOf(AnalyticsArgumentError);
    await expect(samples).rejects.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'samples' });
    const resolution = thread.run(network, { kind: 'communities', seed: 0, resolution: 0 }, budget());
    await expect(resolution).rejects.toMatchObject({ module: 'communities', argument: 'resolution' });
  });

  it('fails a job still running when closed, and every job after', async () => {
    const running = expect(thread.run(network, path('BETWEENNESS'), budget())).rejects.toThrow(/closed/);
    await thread.close();
    await running;
    await expect(thread.run(network, path('CLOSENESS'), budget())).rejects.toThrow(/closed/);
  });
});

describe('AnalyticsThread with a broken thread', () => {
  it('gives up on a thread silent past the deadline and its grace, and starts a fresh one', async () => {
    const spawned: Worker[] = [];
    const thread = new AnalyticsThread(() => {
      const worker = silentThread();
      spawned.push(worker);
      return worker;
    }, 20);
    try {
      const short = budget({ limits: { timeBudgetMs: 30, maxAllPairsWork: 1e12 } });
      const first = thread.run(network, path('CLOSENESS'), short);
      await expect(first).rejects.toBeInstanceOf(AnalyticsLimitError);
      await expect(first).rejects.toThrow(/closeness: did not finish within its time budget/);
      const second = thread.run(
        network,
        { kind: 'communities', seed: 0, resolution: 1 },
        budget({ limits: short.limits }),
      );
      await expect(second).rejects.toThrow(/communities: did not finish/);
      expect(spawned).toHaveLength(2);
      // Terminated: its exit may come a moment after the jobs were failed.
      const stopped = spawned[0]!;
      if (stopped.threadId !== -1) await new Promise((resolve) => stopped.once('exit', resolve));
      expect(stopped.threadId).toBe(-1);
    } finally {
      await thread.close();
    }
  });

  it('fails the jobs of a thread that dies, and the next job gets a new thread', async () => {
    let spawns = 0;
    const thread = new AnalyticsThread(() => {
      spawns += 1;
      return dyingThread();
    });
    try {
      await expect(thread.run(network, path('CLOSENESS'), budget())).rejects.toThrow(/boom/);
      await expect(thread.run(network, path('CLOSENESS'), budget())).rejects.toThrow(/boom/);
      expect(spawns).toBe(2);
    } finally {
      await thread.close();
    }
  });
});
