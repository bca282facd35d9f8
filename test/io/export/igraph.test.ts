import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEmbeddedStore } from '../../helpers/embedded-store';
import { exportText, seedView } from './helpers/fixtures';

/**
 * A python3 that can import igraph: the one on PATH, or Debian's (python3-igraph installs there, and
 * .ci/run installs it). Undefined without one: the test then skips and its title says why.
 */
function pythonWithIgraph(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import igraph'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return undefined;
}

const python = pythonWithIgraph();
const itWithIgraph = python ? it : it.skip;

/** igraph reads the file: the vertices' attributes and the edges as vertex-attribute pairs. */
const SCRIPT = `
import sys, json, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
json.dump({
  "directed": g.is_directed(),
  "attributes": sorted(g.vs.attributes()),
  "ids": g.vs["id"],
  "labels": g.vs["label"],
  "edges": [[g.vs[e.source]["id"], g.vs[e.target]["id"], e["weight"], int(e["partnerships"])] for e in g.es],
}, sys.stdout)
`;

describe('GraphML export read by igraph', () => {
  const store = useEmbeddedStore();

  itWithIgraph(
    `gives igraph the slug as vertex id and the display name as label${python ? '' : ' (skipped: no python3 with igraph)'}`,
    async () => {
      const view = await seedView(store(), ['DEGREE']);
      const dir = await mkdtemp(join(tmpdir(), 'export-igraph-'));
      try {
        const path = join(dir, 'network.graphml');
        await writeFile(path, exportText('graphml', view, ['DEGREE']), 'utf8');
        const run = spawnSync(python!, ['-c', SCRIPT, path], { encoding: 'utf8' });
        expect(run.stderr).toBe('');
        const read = JSON.parse(run.stdout);
        expect(read.directed).toBe(false);
        // No `name` attribute: igraph would take it for the vertex's identifier.
        expect(read.attributes).toEqual([
          'community',
          'degree',
          'evidence',
          'id',
          'identifiers',
          'kind',
          'label',
          'quote',
          'reason',
          'sector',
          'source',
        ]);
        expect(read.ids).toEqual(view.nodes.map((node) => node.actor.id));
        expect(read.labels).toEqual(view.nodes.map((node) => node.actor.name));
        expect(read.edges).toEqual(
          view.edges.map((edge) => [edge.source, edge.target, edge.weight, edge.partnerships]),
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
