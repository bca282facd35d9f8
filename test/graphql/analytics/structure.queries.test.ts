import { AnalyticsLimitError } from '../../../src/analytics/errors';
import { CENTRALITY_METRICS, centrality, orderByValue } from '../../../src/analytics/centrality';
import { actorNetwork } from '../../../src/analytics/projection';
import { communities } from '../../../src/analytics/structure/communities';
import { fragility } from '../../../src/analytics/structure/fragility';
import { shortestPath } from '../../../src/analytics/structure/shortest-path';
import { networkStats } from '../../../src/analytics/structure/stats';
import { withDefaultEvidence, type NetworkFilter } from '../../../src/domain';
import { AnalyticsCache } from '../../../src/app/analytics/analytics-cache';
import { metricValues } from '../../../src/app/analytics/metric-values';
import { formatError } from '../../../src/graphql/errors';
import { useTestApi } from '../../helpers/api';
import { badInput, walkPages } from '../../helpers/paging';

describe('structure analytics and metric listings over HTTP on the Kosovo seed', () => {
  const api = useTestApi();
  const pure = async (filter: NetworkFilter = {}) =>
    actorNetwork(await api().store.snapshot(withDefaultEvidence(filter)));

  it('networkStats, fragility and communities equal the pure functions', async () => {
    const body = await api().graphql(`{
      networkStats { actors: actorCount ties: tieCount density components: componentCount averageDegree averageClustering transitivity diameter largestComponent: largestComponentSize isolates: isolatedCount }
      fragility { articulationPoints { id: slug } bridges { a { id: slug } b { id: slug } partnerships: partnershipCount } components { size: actorCount actors { id: slug } } }
      communities(seed: 3) { modularity communities { id: index size: actorCount actors { id: slug } sectors { sector count: actorCount } } }
    }`);
    expect(body.errors).toBeUndefined();
    const network = await pure();
    const ids = (nodes: Iterable<number>) => Array.from(nodes, (i) => network.actors[i]!.id);
    expect(body.data.networkStats).toEqual(networkStats(network));
    const found = fragility(network);
    expect(body.data.fragility.articulationPoints.map((a: { id: string }) => a.id)).toEqual(
      ids(found.articulationPoints),
    );
    expect(body.data.fragility.bridges.map((b: any) => [b.a.id, b.b.id])).toEqual(found.bridges.map(ids));
    expect(body.data.fragility.components.map((c: any) => c.actors.map((a: any) => a.id))).toEqual(
      found.components.map(ids),
    );
    const louvain = communities(network, { seed: 3 });
    expect(body.data.communities.modularity).toBeCloseTo(louvain.modularity, 12);
    expect(body.data.communities.communities.map((c: any) => c.actors.map((a: any) => a.id))).toEqual(
      louvain.members.map(ids),
    );
    const [first] = body.data.communities.communities;
    expect(first.sectors.reduce((sum: number, s: any) => sum + s.count, 0)).toBe(first.size);
  });

  it('shortestPath: the pure path; an unknown actor is NOT_FOUND; one outside the filter names the argument', async () => {
    const network = await pure();
    const [a, b] = fragility(network).components[0]!;
    const body = await api().graphql(
      `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { id: slug } }`,
      {
        from: network.actors[a!]!.id,
        to: network.actors[b!]!.id,
      },
    );
    expect(body.data.shortestPath.map((x: any) => x.id)).toEqual(
      shortestPath(network, network.actors[a!]!.id, network.actors[b!]!.id)!.map(
        (i) => network.actors[i]!.id,
      ),
    );
    const missing = await api().graphql(
      `{ shortestPath(from: "unicef-kosovo", to: "no-such-actor") { id: slug } }`,
    );
    expect(missing.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ['NOT_FOUND', 'actor "no-such-actor" does not exist'],
    ]);
    const outside = await api().graphql(
      `{ shortestPath(from: "unicef-kosovo", to: "mesti", filter: { sectors: [INTERNATIONAL] }) { id: slug } }`,
    );
    expect(badInput(outside)[0]!.path).toBe('to');
  });

  it('Actor.metrics: the nine whole-network values of the actor; null outside the filtered network', async () => {
    const network = await pure();
    const hub = network.actors[orderByValue(centrality(network, 'DEGREE'), true)[0]!]!;
    const body = await api().graphql(
      `query ($id: ID!) { actor(id: $id) {
        metrics { degree strength betweenness closeness harmonic pagerank eigenvector constraint effectiveSize community }
        outside: metrics(filter: {sectors: [ACADEMIA]}) { degree } } }`,
      { id: hub.id },
    );
    expect(body.errors).toBeUndefined();
    const { metrics, outside } = body.data.actor;
    const node = network.indexOf.get(hub.id)!;
    const fields = [
      'degree',
      'strength',
      'betweenness',
      'closeness',
      'harmonic',
      'pagerank',
      'eigenvector',
      'constraint',
      'effectiveSize',
    ];
    CENTRALITY_METRICS.forEach((metric, i) =>
      expect(metrics[fields[i]!]).toBeCloseTo(centrality(network, metric)[node]!, 12),
    );
    expect(metrics.community).toBe(communities(network).communityOf[node]);
    expect(hub.sector === 'ACADEMIA' ? outside : null).toBe(outside);
  });

  it('actors ordered by BETWEENNESS and filtered by PAGERANK: every page, in the pure order', async () => {
    const network = await pure();
    const values = centrality(network, 'BETWEENNESS');
    const pagerank = centrality(network, 'PAGERANK');
    const civil = network.actors.map((a, i) => ({ a, i })).filter(({ a }) => a.sector === 'CIVIL_SOCIETY');
    const min = [...civil.map(({ i }) => pagerank[i]!)].sort((x, y) => x - y)[Math.floor(civil.length / 3)]!;
    const expected = orderByValue(values, true)
      .filter((i) => network.actors[i]!.sector === 'CIVIL_SOCIETY' && pagerank[i]! >= min)
      .map((i) => network.actors[i]!.id);
    const walked = await walkPages(
      (variables) =>
        api().graphql(
          `query ($after: String, $min: Float) { actors(filter: {sectors: [CIVIL_SOCIETY], metric: {name: PAGERANK, min: $min}},
             orderBy: {metric: BETWEENNESS, direction: DESC, field: ID}, first: 2, after: $after) {
             totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id: slug } } } }`,
          { ...variables, min },
        ),
      (data) => data.actors,
    );
    expect(walked.ids).toEqual(expected);
    expect(walked.totalCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(4);
    expect(walked.pages).toBe(Math.ceil(expected.length / 2));
  });

  it('metric order with a network filter: actors outside it come last; a min above max is refused', async () => {
    const body = await api().graphql(`{ actors(filter: {network: {sectors: [GOVERNMENT]}},
      orderBy: {metric: DEGREE, direction: ASC}, first: 500) { totalCount edges { node { sector } } } }`);
    const sectors: string[] = body.data.actors.edges.map((e: any) => e.node.sector);
    const government = sectors.filter((s) => s === 'GOVERNMENT').length;
    expect(government).toBeGreaterThan(0);
    expect(sectors.slice(0, government).every((s) => s === 'GOVERNMENT')).toBe(true);
    expect(sectors.slice(government).every((s) => s !== 'GOVERNMENT')).toBe(true);
    const refused = await api().graphql(
      `{ actors(filter: {metric: {name: DEGREE, min: 2, max: 1}}) { totalCount } }`,
    );
    expect(badInput(refused)[0]!.path).toBe('filter.metric.max');
  });

  it('work over the limits is refused up front with a suggestion, mapped to ANALYTICS_LIMIT_EXCEEDED', async () => {
    const cache = new AnalyticsCache(api().store, { maxAllPairsWork: 5_000 });
    const refused = metricValues(cache, {}, 'BETWEENNESS');
    await expect(refused).rejects.toThrow(AnalyticsLimitError);
    const error = await refused.catch((e: unknown) => e);
    const formatted = formatError({ message: '' }, error);
    expect(formatted.extensions).toEqual({
      code: 'ANALYTICS_LIMIT_EXCEEDED',
      suggestion: expect.stringContaining('samples'),
    });
    expect(formatted.message).toMatch(/betweenness: needs about .* over the limit/);
    await expect(metricValues(cache, {}, 'BETWEENNESS', { samples: 10, seed: 1 })).resolves.toBeDefined();
  });
});
