import { syntheticNetwork } from '../../src/io/generate/synthetic-network';
import { startTestApi, type TestApi } from '../helpers/api';

/**
 * Cheap-looking reads that are not (issue 20 item 5), over real HTTP on a 3,000-actor embedded store: a
 * search priced by the store's size, /healthz answered while one request scans, and one caller's
 * analytics not crowding out another's.
 */
describe('a server under heavy reads', () => {
  let api: TestApi;
  const network = syntheticNetwork({ actors: 3_000, seed: 20 });
  // search(first: 1) { slug }: 1 + a scan of every actor and partnership (1 per 100) + 1 row
  const searchCost = 1 + Math.ceil((network.actors!.length + network.partnerships!.length) / 100) + 1;
  const searches = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `s${i}: search(query: "a", first: 1) { slug }`).join(' ')} }`;

  beforeAll(async () => {
    api = await startTestApi({
      seed: false,
      embedded: true,
      // Room for 140 such searches, not 150; one analytics thread, so jobs queue in one line. Ten minutes
      // of analytics budget (the tests' own timeouts bound them): the last of a caller's queued jobs waits
      // for all before it, and on a busy machine that passes the default 10 s, which would refuse it for
      // time (or, paced, predict that it cannot finish) rather than test the queue.
      limits: { MAX_QUERY_COST: 145 * searchCost, ANALYTICS_THREADS: 1, ANALYTICS_TIME_BUDGET_MS: 600_000 },
    });
    await api.store.write({ upsert: network });
  }, 60_000);
  afterAll(() => api.stop());

  it('prices a search by the size of the store: 150 aliases of search(first: 1) are refused before they run', async () => {
    const refused = await api.graphql(searches(150));
    expect(refused.status).toBe(400);
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0]!.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      measured: 150 * searchCost,
      limit: 145 * searchCost,
    });
    const one = await api.graphql(searches(1));
    expect(one.errors).toBeUndefined();
    expect(one.data.s0).toHaveLength(1);
  });

  it('answers /healthz while a request runs 140 searches: between two of them, not after all', async () => {
    const order: string[] = [];
    const heavy = api.graphql(searches(140)).then((answer) => {
      order.push('searches');
      return answer;
    });
    // Let the searches start; then ask whether the server is alive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = fetch(`${api.base}/healthz`).then((res) => {
      order.push('healthz');
      return res.status;
    });
    expect(await health).toBe(200);
    const answer = await heavy;
    expect(answer.errors).toBeUndefined();
    expect(Object.keys(answer.data)).toHaveLength(140);
    expect(order).toEqual(['healthz', 'searches']);
  });

  it('runs at most 2 analytics queries of one caller at once: 10 from one key do not hold up another key', async () => {
    const betweenness = (seed: number) =>
      `{ centrality(metric: BETWEENNESS, samples: 400, seed: ${seed}, top: 1) { value } }`;
    // The network's projection is built once and shared: build it first, so the readers' queries all reach
    // the analytics thread at once.
    expect((await api.graphql(betweenness(0))).errors).toBeUndefined();
    const order: string[] = [];
    const reader = Array.from({ length: 10 }, (_, i) =>
      api.graphql(betweenness(i + 1), undefined, { as: 'reader' }).then((answer) => {
        order.push(`reader ${i}`);
        return answer;
      }),
    );
    // Once the first reader is answered the queue is surely going; then the editor asks.
    await Promise.race(reader);
    const sentAt = order.length;
    const editor = await api.graphql(betweenness(99), undefined, { as: 'editor' });
    order.push('editor');
    expect(editor.errors).toBeUndefined();
    const answers = await Promise.all(reader);
    expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
    // Most readers were still waiting when the editor asked, and the editor's query waited for at most
    // the reader's two running ones (and the one that took their place as it was sent), not for them all.
    expect(sentAt).toBeLessThanOrEqual(4);
    expect(order.indexOf('editor') - sentAt).toBeLessThanOrEqual(3);
  }, 120_000);

  it('refuses a caller’s analytics beyond 2 running and 16 waiting (TOO_MANY_REQUESTS), and only theirs', async () => {
    const job = (seed: number) =>
      `{ centrality(metric: BETWEENNESS, samples: 400, seed: ${1000 + seed}, top: 1) { value } }`;
    const burst = await Promise.all(
      Array.from({ length: 22 }, (_, i) => api.graphql(job(i), undefined, { as: 'reader' })),
    );
    const refused = burst.filter((a) => a.errors?.[0]?.extensions.code === 'TOO_MANY_REQUESTS');
    expect(refused).toHaveLength(22 - 2 - 16);
    expect(refused[0]!.status).toBe(429);
    expect(refused[0]!.errors![0]!.message).toMatch(/2 analytics queries running and 16 waiting/);
    expect(burst.filter((a) => a.errors === undefined)).toHaveLength(18);
  }, 120_000);
});
