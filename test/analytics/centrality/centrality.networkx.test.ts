import { CENTRALITY_METRICS, centrality, type CentralityMetric } from '../../../src/analytics/centrality';
import { betweenness } from '../../../src/analytics/centrality/paths';
import { actorNetwork, tieObjects, type ActorNetwork } from '../../../src/analytics/projection';
import { sampleWithoutReplacement, seededRandom } from '../../../src/analytics/random';
import { runNetworkx } from '../helpers/networkx';
import { randomNetwork } from '../helpers/random-network';

// EFFECTIVE_SIZE: networkx 3.6's vectorised path (taken when `nodes` is omitted) divides each column, not
// each row, by its maximum on weighted graphs (networkx/networkx PR #8906); its iterative path, taken when
// `nodes` is given, is Burt's definition (as UCINET and igraph compute it), and that is the reference.
const REFERENCE = `
n = G.number_of_nodes()
def listed(d):
    return [d[i] for i in range(n)]
eigen = [0.0] * n
for c in nx.connected_components(G):
    if len(c) < 2:
        continue
    # scipy's ARPACK cannot solve a 2 × 2 system (k >= N - 1): both ends of a lone tie are 1 after scaling.
    e = dict.fromkeys(c, 1.0) if len(c) == 2 else nx.eigenvector_centrality_numpy(G.subgraph(c))
    top = max(e.values())
    for v, x in e.items():
        eigen[v] = x / top
out({
    "DEGREE": listed(nx.degree_centrality(G)),
    "STRENGTH": listed(dict(G.degree(weight="weight"))),
    "BETWEENNESS": listed(nx.betweenness_centrality(G, normalized=True)),
    "CLOSENESS": listed(nx.closeness_centrality(G, wf_improved=True)),
    "HARMONIC": listed(nx.harmonic_centrality(G)),
    "PAGERANK": listed(nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14)),
    "EIGENVECTOR": eigen,
    "CONSTRAINT": listed(nx.constraint(G, weight="weight")),
    "EFFECTIVE_SIZE": listed(nx.effective_size(G, nodes=list(G), weight="weight")),
})
`;

const TOLERANCE: Record<CentralityMetric, number> = {
  DEGREE: 1e-6,
  STRENGTH: 1e-6,
  BETWEENNESS: 1e-6,
  CLOSENESS: 1e-6,
  HARMONIC: 1e-6,
  PAGERANK: 1e-9,
  EIGENVECTOR: 1e-5,
  CONSTRAINT: 1e-6,
  EFFECTIVE_SIZE: 1e-6,
};

/** The largest difference between ours (NaN = no value) and networkx's (null = NaN), or Infinity when one has a value the other lacks. */
function worstDifference(ours: Float64Array, theirs: (number | null)[]): number {
  expect(theirs).toHaveLength(ours.length);
  let worst = 0;
  ours.forEach((value, i) => {
    const reference = theirs[i] ?? Number.NaN;
    if (Number.isNaN(value) || Number.isNaN(reference))
      worst = Number.isNaN(value) === Number.isNaN(reference) ? worst : Infinity;
    else worst = Math.max(worst, Math.abs(value - reference));
  });
  return worst;
}

describe.each([1, 2, 3])('centrality on a generated network (seed %i) agrees with networkx', (seed) => {
  let network: ActorNetwork;
  let reference: Record<CentralityMetric, (number | null)[]>;

  beforeAll(async () => {
    network = actorNetwork(randomNetwork({ actors: 320, seed }));
    reference = await runNetworkx(network, REFERENCE);
  });

  it('is a network with isolates, several components and multi-party ties', () => {
    const weights = new Set(tieObjects(network.ties).map((t) => Math.round(t.weight * 1e6)));
    expect(weights.size).toBeGreaterThan(3);
    expect(network.actors.length).toBe(320);
  });

  it.each(CENTRALITY_METRICS)('%s', (metric) => {
    expect(worstDifference(centrality(network, metric), reference[metric])).toBeLessThanOrEqual(
      TOLERANCE[metric],
    );
  });

  it('sampled BETWEENNESS is rescaled exactly as networkx rescales the same sample', async () => {
    const sources = [...betweennessSources(network, 40, seed)];
    const theirs = await runNetworkx<number[]>(
      network,
      `
import random
class Fixed(random.Random):
    def sample(self, population, k):
        return list(data["sources"])
b = nx.betweenness_centrality(G, k=len(data["sources"]), normalized=True, seed=Fixed(0))
out([b[i] for i in range(G.number_of_nodes())])
`,
      { sources },
    );
    expect(worstDifference(betweenness(network, { samples: 40, seed }), theirs)).toBeLessThanOrEqual(1e-6);
  });
});

/** The sources sampled betweenness draws (the same seeded generator), whose values networkx scales as a source's. */
function betweennessSources(network: ActorNetwork, samples: number, seed: number): Int32Array {
  return sampleWithoutReplacement(seededRandom(seed), network.actors.length, samples);
}
