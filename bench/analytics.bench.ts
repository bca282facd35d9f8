// Times every centrality, sampled betweenness, Louvain and the gap analyses on a generated network
// (BENCH_ANALYTICS_ACTORS, default 10 000) and writes bench/results/<date>-analytics.json. With --compare, networkx
// runs the same centralities on the same graph in the same run and each line shows their time / ours.
//   npm run bench -- --compare        (networkx's exact betweenness alone takes minutes at 10k)
import { spawnSync } from 'node:child_process';
import { brokerage } from '../src/analytics/brokerage';
import { CENTRALITY_METRICS, centrality } from '../src/analytics/centrality';
import { networkGaps } from '../src/analytics/network-gaps';
import { actorNetwork } from '../src/analytics/projection';
import { communities } from '../src/analytics/structure/communities';
import { actorSubgraph } from '../src/analytics/views/actor-subgraph';
import { forceAtlas2Layout } from '../src/analytics/views/layout';
import { randomNetwork } from '../test/analytics/helpers/random-network';
import { writeBenchResults } from './results';

const ACTORS = Number(process.env.BENCH_ANALYTICS_ACTORS ?? 10_000);
const COMPARE = process.argv.includes('--compare');

// The calls of DESIGN.md §4's table. EFFECTIVE_SIZE: networkx's vectorised path (its exact iterative one
// takes hours at 10k). EIGENVECTOR per component of more than two actors, as ours is defined.
const NETWORKX = `
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

/**
 * Milliseconds of one run. A fast computation (under 200 ms) is run five more times and the median taken,
 * so that the first, cold run (JIT compilation) does not stand for it.
 */
function timed(run: () => unknown): number {
  const once = () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };
  const first = once();
  if (first >= 200) return first;
  const runs = Array.from({ length: 5 }, once).sort((a, b) => a - b);
  return runs[2]!;
}

async function main(): Promise<void> {
  const network = actorNetwork(
    randomNetwork({ actors: ACTORS, seed: 42, groups: 3, partnershipsPerActor: 1 }),
  );
  console.log(`analytics: ${network.actors.length} actors, ${network.ties.length} ties`);

  const ours: Record<string, number> = {};
  for (const metric of CENTRALITY_METRICS) ours[metric] = timed(() => centrality(network, metric));
  ours['BETWEENNESS (200 samples)'] = timed(() =>
    centrality(network, 'BETWEENNESS', { samples: 200, seed: 1 }),
  );
  ours['communities (Louvain)'] = timed(() => communities(network, { seed: 1 }));
  ours['brokerage'] = timed(() => brokerage(network));
  ours['networkGaps'] = timed(() => networkGaps(network));
  // A browser explorer draws about 5 000 actors; MAX_LAYOUT_NODES allows twice that.
  const drawn = actorNetwork(randomNetwork({ actors: 5_000, seed: 42, groups: 3, partnershipsPerActor: 1 }));
  ours['layout (5 000 actors)'] = timed(() => forceAtlas2Layout(actorSubgraph(drawn)));
  ours[`layout (${network.actors.length} actors)`] = timed(() => forceAtlas2Layout(actorSubgraph(network)));

  let networkx: Record<string, number> = {};
  if (COMPARE) {
    const run = spawnSync('python3', ['-c', NETWORKX], {
      input: JSON.stringify({
        n: network.actors.length,
        edges: network.ties.map((t) => [t.source, t.target, t.weight]),
      }),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (run.status !== 0) throw new Error(`networkx failed (${run.status ?? run.signal}): ${run.stderr}`);
    networkx = JSON.parse(run.stdout) as Record<string, number>;
  }

  for (const [name, ms] of Object.entries(ours)) {
    const theirs = networkx[name];
    const reference =
      theirs === undefined
        ? ''
        : `   networkx ${theirs.toFixed(1).padStart(9)} ms   ×${(theirs / ms).toFixed(1)}`;
    console.log(`${name.padEnd(26)} ours ${ms.toFixed(1).padStart(9)} ms${reference}`);
  }
  const file = await writeBenchResults('analytics', {
    actors: network.actors.length,
    ties: network.ties.length,
    oursMs: ours,
    networkxMs: networkx,
  });
  console.log(`wrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
