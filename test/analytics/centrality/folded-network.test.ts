import {
  betweenness,
  closeness,
  harmonic,
  pathShare,
  combineShares,
} from '../../../src/analytics/centrality/paths';
import { foldedNetwork } from '../../../src/analytics/centrality/folded-network';
import type { ActorNetwork } from '../../../src/analytics/projection';
import { actor, networkOf, partnership } from '../helpers/gap-fixtures';
import { runNetworkx } from '../helpers/networkx';

/**
 * A network that is mostly hanging trees, where folding does the most: a core (a four-actor partnership
 * and a cycle) with chains, stars and a tree of depth three hanging off it, a component that is a tree
 * alone, a lone tie, an isolate.
 */
function treeHeavyNetwork(): ActorNetwork {
  const ties: [string, string][] = [
    ['c1', 'c5'],
    ['c5', 'c6'],
    ['c6', 'c7'],
    ['c7', 'c1'], // a cycle through the core
    ['c2', 'a1'],
    ['a1', 'a2'],
    ['a2', 'a3'], // a chain
    ['c3', 'b1'],
    ['c3', 'b2'],
    ['c3', 'b3'], // a star on a core actor
    ['c6', 'd1'],
    ['d1', 'd2'],
    ['d1', 'd3'],
    ['d2', 'd4'],
    ['d2', 'd5'],
    ['d3', 'd6'], // a tree
    ['t1', 't2'],
    ['t2', 't3'],
    ['t2', 't4'],
    ['t4', 't5'], // a component that is a tree
    ['p1', 'p2'], // a lone tie
  ];
  const ids = [...new Set([...ties.flat(), 'c1', 'c2', 'c3', 'c4', 'lone'])];
  return networkOf(
    ids.map((id) => actor(id)),
    [
      partnership('core', ['c1', 'c2', 'c3', 'c4']),
      ...ties.map(([a, b]) => partnership(`${a}-${b}`, [a, b])),
    ],
  );
}

const REFERENCE = `
n = G.number_of_nodes()
out({
  "BETWEENNESS": [nx.betweenness_centrality(G, normalized=True)[i] for i in range(n)],
  "CLOSENESS": [nx.closeness_centrality(G, wf_improved=True)[i] for i in range(n)],
  "HARMONIC": [nx.harmonic_centrality(G)[i] for i in range(n)],
})
`;

describe('exact path metrics with hanging trees folded (Baglioni et al. 2012)', () => {
  const network = treeHeavyNetwork();
  let reference: Record<'BETWEENNESS' | 'CLOSENESS' | 'HARMONIC', number[]>;
  beforeAll(async () => {
    reference = await runNetworkx(network, REFERENCE);
  });

  it('folds every tree down to the core, a tree component to one actor', () => {
    const folded = foldedNetwork(network, true);
    const kept = [...folded.original].map((i) => network.actors[i]!.id).sort();
    // The core's five cycle and partnership actors, one actor per tree component and lone tie, the isolate.
    expect(kept.filter((id) => id.startsWith('c'))).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect(kept.filter((id) => !id.startsWith('c'))).toHaveLength(3);
    const c6 = folded.keptIndex[network.indexOf.get('c6')!]!;
    expect(folded.weight[c6]).toBe(7); // itself and the six actors of its tree
  });

  it.each(['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const)('%s agrees with networkx', (metric) => {
    const ours = { BETWEENNESS: betweenness, CLOSENESS: closeness, HARMONIC: harmonic }[metric](network);
    ours.forEach((value, i) => expect(value).toBeCloseTo(reference[metric][i]!, 12));
  });

  it.each(['BETWEENNESS', 'CLOSENESS', 'HARMONIC'] as const)(
    '%s shared out over three shares adds up to the whole',
    (metric) => {
      const shares = [0, 1, 2].map((index) => pathShare(network, metric, {}, { index, of: 3 }));
      const combined = combineShares(network, metric, shares, {});
      combined.forEach((value, i) => expect(value).toBeCloseTo(reference[metric][i]!, 12));
    },
  );
});
