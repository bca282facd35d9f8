import { centrality } from '../../../src/analytics/centrality';
import { coverageGaps } from '../../../src/analytics/coverage';
import { actorNetwork, tieObjects } from '../../../src/analytics/projection';
import { scenarioLosses, scenarioState } from '../../../src/analytics/scenarios/what-if';
import { withDefaultEvidence } from '../../../src/domain';
import { networkFor, queryData, useTestApi } from '../../helpers/api';

const SAVE = 'save-the-children-kosovo';

const STATE =
  'actorCount tieCount componentCount largestComponentSize isolatedCount voiceGapCount topBrokers { actor { id: slug } rank }';

describe('scenario filters, whatIf and networkDiff on the Kosovo seed', () => {
  const started = useTestApi();

  it('excludeActorIds is honoured by centrality, coverage, the network view and the HTTP export', async () => {
    const api = started();
    const filter = { excludeActorIds: [SAVE] };
    const got = await queryData(
      api,
      `query ($filter: NetworkFilter) {
        centrality(metric: DEGREE, filter: $filter) { actor { id: slug } }
        network(filter: $filter) { nodes { id: actorId } }
        coverageGaps(filter: $filter) { uncovered { area { id: slug } } }
        whole: coverageGaps { uncovered { area { id: slug } } } }`,
      { filter },
    );
    const ids = got.centrality.map((s: { actor: { id: string } }) => s.actor.id);
    expect(ids).not.toContain(SAVE);
    expect(ids.length).toBe((await networkFor(api)).actors.length - 1);
    expect(got.network.nodes.map((n: { id: string }) => n.id)).not.toContain(SAVE);
    expect(got.coverageGaps.uncovered.length).toBe(
      coverageGaps(await networkFor(api, filter)).uncovered.length,
    );
    expect(got.coverageGaps.uncovered.length).toBeGreaterThanOrEqual(got.whole.uncovered.length);

    const response = await fetch(`${api.base}/export/network.json?excludeActorIds=${SAVE}`);
    expect(response.status).toBe(200);
    const exported = JSON.parse(await response.text());
    expect(JSON.stringify(exported)).not.toContain(`"${SAVE}"`);
  });

  it('an unknown excluded or removed id is NOT_FOUND naming the argument; asOf with period is BAD_USER_INPUT', async () => {
    const api = started();
    const revision = await api.store.revision();
    const unknown = await api.graphql(
      `{ centrality(metric: DEGREE, filter: { excludeActorIds: ["${SAVE}", "no-such-actor"] }) { rank } }`,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'filter.excludeActorIds[1]',
    });
    const removed = await api.graphql(
      `{ whatIf(remove: { partnershipIds: ["nope"] }) { after { actorCount } } }`,
    );
    expect(removed.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'remove.partnershipIds[0]',
    });
    const both = await api.graphql(
      `{ centrality(metric: DEGREE, filter: { asOf: "2018-01-01", period: { from: "2016-01-01", to: "2020-12-31" } }) { rank } }`,
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'filter.period', message: expect.stringContaining('asOf') },
    ]);
    const backwards = await api.graphql(
      `{ centrality(metric: DEGREE, filter: { period: { from: "2020-01-01", to: "2016-12-31" } }) { rank } }`,
    );
    expect(backwards.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'filter.period.to', message: 'must not be before from' },
    ]);
    const export400 = await fetch(`${api.base}/export/network.json?excludeActorIds=no-such-actor`);
    expect(export400.status).toBe(404);
    expect(await api.store.revision()).toBe(revision);
  });

  it('period selects partnerships active at any time in it', async () => {
    const api = started();
    const period = { from: '2016-01-01', to: '2020-12-31' };
    const got = await queryData(
      api,
      `query ($f: NetworkFilter) { network(filter: $f) { edges { source } } }`,
      {
        f: { period },
      },
    );
    const snapshot = await api.store.snapshot(withDefaultEvidence({}));
    const active = snapshot.partnerships.filter(
      (p) => (!p.startDate || p.startDate <= period.to) && (!p.endDate || p.endDate >= period.from),
    );
    expect(active.length).toBeLessThan(snapshot.partnerships.length);
    expect(got.network.edges.length).toBe(actorNetwork({ ...snapshot, partnerships: active }).ties.length);
  });

  it('whatIf equals the scenario functions on the store’s networks before and after', async () => {
    const api = started();
    const got = await queryData(
      api,
      `{ whatIf(remove: { actorIds: ["${SAVE}"] }) {
        before { ${STATE} } after { ${STATE} }
        cutOffActors { id: slug } endedPartnerships { id: slug } uncoveredCells { area { id: slug } theme { id: slug } actors: actorCount }
        lostReach { group { id: slug } targeted reached } } }`,
    );
    const before = await networkFor(api);
    const after = await networkFor(api, { excludeActorIds: [SAVE] });
    for (const [network, state] of [
      [before, got.whatIf.before],
      [after, got.whatIf.after],
    ] as const) {
      const expected = scenarioState(network, centrality(network, 'BETWEENNESS'), 2);
      const { topBrokers, largestComponentShare: _share, ...counts } = expected;
      expect(state).toEqual({
        ...counts,
        topBrokers: topBrokers.map((b) => ({ actor: { id: network.actors[b.node]!.id }, rank: b.rank })),
      });
    }
    expect(got.whatIf.after.actorCount).toBe(got.whatIf.before.actorCount - 1);
    const losses = scenarioLosses(before, after, new Set());
    expect(got.whatIf.cutOffActors.map((a: { id: string }) => a.id)).toEqual(
      losses.cutOffActors.map((a) => a.id),
    );
    expect(got.whatIf.endedPartnerships.map((p: { id: string }) => p.id)).toEqual(
      losses.endedPartnerships.map((p) => p.id),
    );
    for (const cell of got.whatIf.uncoveredCells) expect(cell.actors).toBe(0);
  });

  it('networkDiff: ties and partnerships between two dates; a filter date of its own is refused', async () => {
    const api = started();
    const got = await queryData(
      api,
      `{ networkDiff(from: "2016-01-01", to: "2020-12-31") {
        tiesAdded { source { id: slug } target { id: slug } } tiesRemoved { source { id: slug } target { id: slug } }
        partnershipsStarted { id: slug startDate } partnershipsEnded { id: slug endDate }
        risers { actor { id: slug } metric rankBefore rankAfter } fallers { actor { id: slug } metric rankBefore rankAfter } } }`,
    );
    const key = (t: { source: { id: string }; target: { id: string } }) => `${t.source.id} ${t.target.id}`;
    const tiesAt = async (asOf: string) => {
      const network = await networkFor(api, { asOf });
      return new Set(
        tieObjects(network.ties).map(
          (t) => `${network.actors[t.source]!.id} ${network.actors[t.target]!.id}`,
        ),
      );
    };
    const [from, to] = [await tiesAt('2016-01-01'), await tiesAt('2020-12-31')];
    expect(got.networkDiff.tiesAdded.map(key).sort()).toEqual([...to].filter((k) => !from.has(k)).sort());
    expect(got.networkDiff.tiesRemoved.map(key).sort()).toEqual([...from].filter((k) => !to.has(k)).sort());
    for (const p of got.networkDiff.partnershipsStarted)
      expect(p.startDate > '2016-01-01' && p.startDate <= '2020-12-31').toBe(true);
    for (const p of got.networkDiff.partnershipsEnded)
      expect(p.endDate >= '2016-01-01' && p.endDate < '2020-12-31').toBe(true);
    for (const r of got.networkDiff.risers) expect(r.rankAfter).toBeLessThan(r.rankBefore);
    for (const f of got.networkDiff.fallers) expect(f.rankAfter).toBeGreaterThan(f.rankBefore);

    const dated = await api.graphql(
      `{ networkDiff(from: "2020-01-01", to: "2016-01-01", filter: { asOf: "2018-01-01" }) { tiesAdded { source { id: slug } } } }`,
    );
    expect(dated.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'filter.asOf', message: expect.any(String) },
      { path: 'to', message: 'must not be before from' },
    ]);
  });
});
