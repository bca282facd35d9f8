import { AnalyticsArgumentError } from '../../../src/analytics/errors';
import { actorSubgraph } from '../../../src/analytics/views/actor-subgraph';
import { actor, networkOf, partnership } from '../helpers/gap-fixtures';

// sv-a, sv-b, sv-c share sv-p1 (three parties: weight 1/2 per tie); sv-a and sv-b also share sv-p2
// (FUNDING); then a chain sv-c – sv-d – sv-e; sv-f is an isolate.
const network = networkOf(
  ['sv-a', 'sv-b', 'sv-c', 'sv-d', 'sv-e', 'sv-f'].map((id) => actor(id)),
  [
    partnership('sv-p1', ['sv-a', 'sv-b', 'sv-c']),
    { ...partnership('sv-p2', ['sv-b', 'sv-a']), kind: 'FUNDING' },
    { ...partnership('sv-p3', ['sv-c', 'sv-d']), kind: 'ADVOCACY' },
    { ...partnership('sv-p4', ['sv-d', 'sv-e']), kind: 'MENTORSHIP' },
  ],
);
const ids = (nodes: Int32Array) => Array.from(nodes, (node) => network.actors[node]!.id);
const edges = (subgraph: ReturnType<typeof actorSubgraph>) =>
  subgraph.ties.map((tie) => [
    network.actors[tie.source]!.id,
    network.actors[tie.target]!.id,
    tie.weight,
    tie.partnerships,
    tie.kinds,
  ]);

describe('actorSubgraph', () => {
  it('is the whole network, isolates included, with the kinds of each tie', () => {
    const whole = actorSubgraph(network);
    expect(ids(whole.nodes)).toEqual(['sv-a', 'sv-b', 'sv-c', 'sv-d', 'sv-e', 'sv-f']);
    expect(edges(whole)).toEqual([
      ['sv-a', 'sv-b', 1.5, 2, ['FUNDING', 'COORDINATION']],
      ['sv-a', 'sv-c', 0.5, 1, ['COORDINATION']],
      ['sv-b', 'sv-c', 0.5, 1, ['COORDINATION']],
      ['sv-c', 'sv-d', 1, 1, ['ADVOCACY']],
      ['sv-d', 'sv-e', 1, 1, ['MENTORSHIP']],
    ]);
  });

  it('keeps an ego network: the actors within hops and every tie among them', () => {
    const ego = actorSubgraph(network, { ego: { actorId: 'sv-a', hops: 1 } });
    expect(ids(ego.nodes)).toEqual(['sv-a', 'sv-b', 'sv-c']);
    // sv-b – sv-c joins two actors of the outer ring: kept, as networkx's ego_graph keeps it.
    expect(edges(ego).map(([s, t]) => `${s}–${t}`)).toEqual(['sv-a–sv-b', 'sv-a–sv-c', 'sv-b–sv-c']);
    const two = actorSubgraph(network, { ego: { actorId: 'sv-a', hops: 2 } });
    expect(ids(two.nodes)).toEqual(['sv-a', 'sv-b', 'sv-c', 'sv-d']);
    expect(edges(two)).toHaveLength(4);
  });

  it('gives an ego of hops 0 alone, and an ego outside the network nothing', () => {
    const alone = actorSubgraph(network, { ego: { actorId: 'sv-d', hops: 0 } });
    expect(ids(alone.nodes)).toEqual(['sv-d']);
    expect(alone.ties).toEqual([]);
    const outside = actorSubgraph(network, { ego: { actorId: 'sv-unknown', hops: 2 } });
    expect(outside.nodes).toHaveLength(0);
    expect(outside.ties).toEqual([]);
  });

  it('refuses hops that are not a whole number ≥ 0, naming the argument', () => {
    for (const hops of [-1, 1.5, Number.NaN])
      expect(() => actorSubgraph(network, { ego: { actorId: 'sv-a', hops } })).toThrow(
        AnalyticsArgumentError,
      );
    expect(() => actorSubgraph(network, { ego: { actorId: 'sv-a', hops: -1 } })).toThrow(/ego\.hops/);
  });
});
