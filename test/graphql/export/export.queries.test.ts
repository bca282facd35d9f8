import { withDefaultEvidence, type NetworkFilter } from '../../../src/domain';
import { AnalyticsCache } from '../../../src/app/analytics/analytics-cache';
import { actorView } from '../../../src/app/analytics/actor-view';
import { MAX_GRAPHQL_EXPORT_CHARS } from '../../../src/graphql/export/export.resolver';
import { FORMAT_INFO, csvEdges, csvNodes } from '../../../src/io/export';
import { useTestApi } from '../../helpers/api';
import { badInput } from '../../helpers/paging';
import { exportText } from '../../io/export/helpers/fixtures';

const EXPORT = `query Export($format: ExportFormat!, $filter: NetworkFilter, $ego: EgoInput, $metrics: [CentralityMetric!]) {
  exportNetwork(format: $format, filter: $filter, ego: $ego, metrics: $metrics) {
    format fileName contentType revision nodeCount edgeCount content nodes edges
  }
}`;

describe('exportNetwork', () => {
  const api = useTestApi();
  const filter: NetworkFilter = { asOf: '2023-12-31', sectors: ['CIVIL_SOCIETY', 'INTERNATIONAL'] };

  it('answers with the file the HTTP download serves, for every format but CSV', async () => {
    const view = await actorView(new AnalyticsCache(api().store), withDefaultEvidence(filter), {
      metrics: ['PAGERANK'],
    });
    for (const format of ['graphml', 'gexf', 'json', 'cypher'] as const) {
      const { data, errors } = await api().graphql(EXPORT, {
        format: format.toUpperCase(),
        filter,
        metrics: ['PAGERANK'],
      });
      expect(errors).toBeUndefined();
      expect(data.exportNetwork).toEqual({
        format: format.toUpperCase(),
        fileName: `network-2023-12-31.${FORMAT_INFO[format].extension}`,
        contentType: FORMAT_INFO[format].contentType,
        revision: view.revision,
        nodeCount: view.nodes.length,
        edgeCount: view.edges.length,
        content: exportText(format, view, ['PAGERANK']),
        nodes: null,
        edges: null,
      });
    }
  });

  it('gives CSV as two fields, nodes and edges, of an ego network', async () => {
    const ego = { actorId: 'syri-i-vizionit', hops: 1 };
    const { data, errors } = await api().graphql(EXPORT, { format: 'CSV', ego });
    expect(errors).toBeUndefined();
    const view = await actorView(new AnalyticsCache(api().store), withDefaultEvidence({}), { ego });
    expect(data.exportNetwork).toMatchObject({
      fileName: `network-r${view.revision}-ego-syri-i-vizionit-1.csv.zip`,
      content: null,
      nodes: [...csvNodes(view, { metrics: [] })].join(''),
      edges: [...csvEdges(view)].join(''),
    });
    expect(data.exportNetwork.nodes.split('\r\n')[0]).toBe(
      'id,name,sector,kind,identifiers,community,evidence,source,quote,reason',
    );
  });

  it('refuses bad filters, hops and egos, naming them', async () => {
    const bad = (variables: Record<string, unknown>) =>
      api().graphql(EXPORT, { format: 'GEXF', ...variables });
    expect(badInput(await bad({ filter: { themeIds: ['Not A Slug'] } }))[0]!.path).toBe('filter.themeIds[0]');
    expect(badInput(await bad({ filter: { asOf: '2023-02-30' } }))[0]!.path).toBe('filter.asOf');
    expect(badInput(await bad({ filter: { sectors: ['PIRATES'] } }))[0]!.path).toBe('filter.sectors[0]');
    expect(badInput(await bad({ ego: { actorId: 'syri-i-vizionit', hops: 11 } }))[0]!.path).toBe('ego.hops');
    const unknown = await bad({ ego: { actorId: 'nobody-at-all', hops: 1 } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('exportNetwork of a large network', () => {
  const api = useTestApi({ seed: false });

  it('is refused with the HTTP download to use instead', async () => {
    // About 220 characters of GraphML per actor and tie: well past the limit.
    const count = Math.ceil(MAX_GRAPHQL_EXPORT_CHARS / 200);
    const actors = Array.from({ length: count }, (_, i) => ({
      id: `xg-${i}`,
      name: `Graph export actor ${i}`,
      sector: 'GOVERNMENT',
      kind: 'AGENCY',
      tags: [],
    }));
    const partnerships = actors.slice(1).map((a, i) => ({
      id: `xg-p${i}`,
      title: `p${i}`,
      kind: 'FUNDING',
      participants: [actors[i]!, a].map((x) => ({ actorId: x.id, role: 'MEMBER' })),
    }));
    await api().store.write({ upsert: { actors, partnerships } });
    const { data, errors } = await api().graphql(EXPORT, {
      format: 'GRAPHML',
      filter: { sectors: ['GOVERNMENT'] },
      metrics: ['DEGREE'],
    });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toEqual({
      code: 'ANALYTICS_LIMIT_EXCEEDED',
      // The default evidence is written out, so the download names the same network whatever the defaults become.
      suggestion:
        'download it instead: GET /export/network.graphml?sectors=GOVERNMENT&evidence=DOCUMENTED%2CINFERRED&metrics=DEGREE',
    });
  });
});
