import { ROLES, type Partnership, type Role } from '../../domain';
import type { ActorNetwork } from '../projection';
import { actorSubgraph, type SubgraphOptions } from './actor-subgraph';

/** An actor's part in a partnership: an edge of the bipartite view. */
export interface BipartiteEdge {
  /** Node index of the actor (into `network.actors`). */
  actor: number;
  /** Index into the view's `partnerships`. */
  partnership: number;
  /** Its roles in the partnership, in Role order (an actor may have several). */
  roles: Role[];
}

/** Actors and partnerships as two kinds of node, for drilling into what lies behind the ties. */
export interface BipartiteNetwork {
  /** The actors of the view: node indices into `network.actors`, ascending (so in id order). */
  actors: Int32Array;
  /** The partnerships behind the ties among those actors, in id order. */
  partnerships: Partnership[];
  /** Actor–partnership edges, by partnership then actor. */
  edges: BipartiteEdge[];
}

/**
 * The bipartite view of the actor network, or of an ego network in it (`options.ego`, as actorSubgraph):
 * its actors, the partnerships with at least two of them taking part (those that make their ties), and
 * an edge from each of those actors to each such partnership it takes part in, with its roles. Actors
 * outside the view (other sectors, beyond the ego's hops) are left out of the edges.
 * O(nodes + ties + Σ participants).
 */
export function bipartiteNetwork(network: ActorNetwork, options: SubgraphOptions = {}): BipartiteNetwork {
  const { nodes } = actorSubgraph(network, options);
  const kept = new Uint8Array(network.actors.length);
  for (const node of nodes) kept[node] = 1;
  const behind = network.partnerships
    .filter(({ members }) => members.filter((member) => kept[member]).length >= 2)
    .map(({ partnership }) => partnership)
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const edges = behind.flatMap((partnership, index) => {
    const rolesOf = new Map<number, Set<Role>>();
    for (const { actorId, role } of partnership.participants) {
      const node = network.indexOf.get(actorId);
      if (node === undefined || !kept[node]) continue;
      let roles = rolesOf.get(node);
      if (!roles) rolesOf.set(node, (roles = new Set()));
      roles.add(role);
    }
    return [...rolesOf]
      .sort(([x], [y]) => x - y)
      .map(([actor, roles]) => ({ actor, partnership: index, roles: ROLES.filter((r) => roles.has(r)) }));
  });
  return { actors: nodes, partnerships: behind, edges };
}
