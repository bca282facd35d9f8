import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import Graph from 'graphology';
import type { CentralityMetric } from '../../../src/analytics/centrality';
import type { ActorView } from '../../../src/analytics/views/actor-view';
import { SECTOR_COLOURS } from '../../../src/analytics/views/sector-palette';
import { AnalyticsCache } from '../../../src/app/analytics/analytics-cache';
import { actorView } from '../../../src/app/analytics/actor-view';
import { CYPHER_BATCH } from '../../../src/io/export/cypher';
import { runPython } from '../../analytics/helpers/networkx';
import { useEmbeddedStore } from '../../helpers/embedded-store';
import { runCypherScript } from './helpers/cypher-script';
import {
  expectedEdges,
  expectedNodeAttributes,
  PROVENANCE_KEYS,
  exportText,
  seedView,
  withPositions,
  writeHandNetwork,
} from './helpers/fixtures';

const METRICS: CentralityMetric[] = ['DEGREE', 'CONSTRAINT'];

function expectJsonImport(view: ActorView, metrics: CentralityMetric[]) {
  // Graph.from: a new graph of the file's options (undirected, simple), then Graph#import of its data.
  const graph = Graph.from(JSON.parse(exportText('json', view, metrics)));
  expect(graph.type).toBe('undirected');
  expect(graph.multi).toBe(false);
  expect(graph.order).toBe(view.nodes.length);
  expect(graph.size).toBe(view.edges.length);
  const expected = expectedNodeAttributes(view, metrics);
  for (const node of view.nodes) {
    const { label, color, size, ...attributes } = graph.getNodeAttributes(node.actor.id);
    // A metric without a value is null in JSON, where the XML formats leave it out.
    const nulls = Object.fromEntries([
      ...metrics.filter((m) => node.metrics[m] === null).map((m) => [m.toLowerCase(), null]),
      ...(node.actor.identifiers ? [] : [['identifiers', null]]),
      ...PROVENANCE_KEYS.filter((k) => !(k in expected[node.actor.id]!)).map((k) => [k, null]),
    ]);
    expect(attributes).toEqual({ ...expected[node.actor.id], ...nulls });
    expect(label).toBe(node.actor.name);
    expect(color).toBe(SECTOR_COLOURS[node.actor.sector].hex);
    expect(size === undefined).toBe(metrics.length === 0);
  }
  const edges = graph.mapEdges((_key, attributes, source, target) => [
    [source, target].sort()[0],
    [source, target].sort()[1],
    { ...attributes, kinds: attributes.kinds.join(';') },
  ]);
  expect(edges).toEqual(expectedEdges(view));
}

/** Python's zipfile and csv modules read the csv export: each file's rows as dicts. */
function readCsvZip(view: ActorView, metrics: CentralityMetric[]) {
  const bytes = Buffer.from(exportText('csv', view, metrics), 'latin1').toString('base64');
  return runPython<{ names: string[]; nodes: Record<string, string>[]; edges: Record<string, string>[] }>(
    `
import base64, csv, io, zipfile
z = zipfile.ZipFile(io.BytesIO(base64.b64decode(data["zip"])))
assert z.testzip() is None
def rows(name):
    return list(csv.DictReader(io.TextIOWrapper(z.open(name), encoding="utf-8", newline="")))
out({"names": z.namelist(), "nodes": rows("nodes.csv"), "edges": rows("edges.csv")})
`,
    { zip: bytes },
  );
}

async function expectCsvRead(view: ActorView, metrics: CentralityMetric[]) {
  const read = await readCsvZip(view, metrics);
  expect(read.names).toEqual(['nodes.csv', 'edges.csv']);
  const expected = expectedNodeAttributes(view, metrics);
  const columns = [
    'name',
    'sector',
    'kind',
    'identifiers',
    'community',
    ...PROVENANCE_KEYS,
    ...metrics.map((m) => m.toLowerCase()),
  ];
  if (view.nodes.some((n) => n.position)) columns.push('x', 'y');
  expect(read.nodes).toEqual(
    view.nodes.map((node) => ({
      id: node.actor.id,
      ...Object.fromEntries(
        columns.map((c) => [c, c in expected[node.actor.id]! ? String(expected[node.actor.id]![c]) : '']),
      ),
    })),
  );
  expect(read.edges).toEqual(
    expectedEdges(view).map(([source, target, d]) => {
      const { weight, partnerships, kinds, evidence } = d as {
        weight: number;
        partnerships: number;
        kinds: string;
        evidence: string;
      };
      return { source, target, weight: String(weight), partnerships: String(partnerships), kinds, evidence };
    }),
  );
}

/** Neo4j's own parser and semantic checks: valid Cypher 5, without warnings either. */
function expectValidCypher(script: string) {
  const diagnostics = lintCypherQuery(script, {
    defaultLanguage: 'CYPHER 5',
    labels: ['Actor'],
    relationshipTypes: ['TIE'],
    procedures: testData.mockSchema.procedures,
    functions: testData.mockSchema.functions,
  });
  expect(diagnostics.map((d) => d.message)).toEqual([]);
}

/** The script, run (see runCypherScript), recreates the view's nodes and ties with their attributes and types. */
function expectCypherRecreates(view: ActorView, metrics: CentralityMetric[], lint = true) {
  const script = exportText('cypher', view, metrics);
  // The linter takes half a minute on a few hundred rows: the hand network's scripts are linted, whose
  // statements and escapes are those of every script.
  if (lint) expectValidCypher(script);
  const graph = runCypherScript(script);
  expect(graph.constraints).toEqual(['actor_id']);
  const expected = expectedNodeAttributes(view, metrics);
  expect([...graph.nodes.keys()]).toEqual(view.nodes.map((n) => n.actor.id));
  for (const node of view.nodes) {
    const { community, ...rest } = expected[node.actor.id]!;
    expect(graph.nodes.get(node.actor.id)).toEqual({
      id: node.actor.id,
      ...rest,
      community: BigInt(community!),
    });
  }
  expect(graph.ties).toEqual(
    view.edges.map((e) => ({
      source: e.source,
      target: e.target,
      props: { weight: e.weight, partnerships: BigInt(e.partnerships), kinds: e.kinds, evidence: e.evidence },
    })),
  );
}

describe('JSON, CSV and Cypher exports', () => {
  const store = useEmbeddedStore();

  it('of the Kosovo seed network are read back whole by graphology, Python and Cypher', async () => {
    const view = await seedView(store(), METRICS);
    expectJsonImport(view, METRICS);
    await expectCsvRead(view, METRICS);
    expectCypherRecreates(view, METRICS, false);
  });

  it('of a hand network keep awkward names, positions, two-kind ties, and the ego network weights', async () => {
    await writeHandNetwork(store());
    const analytics = new AnalyticsCache(store());
    const whole = withPositions(await actorView(analytics, {}, { metrics: ['STRENGTH'] }));
    expectJsonImport(whole, ['STRENGTH']);
    await expectCsvRead(whole, ['STRENGTH']);
    expectCypherRecreates(whole, ['STRENGTH']);
    // The ego network of xp-b keeps xp-a, xp-b, xp-c: its ties keep the whole network's weights (1.5 for
    // a–b), which the script writes as they are rather than recomputing them from partnerships.
    const ego = await actorView(analytics, {}, { ego: { actorId: 'xp-b', hops: 1 } });
    expect(ego.edges.map((e) => e.weight)).toEqual([1.5, 0.5, 0.5]);
    expectJsonImport(ego, []);
    await expectCsvRead(ego, []);
    expectCypherRecreates(ego, []);
  });

  it('writes a large network in Cypher batches, every tie recreated', async () => {
    const actors = Array.from({ length: CYPHER_BATCH + 5 }, (_, i) => ({
      id: `xb-${String(i).padStart(4, '0')}`,
      name: `Actor ${i}`,
      sector: 'CIVIL_SOCIETY',
      kind: 'NGO',
      tags: [],
    }));
    const partnerships = actors.slice(1).map((a, i) => ({
      id: `xb-p${i}`,
      title: `chain ${i}`,
      kind: 'COORDINATION',
      participants: [actors[i]!, a].map((x) => ({ actorId: x.id, role: 'PARTICIPANT' })),
    }));
    await store().write({ upsert: { actors, partnerships } });
    const view = await actorView(new AnalyticsCache(store()), {});
    expect(exportText('cypher', view, []).match(/^UNWIND/gm)).toHaveLength(4);
    expectCypherRecreates(view, [], false);
  });
});
