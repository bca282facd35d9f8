import { actorNetwork, tieObjects, type ActorNetwork } from '../../../src/analytics/projection';
import { communities } from '../../../src/analytics/structure/communities';
import { fragility } from '../../../src/analytics/structure/fragility';
import { shortestPath } from '../../../src/analytics/structure/shortest-path';
import { networkStats } from '../../../src/analytics/structure/stats';
import { runNetworkx } from '../helpers/networkx';
import { randomNetwork } from '../helpers/random-network';

interface Reference {
  components: number[][];
  articulationPoints: number[];
  bridges: [number, number][];
  stats: { density: number; averageClustering: number; transitivity: number; diameter: number };
  pathLengths: (number | null)[];
  louvainModularity: number;
}

const REFERENCE = `
n = G.number_of_nodes()
largest = max(nx.connected_components(G), key=len)
def length(a, b):
    try:
        return nx.shortest_path_length(G, a, b)
    except nx.NetworkXNoPath:
        return None
out({
    "components": sorted(sorted(c) for c in nx.connected_components(G)),
    "articulationPoints": sorted(nx.articulation_points(G)),
    "bridges": sorted(sorted(e) for e in nx.bridges(G)),
    "stats": {
        "density": nx.density(G),
        "averageClustering": nx.average_clustering(G),
        "transitivity": nx.transitivity(G),
        "diameter": nx.diameter(G.subgraph(largest)),
    },
    "pathLengths": [length(a, b) for a, b in data["pairs"]],
    "louvainModularity": nx.community.modularity(
        G, nx.community.louvain_communities(G, weight="weight", seed=1), weight="weight"),
})
`;

describe.each([4, 5, 6])('structure of a generated network (seed %i) agrees with networkx', (seed) => {
  let network: ActorNetwork;
  let reference: Reference;
  const pairs: [number, number][] = Array.from({ length: 60 }, (_, i) => [
    (i * 37) % 300,
    (i * 101 + 7) % 300,
  ]);

  beforeAll(async () => {
    network = actorNetwork(randomNetwork({ actors: 300, seed }));
    reference = await runNetworkx(network, REFERENCE, { pairs });
  });

  it('components, articulation points and bridges', () => {
    const found = fragility(network);
    expect(found.components.map((c) => [...c]).sort()).toEqual(reference.components.sort());
    expect(found.components.length).toBeGreaterThan(20);
    expect(found.articulationPoints).toEqual(reference.articulationPoints);
    expect(found.bridges).toEqual(reference.bridges);
    expect(found.bridges.length).toBeGreaterThan(0);
  });

  it('network stats', () => {
    const stats = networkStats(network);
    const degrees = network.actors.map((_, i) => network.offsets[i + 1]! - network.offsets[i]!);
    expect(stats.actors).toBe(300);
    expect(stats.ties).toBe(network.ties.length);
    expect(stats.isolates).toBe(degrees.filter((d) => d === 0).length);
    expect(stats.largestComponent).toBe(Math.max(...reference.components.map((c) => c.length)));
    expect(stats.components).toBe(reference.components.length);
    expect(stats.averageDegree).toBeCloseTo((2 * network.ties.length) / 300, 12);
    expect(stats.density).toBeCloseTo(reference.stats.density, 12);
    expect(stats.averageClustering).toBeCloseTo(reference.stats.averageClustering, 10);
    expect(stats.transitivity).toBeCloseTo(reference.stats.transitivity, 10);
    expect(stats.diameter).toBe(reference.stats.diameter);
  });

  it('shortest paths have networkx lengths and are paths of ties', () => {
    const tied = new Set(tieObjects(network.ties).map((t) => `${t.source} ${t.target}`));
    pairs.forEach(([a, b], i) => {
      const path = shortestPath(network, network.actors[a]!.id, network.actors[b]!.id);
      expect(path === null ? null : path.length - 1).toBe(reference.pathLengths[i]);
      path?.slice(1).forEach((v, j) => {
        const u = path[j]!;
        expect(tied.has(`${Math.min(u, v)} ${Math.max(u, v)}`)).toBe(true);
      });
    });
    expect(reference.pathLengths.filter((l) => l !== null && l > 1).length).toBeGreaterThan(5);
  });

  it('Louvain: deterministic per seed; its modularity is networkx’s on the same partition and near nx’s Louvain', async () => {
    const first = communities(network, { seed: 11 });
    expect(communities(network, { seed: 11 })).toEqual(first);
    const partition = first.members;
    const recomputed = await runNetworkx<number>(
      network,
      'out(nx.community.modularity(G, [set(c) for c in data["partition"]], weight="weight"))',
      { partition },
    );
    expect(first.modularity).toBeCloseTo(recomputed, 10);
    expect(first.modularity).toBeGreaterThan(reference.louvainModularity - 0.02);
  });
});
