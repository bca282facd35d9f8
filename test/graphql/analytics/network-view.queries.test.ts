import { actorNetwork } from '../../../src/analytics/projection';
import { actorSubgraph } from '../../../src/analytics/views/actor-subgraph';
import { forceAtlas2Layout } from '../../../src/analytics/views/layout';
import { useTestApi, type TestApi } from '../../helpers/api';
import { badInput } from '../../helpers/paging';

async function data(api: TestApi, query: string, variables?: Record<string, unknown>, as?: 'reader') {
  const res = await api.graphql(query, variables, as ? { as } : {});
  expect(res.errors).toBeUndefined();
  return res.data;
}

const town = (n: number) => ({
  id: `nv-m${n}`,
  name: `Nv town ${n}`,
  level: 'MUNICIPALITY',
  parentId: 'nv-region',
});
const actor = (id: string, sector: string, kind: string) => ({ id, name: `Name of ${id}`, sector, kind });
const member = (actorId: string, role = 'PARTICIPANT') => ({ actorId, role });

// nv-p1 (3 parties: each tie weighs 1/2): nv-hub (LEAD), nv-a, nv-b, in town 1 on alpha; nv-p2 (FUNDING,
// ended 2021): nv-hub funds nv-c in town 2 on alpha; nv-p3 (ADVOCACY): nv-a and nv-hub in town 1 on beta.
// nv-lone is an isolate; town 3 has nothing.
const NETWORK = {
  areas: [
    { id: 'nv-country', name: 'Nv land', level: 'COUNTRY' },
    { id: 'nv-region', name: 'Nv region', level: 'REGION', parentId: 'nv-country' },
    town(1),
    town(2),
    town(3),
  ],
  themes: [
    { id: 'nv-alpha', name: 'Nv alpha' },
    { id: 'nv-beta', name: 'Nv beta' },
  ],
  actors: [
    actor('nv-hub', 'CIVIL_SOCIETY', 'NGO'),
    actor('nv-a', 'CIVIL_SOCIETY', 'NGO'),
    actor('nv-b', 'GOVERNMENT', 'MINISTRY'),
    actor('nv-c', 'CHILDREN_AND_YOUTH', 'YOUTH_GROUP'),
    actor('nv-lone', 'INTERNATIONAL', 'DONOR'),
  ],
  partnerships: [
    {
      id: 'nv-p1',
      title: 'Nv one',
      kind: 'COORDINATION',
      participants: [member('nv-hub', 'LEAD'), member('nv-a'), member('nv-b')],
      areaIds: ['nv-m1'],
      themeIds: ['nv-alpha'],
    },
    {
      id: 'nv-p2',
      title: 'Nv two',
      kind: 'FUNDING',
      startDate: '2020-01-01',
      endDate: '2021-12-31',
      participants: [member('nv-hub', 'FUNDER'), member('nv-c', 'IMPLEMENTER')],
      areaIds: ['nv-m2'],
      themeIds: ['nv-alpha'],
    },
    {
      id: 'nv-p3',
      title: 'Nv three',
      kind: 'ADVOCACY',
      participants: [member('nv-a'), member('nv-hub')],
      areaIds: ['nv-m1'],
      themeIds: ['nv-beta'],
    },
  ],
};

const NODE = 'id: actorId name actor { id: slug } sector kind community metrics { metric value } x y';
const EDGE = 'source target weight partnerships: partnershipCount kinds';
const EDGES = [
  { source: 'nv-a', target: 'nv-b', weight: 0.5, partnerships: 1, kinds: ['COORDINATION'] },
  { source: 'nv-a', target: 'nv-hub', weight: 1.5, partnerships: 2, kinds: ['ADVOCACY', 'COORDINATION'] },
  { source: 'nv-b', target: 'nv-hub', weight: 0.5, partnerships: 1, kinds: ['COORDINATION'] },
  { source: 'nv-c', target: 'nv-hub', weight: 1, partnerships: 1, kinds: ['FUNDING'] },
];

describe('network views and coverageMatrix on a small network', () => {
  const started = useTestApi({ seed: false });
  beforeAll(async () => {
    await data(started(), 'mutation ($input: NetworkInput!) { upsertNetwork(input: $input) { revision } }', {
      input: NETWORK,
    });
  });

  it('network: nodes with sector, kind, community and metrics (by hand), edges with weight and kinds', async () => {
    const api = started();
    const { network, about } = await data(
      api,
      `{ about { revision } network(metrics: [DEGREE, STRENGTH, CONSTRAINT]) {
          revision nodeCount edgeCount nodes { ${NODE} } edges { ${EDGE} } } }`,
      undefined,
      'reader',
    );
    expect([network.revision, network.nodeCount, network.edgeCount]).toEqual([about.revision, 5, 4]);
    expect(network.nodes.map((n: any) => n.id)).toEqual(['nv-a', 'nv-b', 'nv-c', 'nv-hub', 'nv-lone']);
    const hub = network.nodes[3];
    expect(hub).toMatchObject({
      name: 'Name of nv-hub',
      actor: { id: 'nv-hub' },
      sector: 'CIVIL_SOCIETY',
      kind: 'NGO',
      x: null,
      y: null,
    });
    // Degree = ties / (n − 1) = 3/4; strength = 1.5 + 0.5 + 1.
    expect(hub.metrics.map((m: any) => m.metric)).toEqual(['DEGREE', 'STRENGTH', 'CONSTRAINT']);
    expect(hub.metrics[0].value).toBeCloseTo(3 / 4, 12);
    expect(hub.metrics[1].value).toBeCloseTo(3, 12);
    expect(network.nodes[4].metrics).toEqual([
      { metric: 'DEGREE', value: 0 },
      { metric: 'STRENGTH', value: 0 },
      { metric: 'CONSTRAINT', value: null },
    ]);
    // The lone actor has a community of its own; the four tied actors share theirs or not, but each is one.
    const communities = network.nodes.map((n: any) => n.community);
    expect(new Set(communities).size).toBeGreaterThanOrEqual(2);
    expect(network.edges).toEqual(EDGES);
  });

  it('network of an ego, and of a date: the ended partnership leaves nv-c untied', async () => {
    const api = started();
    const query = `query ($ego: EgoInput, $filter: NetworkFilter) {
      network(ego: $ego, filter: $filter) { nodes { id: actorId } edges { source target } } }`;
    const ids = (view: any) => [
      view.nodes.map((n: any) => n.id),
      view.edges.map((e: any) => `${e.source} ${e.target}`),
    ];
    expect(ids((await data(api, query, { ego: { actorId: 'nv-c', hops: 1 } })).network)).toEqual([
      ['nv-c', 'nv-hub'],
      ['nv-c nv-hub'],
    ]);
    expect(ids((await data(api, query, { ego: { actorId: 'nv-c', hops: 2 } })).network)).toEqual([
      ['nv-a', 'nv-b', 'nv-c', 'nv-hub'],
      EDGES.map((e) => `${e.source} ${e.target}`),
    ]);
    const dated = (
      await data(api, query, { filter: { asOf: '2023-01-01' }, ego: { actorId: 'nv-c', hops: 3 } })
    ).network;
    expect(ids(dated)).toEqual([['nv-c'], []]);
  });

  it('network with layout: finite positions, those of the ForceAtlas2 layout, the same every time', async () => {
    const api = started();
    const query = `query ($ego: EgoInput) { network(ego: $ego, layout: true) { nodes { id: actorId x y } } }`;
    const network = actorNetwork(await api.store.snapshot({}));
    for (const ego of [undefined, { actorId: 'nv-a', hops: 1 }]) {
      const { nodes } = (await data(api, query, { ego })).network;
      expect(nodes.every((n: any) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
      const expected = forceAtlas2Layout(actorSubgraph(network, { ego }));
      expect(nodes.map((n: any) => [n.x, n.y])).toEqual(
        nodes.map((_: unknown, i: number) => [expected[2 * i], expected[2 * i + 1]]),
      );
      expect((await data(api, query, { ego })).network.nodes).toEqual(nodes);
    }
  });

  it('sectorNetwork: a node per sector with its actors, ties, weights and partnerships between sectors', async () => {
    const { sectorNetwork } = await data(
      started(),
      '{ sectorNetwork { nodes { sector actors: actorCount } edges { a b ties: tieCount weight partnerships: partnershipCount } } }',
    );
    expect(sectorNetwork).toEqual({
      nodes: [
        { sector: 'GOVERNMENT', actors: 1 },
        { sector: 'CIVIL_SOCIETY', actors: 2 },
        { sector: 'CHILDREN_AND_YOUTH', actors: 1 },
        { sector: 'INTERNATIONAL', actors: 1 },
      ],
      edges: [
        { a: 'GOVERNMENT', b: 'CIVIL_SOCIETY', ties: 2, weight: 1, partnerships: 1 },
        { a: 'CIVIL_SOCIETY', b: 'CIVIL_SOCIETY', ties: 1, weight: 1.5, partnerships: 2 },
        { a: 'CIVIL_SOCIETY', b: 'CHILDREN_AND_YOUTH', ties: 1, weight: 1, partnerships: 1 },
      ],
    });
  });

  it('bipartiteNetwork: actors, the partnerships behind their ties, and who takes part how', async () => {
    const api = started();
    const query = `query ($ego: EgoInput) { bipartiteNetwork(ego: $ego) {
      actors { id: slug } partnerships { id: slug title } edges { actorId partnershipId roles } } }`;
    const whole = (await data(api, query)).bipartiteNetwork;
    expect(whole.actors.map((a: any) => a.id)).toEqual(['nv-a', 'nv-b', 'nv-c', 'nv-hub', 'nv-lone']);
    expect(whole.partnerships).toEqual([
      { id: 'nv-p1', title: 'Nv one' },
      { id: 'nv-p2', title: 'Nv two' },
      { id: 'nv-p3', title: 'Nv three' },
    ]);
    expect(whole.edges.map((e: any) => `${e.partnershipId} ${e.actorId} ${e.roles}`)).toEqual([
      'nv-p1 nv-a PARTICIPANT',
      'nv-p1 nv-b PARTICIPANT',
      'nv-p1 nv-hub LEAD',
      'nv-p2 nv-c IMPLEMENTER',
      'nv-p2 nv-hub FUNDER',
      'nv-p3 nv-a PARTICIPANT',
      'nv-p3 nv-hub PARTICIPANT',
    ]);
    const ego = (await data(api, query, { ego: { actorId: 'nv-c', hops: 1 } })).bipartiteNetwork;
    expect(ego).toEqual({
      actors: [{ id: 'nv-c' }, { id: 'nv-hub' }],
      partnerships: [{ id: 'nv-p2', title: 'Nv two' }],
      edges: [
        { actorId: 'nv-c', partnershipId: 'nv-p2', roles: ['IMPLEMENTER'] },
        { actorId: 'nv-hub', partnershipId: 'nv-p2', roles: ['FUNDER'] },
      ],
    });
  });

  it('coverageMatrix: distinct actors per municipality × theme, by hand, zero rows included', async () => {
    const api = started();
    const query = `query ($filter: NetworkFilter, $level: AreaLevel) { coverageMatrix(filter: $filter, areaLevel: $level) {
      rows { id: slug } columns { id: slug } counts: actorCounts max: maxActorCount } }`;
    const matrix = async (variables: Record<string, unknown>) => {
      const { rows, columns, counts, max } = (await data(api, query, variables, 'reader')).coverageMatrix;
      return { rows: rows.map((r: any) => r.id), columns: columns.map((c: any) => c.id), counts, max };
    };
    // Town 1 × alpha: nv-hub, nv-a, nv-b (nv-p1); × beta: nv-a, nv-hub (nv-p3); town 2 × alpha: nv-hub, nv-c.
    expect(await matrix({})).toEqual({
      rows: ['nv-m1', 'nv-m2', 'nv-m3'],
      columns: ['nv-alpha', 'nv-beta'],
      counts: [
        [3, 2],
        [2, 0],
        [0, 0],
      ],
      max: 3,
    });
    expect((await matrix({ filter: { asOf: '2023-01-01' } })).counts[1]).toEqual([0, 0]);
    expect((await matrix({ filter: { sectors: ['CIVIL_SOCIETY'] } })).counts).toEqual([
      [2, 2],
      [1, 0],
      [0, 0],
    ]);
    // A partnership in a town covers the region containing it: alpha has all four tied actors there.
    expect(await matrix({ level: 'REGION' })).toEqual({
      rows: ['nv-region'],
      columns: ['nv-alpha', 'nv-beta'],
      counts: [[4, 2]],
      max: 4,
    });
  });

  it('refuses an unknown ego (NOT_FOUND), hops outside 0..10 and bad filters (BAD_USER_INPUT)', async () => {
    const api = started();
    for (const field of ['network', 'bipartiteNetwork']) {
      const missing = await api.graphql(`{ ${field}(ego: {actorId: "nv-nobody", hops: 1}) { revision } }`);
      expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      expect(missing.errors?.[0]?.message).toMatch(/nv-nobody/);
      for (const hops of [-1, 11])
        expect(
          badInput(await api.graphql(`{ ${field}(ego: {actorId: "nv-a", hops: ${hops}}) { revision } }`)),
        ).toEqual([{ path: 'ego.hops', message: 'must be a whole number from 0 to 10' }]);
    }
    for (const field of ['network', 'sectorNetwork', 'bipartiteNetwork', 'coverageMatrix']) {
      const bad = await api.graphql(`{ ${field}(filter: {themeIds: ["Not a slug"]}) { __typename } }`);
      expect(badInput(bad)[0]!.path).toBe('filter.themeIds[0]');
    }
  });
});

describe('network layout over the node limit', () => {
  const started = useTestApi({ seed: false });

  it('is refused with ANALYTICS_LIMIT_EXCEEDED and a suggestion; the view without layout is served', async () => {
    const api = started();
    const actors = Array.from({ length: 10_001 }, (_, i) => ({
      id: `nv-many-${i}`,
      name: `Many ${i}`,
      sector: 'CIVIL_SOCIETY' as const,
      kind: 'NGO' as const,
      tags: [],
    }));
    await api.store.write({ upsert: { actors } });
    const refused = await api.graphql('{ network(layout: true) { nodeCount } }');
    expect(refused.errors?.[0]?.extensions).toEqual({
      code: 'ANALYTICS_LIMIT_EXCEEDED',
      suggestion: expect.stringMatching(/ego network/),
    });
    expect(refused.errors?.[0]?.message).toMatch(/layout: 10001 actors is more than the 10000/);
    expect((await data(api, '{ network { nodeCount } }')).network.nodeCount).toBe(10_001);
  });
});
