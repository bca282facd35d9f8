import { actorNetwork } from '../../src/analytics/projection';
import { NetworkInputSchema } from '../../src/domain';
import { runNetworkx } from './helpers/networkx';
import { randomNetwork } from './helpers/random-network';

describe('test helpers', () => {
  it('generates valid, deterministic records with isolates, several components and multi-party partnerships', async () => {
    const records = randomNetwork({ actors: 300, seed: 7 });
    expect(randomNetwork({ actors: 300, seed: 7 })).toEqual(records);
    const { revision: _revision, ...input } = records;
    expect(NetworkInputSchema.safeParse(input).success).toBe(true);
    const sizes = new Set(
      records.partnerships.map((p) => new Set(p.participants.map((x) => x.actorId)).size),
    );
    expect([...sizes].sort()).toEqual([1, 2, 3, 4, 5, 6]);

    const network = actorNetwork(records);
    const summary = await runNetworkx<{ components: number; isolates: number; edges: number }>(
      network,
      'out({"components": nx.number_connected_components(G), "isolates": nx.number_of_isolates(G), "edges": G.number_of_edges()})',
    );
    expect(summary.edges).toBe(network.ties.length);
    expect(summary.isolates).toBeGreaterThanOrEqual(20);
    expect(summary.components - summary.isolates).toBeGreaterThanOrEqual(4);
  });
});
