import { randomNetwork } from '../../analytics/helpers/random-network';
import { useTestApi } from '../../helpers/api';

/**
 * Exact betweenness on a few thousand actors takes a second or more: it runs on the analytics threads, so
 * the server goes on answering meanwhile. Run inline, it would hold the event loop and everything below
 * would be answered after it.
 */
describe('the server while a long analytics computation runs', () => {
  // A budget of two minutes: the threads start from TypeScript sources, seconds on a busy machine.
  const api = useTestApi({ seed: false, limits: { ANALYTICS_TIME_BUDGET_MS: 120_000 } });

  beforeAll(async () => {
    const { actors, partnerships, areas, themes, targetGroups } = randomNetwork({
      actors: 4000,
      seed: 11,
      groups: 2,
      partnershipsPerActor: 1.5,
    });
    await api().store.write({ upsert: { actors, partnerships, areas, themes, targetGroups } });
  });

  it('answers /healthz and a read query before the betweenness it is computing', async () => {
    const finished: string[] = [];
    const done = (name: string) => () => void finished.push(name);
    // The heavy request is under way once its snapshot of the network has been read: watched, not replaced.
    const snapshot = jest.spyOn(api().store, 'snapshot');
    const heavy = api()
      .graphql('{ centrality(metric: BETWEENNESS, top: 3) { value } }')
      .then((body) => {
        expect(body.errors).toBeUndefined();
        expect(body.data.centrality).toHaveLength(3);
      })
      .then(done('betweenness'));
    while (snapshot.mock.results.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await snapshot.mock.results[0]!.value;
    snapshot.mockRestore();
    const health = fetch(`${api().base}/healthz`)
      .then((res) => expect(res.status).toBe(200))
      .then(done('healthz'));
    const read = api()
      .graphql('{ actor(id: "a-00001") { name } }')
      .then((body) => expect(body.data.actor.name).toBe('Actor 1'))
      .then(done('read'));
    await Promise.all([heavy, health, read]);
    expect(finished.indexOf('betweenness')).toBe(2);
  });
});
