import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CentralityMetric } from '../../../src/analytics/centrality';
import type { ActorView } from '../../../src/analytics/views/actor-view';
import { SECTOR_COLOURS } from '../../../src/analytics/views/sector-palette';
import { AnalyticsCache } from '../../../src/app/analytics/analytics-cache';
import { actorView } from '../../../src/app/analytics/actor-view';
import { runPython } from '../../analytics/helpers/networkx';
import { useEmbeddedStore } from '../../helpers/embedded-store';
import {
  expectedEdges,
  expectedNodeAttributes,
  exportText,
  seedView,
  withPositions,
  writeHandNetwork,
} from './helpers/fixtures';

interface NxGraph {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

// networkx reads the file; edges come back with their ends in id order, as the view has them.
const READ = (reader: string) => `
G = ${reader}
edges = sorted([sorted([u, v]) + [d] for u, v, d in G.edges(data=True)], key=lambda e: (e[0], e[1]))
out({"directed": G.is_directed(), "nodes": dict(G.nodes(data=True)), "edges": edges})
`;

async function readWithNetworkx(text: string, extension: string, reader: string): Promise<NxGraph> {
  const dir = await mkdtemp(join(tmpdir(), 'export-nx-'));
  try {
    const path = join(dir, `network.${extension}`);
    await writeFile(path, text, 'utf8');
    return await runPython<NxGraph>(READ(reader), { path });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// XML 1.0 cannot carry C0 control characters: the exports put U+FFFD in their place.
// eslint-disable-next-line no-control-regex
const asXml = (name: string) => name.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd');

function xmlNodeAttributes(view: ActorView, metrics: CentralityMetric[]) {
  const expected = expectedNodeAttributes(view, metrics);
  for (const attributes of Object.values(expected)) attributes.name = asXml(String(attributes.name));
  return expected;
}

async function expectGraphmlRead(view: ActorView, metrics: CentralityMetric[]) {
  const graph = await readWithNetworkx(
    exportText('graphml', view, metrics),
    'graphml',
    'nx.read_graphml(data["path"])',
  );
  expect(graph.directed).toBe(false);
  // GraphML carries the display name as `label` (igraph's convention; see igraph.test.ts), the slug as node id.
  const expected = Object.fromEntries(
    Object.entries(xmlNodeAttributes(view, metrics)).map(([id, { name, ...rest }]) => [
      id,
      { label: name, ...rest },
    ]),
  );
  expect(graph.nodes).toEqual(expected);
  expect(graph.edges).toEqual(expectedEdges(view));
}

async function expectGexfRead(view: ActorView, metrics: CentralityMetric[]) {
  const graph = await readWithNetworkx(
    exportText('gexf', view, metrics),
    'gexf',
    'nx.read_gexf(data["path"], version="1.3")',
  );
  expect(graph.directed).toBe(false);
  const expected = xmlNodeAttributes(view, metrics);
  expect(Object.keys(graph.nodes)).toEqual(Object.keys(expected));
  for (const node of view.nodes) {
    const { name, x, y, ...attributes } = expected[node.actor.id]!;
    const { label, viz, ...read } = graph.nodes[node.actor.id] as { label: string; viz: any };
    expect({ label, ...read }).toEqual({ label: name, ...attributes });
    const { r, g, b } = SECTOR_COLOURS[node.actor.sector];
    expect(viz.color).toEqual({ r, g, b, a: 1 });
    if (metrics.length > 0) expect(viz.size).toBeGreaterThanOrEqual(3);
    expect(viz.position).toEqual(node.position ? { x, y, z: 0 } : undefined);
  }
  // GEXF edges carry their position in the file as id.
  expect(graph.edges).toEqual(
    expectedEdges(view).map(([s, t, d], i) => [s, t, { ...(d as object), id: String(i) }]),
  );
}

describe('GraphML and GEXF exports read by networkx', () => {
  const store = useEmbeddedStore();

  it('keep every node, edge and attribute of the Kosovo seed network', async () => {
    const metrics: CentralityMetric[] = ['DEGREE', 'CONSTRAINT', 'PAGERANK'];
    const view = await seedView(store(), metrics);
    expect(view.edges.length).toBeGreaterThan(50);
    // Isolates have no constraint: the exports must leave it out rather than write a number.
    expect(view.nodes.some((node) => node.metrics.CONSTRAINT === null)).toBe(true);
    await expectGraphmlRead(view, metrics);
    await expectGexfRead(view, metrics);
  });

  it('keep awkward names, two-kind ties and isolates of a hand network, whole and as an ego network', async () => {
    await writeHandNetwork(store());
    const analytics = new AnalyticsCache(store());
    const whole = await actorView(analytics, {}, { metrics: ['STRENGTH'] });
    expect(whole.edges).toEqual([
      {
        source: 'xp-a',
        target: 'xp-b',
        weight: 1.5,
        partnerships: 2,
        kinds: ['FUNDING', 'COORDINATION'],
        evidence: 'DOCUMENTED',
      },
      {
        source: 'xp-a',
        target: 'xp-c',
        weight: 0.5,
        partnerships: 1,
        kinds: ['COORDINATION'],
        evidence: 'DOCUMENTED',
      },
      {
        source: 'xp-b',
        target: 'xp-c',
        weight: 0.5,
        partnerships: 1,
        kinds: ['COORDINATION'],
        evidence: 'DOCUMENTED',
      },
      {
        source: 'xp-c',
        target: 'xp-d',
        weight: 1,
        partnerships: 1,
        kinds: ['ADVOCACY'],
        evidence: 'DOCUMENTED',
      },
    ]);
    await expectGraphmlRead(withPositions(whole), ['STRENGTH']);
    await expectGexfRead(withPositions(whole), ['STRENGTH']);
    const ego = await actorView(analytics, {}, { ego: { actorId: 'xp-d', hops: 1 } });
    expect(ego.nodes.map((n) => n.actor.id)).toEqual(['xp-c', 'xp-d']);
    await expectGraphmlRead(ego, []);
    await expectGexfRead(ego, []);
  });
});
