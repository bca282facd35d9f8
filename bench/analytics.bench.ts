import { spawnSync } from 'node:child_process';
import { CENTRALITY_METRICS, centrality } from '../src/analytics/centrality';
import { actorNetwork } from '../src/analytics/projection';
import { randomNetwork } from '../test/analytics/helpers/random-network';

/**
 * Times every centrality on a generated network (BENCH_ACTORS, default 10 000) against networkx on the same
 * graph (EFFECTIVE_SIZE: networkx's fast vectorised path; its exact iterative one takes hours at 10k). Run: `node -r ./test/helpers/register-ts.js bench/analytics.bench.ts`. Prints one line per metric.
 */
const n = Number(process.env.BENCH_ACTORS ?? 10_000);
const network = actorNetwork(randomNetwork({ actors: n, seed: 42, groups: 3, partnershipsPerActor: 1 }));
console.log(`${network.actors.length} actors, ${network.ties.length} ties`);

const python = `
import sys, json, time
import networkx as nx
g = json.load(sys.stdin)
G = nx.Graph(); G.add_nodes_from(range(g["n"])); G.add_weighted_edges_from(g["edges"])
def eigen(G):
    for c in nx.connected_components(G):
        if len(c) > 2: nx.eigenvector_centrality_numpy(G.subgraph(c))
calls = {
  "DEGREE": lambda: nx.degree_centrality(G),
  "STRENGTH": lambda: dict(G.degree(weight="weight")),
  "BETWEENNESS": lambda: nx.betweenness_centrality(G, normalized=True),
  "CLOSENESS": lambda: nx.closeness_centrality(G, wf_improved=True),
  "HARMONIC": lambda: nx.harmonic_centrality(G),
  "PAGERANK": lambda: nx.pagerank(G, alpha=0.85, weight="weight"),
  "EIGENVECTOR": lambda: eigen(G),
  "CONSTRAINT": lambda: nx.constraint(G, weight="weight"),
  "EFFECTIVE_SIZE": lambda: nx.effective_size(G, weight="weight"),
}
out = {}
for name, call in calls.items():
    t = time.perf_counter(); call(); out[name] = (time.perf_counter() - t) * 1000
print(json.dumps(out))
`;
const nx = spawnSync('python3', ['-c', python], {
  input: JSON.stringify({
    n: network.actors.length,
    edges: network.ties.map((t) => [t.source, t.target, t.weight]),
  }),
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
if (nx.status !== 0) throw new Error(`networkx failed (${nx.status ?? nx.signal}): ${nx.stderr}`);
const reference = JSON.parse(nx.stdout) as Record<string, number>;
for (const metric of CENTRALITY_METRICS) {
  const start = performance.now();
  centrality(network, metric);
  const ms = performance.now() - start;
  const theirs = reference[metric]!;
  console.log(
    `${metric.padEnd(15)} ours ${ms.toFixed(1).padStart(9)} ms   networkx ${theirs.toFixed(1).padStart(9)} ms   ×${(theirs / ms).toFixed(1)}`,
  );
}
