import { queryData, useTestApi } from '../../helpers/api';

/**
 * The network views on the Kosovo seed, checked against the other answers of the API for the same view
 * (centrality, the JSON export, coverageGaps); network-view.queries.test.ts checks them by hand on a small
 * network.
 */

describe('network views on the Kosovo seed', () => {
  const started = useTestApi();

  it('network metrics are those of centrality for the same filter', async () => {
    const api = started();
    const filter = { asOf: '2023-12-31', sectors: ['CIVIL_SOCIETY', 'GOVERNMENT', 'CHILDREN_AND_YOUTH'] };
    const metrics = ['BETWEENNESS', 'PAGERANK', 'CONSTRAINT', 'EIGENVECTOR'];
    const { network } = await queryData(
      api,
      'query ($f: NetworkFilter, $m: [CentralityMetric!]) { network(filter: $f, metrics: $m) { nodes { id: actorId metrics { metric value } } } }',
      { f: filter, m: metrics },
    );
    expect(network.nodes.length).toBeGreaterThan(20);
    for (const [m, metric] of metrics.entries()) {
      const { centrality } = await queryData(
        api,
        'query ($f: NetworkFilter, $m: CentralityMetric!) { centrality(metric: $m, filter: $f) { actor { id: slug } value } }',
        { f: filter, m: metric },
      );
      const expected = new Map(centrality.map((s: any) => [s.actor.id, s.value]));
      for (const node of network.nodes)
        expect(node.metrics[m]).toEqual({ metric, value: expected.get(node.id) });
    }
  });

  it('network nodes carry the colour and size of the JSON export of the same view', async () => {
    const api = started();
    const { network } = await queryData(
      api,
      '{ network(metrics: [BETWEENNESS]) { nodes { id: actorId sector colour size metrics { value } } } }',
    );
    const response = await fetch(`${api.base}/export/network.json?metrics=BETWEENNESS`);
    const exported = JSON.parse(await response.text()) as {
      nodes: { key: string; attributes: { color: string; size: number } }[];
    };
    const drawn = new Map(exported.nodes.map((n) => [n.key, n.attributes]));
    const max = Math.max(...network.nodes.map((n: any) => n.metrics[0].value));
    for (const node of network.nodes) {
      expect(node.colour).toBe(drawn.get(node.id)!.color);
      expect(node.size).toBeCloseTo(drawn.get(node.id)!.size, 12);
      // 3 + 12 √(value / max), by hand: the most central is drawn 15, a node with no betweenness 3.
      expect(node.size).toBeCloseTo(3 + 12 * Math.sqrt(node.metrics[0].value / max), 12);
    }
    expect(new Set(network.nodes.map((n: any) => n.colour)).size).toBe(
      new Set(network.nodes.map((n: any) => n.sector)).size,
    );
    expect(Math.max(...network.nodes.map((n: any) => n.size))).toBe(15);
  });

  it('coverageMatrix has the 38 municipalities × 9 themes, zeros where coverageGaps finds no actor', async () => {
    const { coverageMatrix, coverageGaps } = await queryData(
      started(),
      '{ coverageMatrix { rows { id: slug level } columns { id: slug } counts: actorCounts max: maxActorCount } coverageGaps { cells: cellCount uncovered { area { id: slug } } } }',
    );
    expect(coverageMatrix.rows).toHaveLength(38);
    expect(coverageMatrix.rows.every((r: any) => r.level === 'MUNICIPALITY')).toBe(true);
    expect(coverageMatrix.columns).toHaveLength(9);
    const counts: number[] = coverageMatrix.counts.flat();
    expect(counts).toHaveLength(coverageGaps.cells);
    expect(counts.filter((c) => c === 0)).toHaveLength(coverageGaps.uncovered.length);
    expect(coverageMatrix.max).toBe(Math.max(...counts));
    expect(coverageMatrix.max).toBeGreaterThan(1);
  });
});
