import { Worker } from 'node:worker_threads';
import { centrality } from '../../../src/analytics/centrality';
import { AnalyticsArgumentError, AnalyticsLimitError } from '../../../src/analytics/errors';
import { actorNetwork } from '../../../src/analytics/projection';
import { PathWorkers, type PathRequest } from '../../../src/graphql/analytics/path-workers';
import { randomNetwork } from '../../analytics/helpers/random-network';

const LOADER = ['-r', require.resolve('../../helpers/register-ts.js')];
const network = actorNetwork(randomNetwork({ actors: 300, seed: 7, groups: 3 }));
/** Values as plain numbers: the thread's arrays come from another realm than jest's. */
const numbers = (values: Float64Array) => [...values];
const limits = { timeBudgetMs: 10_000, maxAllPairsWork: 1e12 };
const request = (metric: PathRequest['metric'], extra: Partial<PathRequest> = {}): PathRequest => ({
  metric,
  limits,
  startedAt: Date.now(),
  ...extra,
});

/** A thread that takes its tasks and never answers, or dies on the first one. */
const silentThread = () => new Worker('setInterval(() => {}, 1000)', { eval: true });
const dyingThread = () =>
  new Worker("require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom') })", {
    eval: true,
  });

describe('PathWorkers: the shortest-path centralities on a worker thread', () => {
  let workers: PathWorkers;
  beforeEach(() => {
    workers = PathWorkers.start({ execArgv: LOADER })!;
  });
  afterEach(() => workers.close());

  it('gives exactly the values of the inline call, sampled betweenness included', async () => {
    for (const metric of ['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const)
      expect(numbers(await workers.run(network, request(metric)))).toEqual(
        numbers(centrality(network, metric)),
      );
    expect(numbers(await workers.run(network, request('BETWEENNESS', { samples: 40, seed: 3 })))).toEqual(
      numbers(centrality(network, 'BETWEENNESS', { samples: 40, seed: 3 })),
    );
  });

  it('answers many concurrent tasks, each with its own result, and leaves the projection intact', async () => {
    const offsets = network.offsets.slice();
    const metrics = ['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const;
    const asked = Array.from({ length: 12 }, (_, i) => metrics[i % 3]!);
    const answers = await Promise.all(asked.map((metric) => workers.run(network, request(metric))));
    answers.forEach((values, i) => expect(numbers(values)).toEqual(numbers(centrality(network, asked[i]!))));
    expect(network.offsets).toEqual(offsets);
  });

  it('refuses oversized work up front with the same AnalyticsLimitError, module and suggestion', async () => {
    const refused = workers.run(
      network,
      request('BETWEENNESS', { limits: { ...limits, maxAllPairsWork: 10 } }),
    );
    await expect(refused).rejects.toBeInstanceOf(AnalyticsLimitError);
    await expect(refused).rejects.toMatchObject({
      code: 'ANALYTICS_LIMIT_EXCEEDED',
      module: 'betweenness',
      suggestion: expect.stringContaining('samples'),
    });
  });

  it('counts the time a task waited behind another against its budget', async () => {
    const large = actorNetwork(
      randomNetwork({ actors: 3000, seed: 7, groups: 2, partnershipsPerActor: 1.5 }),
    );
    const busy = workers.run(large, request('BETWEENNESS'));
    const queued = workers.run(network, request('HARMONIC', { limits: { ...limits, timeBudgetMs: 50 } }));
    await expect(queued).rejects.toThrow(/harmonic: ran past its time budget of 50 ms/);
    await expect(busy).resolves.toHaveLength(3000);
  });

  it('refuses a task already out of time without sending it', async () => {
    const late = workers.run(network, request('CLOSENESS', { startedAt: Date.now() - 60_000 }));
    await expect(late).rejects.toThrow(/closeness: ran past its time budget of 10000 ms/);
    expect(numbers(await workers.run(network, request('CLOSENESS')))).toEqual(
      numbers(centrality(network, 'CLOSENESS')),
    );
  });

  it('passes a bad argument back as the same AnalyticsArgumentError (BAD_USER_INPUT)', async () => {
    const bad = workers.run(network, request('BETWEENNESS', { samples: 1 }));
    await expect(bad).rejects.toBeInstanceOf(AnalyticsArgumentError);
    await expect(bad).rejects.toMatchObject({ code: 'BAD_USER_INPUT', argument: 'samples' });
  });

  it('fails a task still running when closed, and every task after', async () => {
    const running = expect(workers.run(network, request('BETWEENNESS'))).rejects.toThrow(/closed/);
    await workers.close();
    await running;
    await expect(workers.run(network, request('CLOSENESS'))).rejects.toThrow(/closed/);
  });
});

describe('PathWorkers with a broken thread', () => {
  it('gives up on a thread silent past the deadline and its grace, and starts a fresh one', async () => {
    const spawned: Worker[] = [];
    const workers = new PathWorkers(() => {
      const worker = silentThread();
      spawned.push(worker);
      return worker;
    }, 20);
    try {
      const short = { timeBudgetMs: 30, maxAllPairsWork: 1e12 };
      const first = workers.run(network, request('CLOSENESS', { limits: short }));
      await expect(first).rejects.toBeInstanceOf(AnalyticsLimitError);
      await expect(first).rejects.toThrow(/closeness: did not finish within its time budget/);
      await expect(workers.run(network, request('HARMONIC', { limits: short }))).rejects.toThrow(
        /did not finish/,
      );
      expect(spawned).toHaveLength(2);
      expect(spawned[0]!.threadId).toBe(-1); // terminated
    } finally {
      await workers.close();
    }
  });

  it('fails the tasks of a thread that dies, and the next task gets a new thread', async () => {
    let spawns = 0;
    const workers = new PathWorkers(() => {
      spawns += 1;
      return dyingThread();
    });
    try {
      await expect(workers.run(network, request('CLOSENESS'))).rejects.toThrow(/boom/);
      await expect(workers.run(network, request('CLOSENESS'))).rejects.toThrow(/boom/);
      expect(spawns).toBe(2);
    } finally {
      await workers.close();
    }
  });
});
