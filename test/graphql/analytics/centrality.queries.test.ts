import { CENTRALITY_METRICS, centrality, ranking } from '../../../src/analytics/centrality';
import { betweenness } from '../../../src/analytics/centrality/paths';
import { actorNetwork } from '../../../src/analytics/projection';
import { withDefaultEvidence, type NetworkFilter } from '../../../src/domain';
import type { NetworkStore } from '../../../src/store/network-store';
import { useTestApi } from '../../helpers/api';
import { badInput } from '../../helpers/paging';

const SCORES = `query ($metric: CentralityMetric!, $filter: NetworkFilter, $top: Int, $samples: Int, $seed: Int) {
  centrality(metric: $metric, filter: $filter, top: $top, samples: $samples, seed: $seed) { actor { id: slug } value rank }
}`;

interface Score {
  actor: { id: string };
  value: number | null;
  rank: number;
}

describe('centrality over HTTP on the Kosovo seed', () => {
  let snapshots = 0;
  const api = useTestApi({
    wrap: (store) =>
      new Proxy(store, {
        get(target, property, receiver) {
          if (property === 'snapshot') snapshots++;
          return Reflect.get(target, property, receiver) as unknown;
        },
      }) as NetworkStore,
  });
  const pure = async (filter: NetworkFilter = {}) =>
    actorNetwork(await api().store.snapshot(withDefaultEvidence(filter)));

  it.each(CENTRALITY_METRICS)(
    '%s: every actor, the values and ranking of the pure function',
    async (metric) => {
      const filter = { asOf: '2023-12-31' };
      const body = await api().graphql(SCORES, { metric, filter });
      expect(body.errors).toBeUndefined();
      const scores = body.data.centrality as Score[];
      const network = await pure(filter);
      const values = centrality(network, metric);
      expect(scores.map((s) => s.actor.id)).toEqual(
        ranking(values, metric).map((i) => network.actors[i]!.id),
      );
      expect(scores.map((s) => s.rank)).toEqual(scores.map((_, i) => i + 1));
      for (const score of scores) {
        const value = values[network.indexOf.get(score.actor.id)!]!;
        if (Number.isNaN(value)) expect(score.value).toBeNull();
        else expect(score.value).toBeCloseTo(value, 12);
      }
      expect(scores.length).toBe(network.actors.length);
    },
  );

  it('CONSTRAINT ranks the least constrained first and isolates (no value) last', async () => {
    const scores = (await api().graphql(SCORES, { metric: 'CONSTRAINT' })).data.centrality as Score[];
    const valued = scores.filter((s) => s.value !== null).map((s) => s.value!);
    expect(valued).toEqual([...valued].sort((a, b) => a - b));
    expect(scores.slice(valued.length).every((s) => s.value === null)).toBe(true);
  });

  it('`top` returns the head of the ranking; sampled betweenness is the pure estimate, the same for a seed', async () => {
    const all = (await api().graphql(SCORES, { metric: 'PAGERANK' })).data.centrality as Score[];
    const top = (await api().graphql(SCORES, { metric: 'PAGERANK', top: 5 })).data.centrality as Score[];
    expect(top).toEqual(all.slice(0, 5));

    const sampled = { metric: 'BETWEENNESS', samples: 20, seed: 7 };
    const first = (await api().graphql(SCORES, sampled)).data.centrality as Score[];
    expect((await api().graphql(SCORES, sampled)).data.centrality).toEqual(first);
    const network = await pure();
    const values = betweenness(network, { samples: 20, seed: 7 });
    for (const s of first) expect(s.value).toBeCloseTo(values[network.indexOf.get(s.actor.id)!]!, 12);
  });

  it('bad arguments are BAD_USER_INPUT naming the argument', async () => {
    expect(badInput(await api().graphql(SCORES, { metric: 'DEGREE', top: -1 }))[0]!.path).toBe('top');
    expect(badInput(await api().graphql(SCORES, { metric: 'BETWEENNESS', samples: 1 }))[0]!.path).toBe(
      'samples',
    );
    expect(badInput(await api().graphql(SCORES, { metric: 'DEGREE', seed: -1 }))[0]!.path).toBe('seed');
    const filter = { themeIds: ['Not A Slug'] };
    expect(badInput(await api().graphql(SCORES, { metric: 'DEGREE', filter }))[0]!.path).toBe(
      'filter.themeIds[0]',
    );
  });

  it('repeated queries on unchanged data are served from the cache; a write invalidates it', async () => {
    const filter: NetworkFilter = { partnershipKinds: ['ADVOCACY', 'COORDINATION'] };
    const query = () => api().graphql(SCORES, { metric: 'DEGREE', filter, top: 3 });
    const before = snapshots;
    const first = await query();
    expect(snapshots).toBe(before + 1);
    await query();
    await query();
    expect(snapshots).toBe(before + 1);

    // A new actor joins the network: the cached answer must not be served any more.
    const created = await api().graphql(
      `mutation { createActor(input: {id: "analytics-cache-probe", name: "Cache probe", sector: CIVIL_SOCIETY, kind: NGO}) { id: slug } }`,
    );
    expect(created.errors).toBeUndefined();
    const after = await query();
    expect(snapshots).toBe(before + 2);
    const n = (await pure(filter)).actors.length;
    const [best] = after.data.centrality as Score[];
    const [bestBefore] = first.data.centrality as Score[];
    expect(best!.actor.id).toBe(bestBefore!.actor.id);
    expect(best!.value).toBeCloseTo((bestBefore!.value! * (n - 2)) / (n - 1), 12);
  });
});
