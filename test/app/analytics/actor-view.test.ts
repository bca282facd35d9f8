import { actorNetwork } from '../../../src/analytics/projection';
import { actorSubgraph } from '../../../src/analytics/views/actor-subgraph';
import { forceAtlas2Layout } from '../../../src/analytics/views/layout';
import { AnalyticsCache } from '../../../src/app/analytics/analytics-cache';
import { actorView } from '../../../src/app/analytics/actor-view';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import { useTempDir } from '../../helpers/temp-dir';

const actor = (id: string, sector = 'CIVIL_SOCIETY') => ({ id, name: id, sector, kind: 'NGO', tags: [] });
const partnership = (id: string, actorIds: string[], kind = 'COORDINATION') => ({
  id,
  title: id,
  kind,
  participants: actorIds.map((actorId) => ({ actorId, role: 'PARTICIPANT' })),
});

// A star around view-hub (view-a, view-b, view-gov) plus view-a – view-far; view-lone is an isolate.
describe('actorView', () => {
  const dir = useTempDir();
  let analytics: AnalyticsCache;
  let store: EmbeddedStore;

  beforeEach(async () => {
    store = await EmbeddedStore.open({ dataDir: dir() });
    await store.write({
      upsert: {
        actors: [
          actor('view-hub'),
          actor('view-a'),
          actor('view-b'),
          actor('view-gov', 'GOVERNMENT'),
          actor('view-far'),
          actor('view-lone'),
        ],
        partnerships: [
          partnership('view-p1', ['view-hub', 'view-a']),
          partnership('view-p2', ['view-hub', 'view-b'], 'FUNDING'),
          partnership('view-p3', ['view-hub', 'view-gov']),
          partnership('view-p4', ['view-a', 'view-far'], 'ADVOCACY'),
        ],
      },
    });
    analytics = new AnalyticsCache(store);
  });
  afterEach(() => store.close());

  it('gives every node its metrics over the whole network and its community, in id order', async () => {
    const view = await actorView(analytics, {}, { metrics: ['DEGREE', 'CONSTRAINT', 'DEGREE'] });
    expect(view.revision).toBe(await store.revision());
    expect(view.nodes.map((node) => node.actor.id)).toEqual([
      'view-a',
      'view-b',
      'view-far',
      'view-gov',
      'view-hub',
      'view-lone',
    ]);
    // Degree centrality = ties / (n − 1) with n = 6. The hub's three neighbours are untied, each with a
    // third of its ties: constraint = 3 × (1/3)². An isolate's constraint is null.
    const hub = view.nodes.find((node) => node.actor.id === 'view-hub')!;
    expect(Object.keys(hub.metrics)).toEqual(['DEGREE', 'CONSTRAINT']);
    expect(hub.metrics.DEGREE).toBeCloseTo(3 / 5, 12);
    expect(hub.metrics.CONSTRAINT).toBeCloseTo(1 / 3, 12);
    expect(view.nodes.find((node) => node.actor.id === 'view-lone')!.metrics.CONSTRAINT).toBeNull();
    expect(view.nodes.every((node) => Number.isInteger(node.community) && node.community >= 0)).toBe(true);
    expect(view.edges).toEqual([
      {
        source: 'view-a',
        target: 'view-far',
        weight: 1,
        partnerships: 1,
        kinds: ['ADVOCACY'],
        evidence: 'DOCUMENTED',
      },
      {
        source: 'view-a',
        target: 'view-hub',
        weight: 1,
        partnerships: 1,
        kinds: ['COORDINATION'],
        evidence: 'DOCUMENTED',
      },
      {
        source: 'view-b',
        target: 'view-hub',
        weight: 1,
        partnerships: 1,
        kinds: ['FUNDING'],
        evidence: 'DOCUMENTED',
      },
      {
        source: 'view-gov',
        target: 'view-hub',
        weight: 1,
        partnerships: 1,
        kinds: ['COORDINATION'],
        evidence: 'DOCUMENTED',
      },
    ]);
  });

  it('keeps the whole network’s values in an ego view', async () => {
    const whole = await actorView(analytics, {}, { metrics: ['DEGREE'] });
    const ego = await actorView(
      analytics,
      {},
      { metrics: ['DEGREE'], ego: { actorId: 'view-far', hops: 1 } },
    );
    expect(ego.nodes.map((node) => node.actor.id)).toEqual(['view-a', 'view-far']);
    expect(ego.edges.map((edge) => [edge.source, edge.target])).toEqual([['view-a', 'view-far']]);
    for (const node of ego.nodes)
      expect(node).toEqual(whole.nodes.find((other) => other.actor.id === node.actor.id));
  });

  it('follows the filter: sectors leave actors out, and their ties with them', async () => {
    const view = await actorView(analytics, { sectors: ['CIVIL_SOCIETY'] });
    expect(view.nodes.map((node) => node.actor.id)).not.toContain('view-gov');
    expect(view.edges).toHaveLength(3);
  });

  it('places every node with a layout, the ego view with its own, and none without one', async () => {
    expect((await actorView(analytics, {})).nodes.every((node) => node.position === undefined)).toBe(true);
    const network = actorNetwork(await store.snapshot({}));
    for (const ego of [undefined, { actorId: 'view-far', hops: 2 }]) {
      const view = await actorView(analytics, {}, { ego, layout: true });
      const expected = forceAtlas2Layout(actorSubgraph(network, { ego }));
      expect(view.nodes.map((node) => node.position)).toEqual(
        view.nodes.map((_, i) => ({ x: expected[2 * i], y: expected[2 * i + 1] })),
      );
      expect(await actorView(analytics, {}, { ego, layout: true })).toEqual(view);
    }
  });
});
