import { bipartiteNetwork } from '../../../src/analytics/views/bipartite-network';
import { sectorNetwork } from '../../../src/analytics/views/sector-network';
import { actor, networkOf, partnership } from '../helpers/gap-fixtures';

// sb-p1: sb-g1, sb-c1, sb-c2 (three parties: each tie weighs 1/2); sb-p2: sb-g1, sb-g2; sb-p3: sb-c1 as
// LEAD and FUNDER with sb-y1; sb-p4: sb-c1, sb-c2 again; sb-p5: sb-y1 with an actor outside the network
// (no tie). sb-i1 is an isolate.
const network = networkOf(
  [
    actor('sb-g1', 'GOVERNMENT'),
    actor('sb-g2', 'GOVERNMENT'),
    actor('sb-c1'),
    actor('sb-c2'),
    actor('sb-y1', 'CHILDREN_AND_YOUTH'),
    actor('sb-i1', 'INTERNATIONAL'),
  ],
  [
    partnership('sb-p1', ['sb-g1', 'sb-c1', 'sb-c2']),
    partnership('sb-p2', ['sb-g1', 'sb-g2']),
    partnership('sb-p3', [
      ['sb-c1', 'LEAD'],
      ['sb-c1', 'FUNDER'],
      ['sb-y1', 'PARTICIPANT'],
    ]),
    partnership('sb-p4', ['sb-c2', 'sb-c1']),
    partnership('sb-p5', ['sb-y1', 'sb-elsewhere']),
  ],
);

describe('sectorNetwork', () => {
  it('has a node per sector present and an edge per pair of sectors with ties, loops included', () => {
    const view = sectorNetwork(network);
    expect(view.nodes).toEqual([
      { sector: 'GOVERNMENT', actors: 2 },
      { sector: 'CIVIL_SOCIETY', actors: 2 },
      { sector: 'CHILDREN_AND_YOUTH', actors: 1 },
      { sector: 'INTERNATIONAL', actors: 1 },
    ]);
    expect(view.edges).toEqual([
      { a: 'GOVERNMENT', b: 'GOVERNMENT', ties: 1, weight: 1, partnerships: 1 },
      { a: 'GOVERNMENT', b: 'CIVIL_SOCIETY', ties: 2, weight: 1, partnerships: 1 },
      { a: 'CIVIL_SOCIETY', b: 'CIVIL_SOCIETY', ties: 1, weight: 1.5, partnerships: 2 },
      { a: 'CIVIL_SOCIETY', b: 'CHILDREN_AND_YOUTH', ties: 1, weight: 1, partnerships: 1 },
    ]);
  });
});

describe('bipartiteNetwork', () => {
  const ids = (nodes: Int32Array) => Array.from(nodes, (node) => network.actors[node]!.id);

  it('links every actor to the partnerships behind its ties, with its roles', () => {
    const view = bipartiteNetwork(network);
    expect(ids(view.actors)).toEqual(['sb-c1', 'sb-c2', 'sb-g1', 'sb-g2', 'sb-i1', 'sb-y1']);
    expect(view.partnerships.map((p) => p.id)).toEqual(['sb-p1', 'sb-p2', 'sb-p3', 'sb-p4']);
    const edges = view.edges.map((e) => [
      network.actors[e.actor]!.id,
      view.partnerships[e.partnership]!.id,
      e.roles,
    ]);
    expect(edges).toEqual([
      ['sb-c1', 'sb-p1', ['PARTICIPANT']],
      ['sb-c2', 'sb-p1', ['PARTICIPANT']],
      ['sb-g1', 'sb-p1', ['PARTICIPANT']],
      ['sb-g1', 'sb-p2', ['PARTICIPANT']],
      ['sb-g2', 'sb-p2', ['PARTICIPANT']],
      ['sb-c1', 'sb-p3', ['FUNDER', 'LEAD']],
      ['sb-y1', 'sb-p3', ['PARTICIPANT']],
      ['sb-c1', 'sb-p4', ['PARTICIPANT']],
      ['sb-c2', 'sb-p4', ['PARTICIPANT']],
    ]);
  });

  it('of an ego network keeps only the partnerships tying its actors', () => {
    const view = bipartiteNetwork(network, { ego: { actorId: 'sb-y1', hops: 1 } });
    expect(ids(view.actors)).toEqual(['sb-c1', 'sb-y1']);
    expect(view.partnerships.map((p) => p.id)).toEqual(['sb-p3']);
    expect(view.edges.map((e) => [network.actors[e.actor]!.id, e.roles])).toEqual([
      ['sb-c1', ['FUNDER', 'LEAD']],
      ['sb-y1', ['PARTICIPANT']],
    ]);
  });
});
