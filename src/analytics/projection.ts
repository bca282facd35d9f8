import type { Actor, Area, Partnership, TargetGroup, Theme } from '../domain';

/**
 * What the analytics receive: the records of one store snapshot, already selected by a NetworkFilter
 * (actors passing `sectors`; partnerships passing asOf, kinds, themes and areas). Structurally the store's
 * `NetworkSnapshot`, restated here so that analytics depend on the domain only (docs/design.md §2).
 */
export interface NetworkRecords {
  revision: number;
  actors: readonly Actor[];
  partnerships: readonly Partnership[];
  areas: readonly Area[];
  themes: readonly Theme[];
  targetGroups: readonly TargetGroup[];
}

/** One tie of the actor network, between node indices `source < target`. */
export interface Tie {
  source: number;
  target: number;
  /** Newman's collaboration weight: Σ over shared partnerships of 1/(k−1), k = participants among the nodes. */
  weight: number;
  /** How many partnerships the two actors share. */
  partnerships: number;
}

/**
 * The actor network of docs/design.md §4, built once per (revision, filter) and shared by every metric:
 * nodes are the snapshot's actors sorted by id (isolates included); every pair of distinct participants of a
 * partnership with k ≥ 2 participants among the nodes is tied. Adjacency is compressed (CSR): the
 * neighbours of node i are `neighbours[offsets[i] .. offsets[i+1])`, ascending, with the tie's weight and
 * partnership count at the same positions. Immutable: algorithms read it, never change it.
 */
export interface ActorNetwork {
  /** The snapshot's records, each list in id order. */
  readonly records: NetworkRecords;
  /** Node i is `actors[i]`; sorted by id so every result is in a deterministic order. */
  readonly actors: readonly Actor[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
  readonly tiePartnerships: Int32Array;
  /** Every tie once, by source then target. */
  readonly ties: readonly Tie[];
  /** Partnerships (in id order) with at least one participant among the nodes, with those participants' node indices (distinct, ascending). */
  readonly partnerships: readonly { partnership: Partnership; members: readonly number[] }[];
}

/**
 * The ties alone: the CSR adjacency and the numbers of actors and ties (of `actors` and `ties` only the
 * lengths are read). All the shortest-path centralities need, so an ActorNetwork serves, and so does the
 * few typed arrays sent to a worker thread to run them off the event loop.
 */
export interface TieStructure {
  readonly actors: ArrayLike<unknown>;
  readonly ties: ArrayLike<unknown>;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

/** The weighted tie list alone (of `actors` only the length is read): what Louvain and modularity read. */
export interface WeightedTies {
  readonly actors: ArrayLike<unknown>;
  readonly ties: readonly Pick<Tie, 'source' | 'target' | 'weight'>[];
}

const byId = <T extends { id: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The snapshot with every list in id order. Stores return records in their own order (the embedded store
 * by insertion, Neo4j by id), and a sum of tie weights depends on the order of its terms in the last
 * digits: in one order, every store gives byte-identical answers.
 */
function inIdOrder(records: NetworkRecords): NetworkRecords {
  return {
    revision: records.revision,
    actors: byId(records.actors),
    partnerships: byId(records.partnerships),
    areas: byId(records.areas),
    themes: byId(records.themes),
    targetGroups: byId(records.targetGroups),
  };
}

/**
 * Builds the actor network from a filtered snapshot, whatever the order of its lists (`records` of the
 * result holds them in id order). O(Σ k² over partnerships + n log n).
 */
export function actorNetwork(snapshot: NetworkRecords): ActorNetwork {
  const records = inIdOrder(snapshot);
  const actors = records.actors;
  const indexOf = new Map(actors.map((actor, i) => [actor.id, i]));
  const n = actors.length;

  const tieByPair = new Map<number, Tie>();
  const partnerships: { partnership: Partnership; members: number[] }[] = [];
  for (const partnership of records.partnerships) {
    const members = [
      ...new Set(
        partnership.participants.flatMap((p) => {
          const i = indexOf.get(p.actorId);
          return i === undefined ? [] : [i];
        }),
      ),
    ].sort((a, b) => a - b);
    if (members.length === 0) continue;
    partnerships.push({ partnership, members });
    const k = members.length;
    for (let x = 0; x < k; x++) {
      for (let y = x + 1; y < k; y++) {
        const source = members[x]!;
        const target = members[y]!;
        const key = source * n + target;
        const tie = tieByPair.get(key);
        if (tie) {
          tie.weight += 1 / (k - 1);
          tie.partnerships += 1;
        } else tieByPair.set(key, { source, target, weight: 1 / (k - 1), partnerships: 1 });
      }
    }
  }
  const ties = [...tieByPair.values()].sort((a, b) => a.source - b.source || a.target - b.target);

  // Over shared memory, so that the analytics threads read the adjacency itself rather than a copy.
  const offsets = new Int32Array(new SharedArrayBuffer(4 * (n + 1)));
  for (const tie of ties) {
    offsets[tie.source + 1]! += 1;
    offsets[tie.target + 1]! += 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(new SharedArrayBuffer(8 * ties.length));
  const weights = new Float64Array(2 * ties.length);
  const tiePartnerships = new Int32Array(2 * ties.length);
  const place = (from: number, to: number, tie: Tie) => {
    const at = fill[from]!++;
    neighbours[at] = to;
    weights[at] = tie.weight;
    tiePartnerships[at] = tie.partnerships;
  };
  // Ties sorted by (source, target): each node's list receives its smaller neighbours (as a target) in
  // ascending source order before its larger ones, so every list comes out ascending.
  for (const tie of ties) place(tie.target, tie.source, tie);
  for (const tie of ties) place(tie.source, tie.target, tie);

  return { records, actors, indexOf, offsets, neighbours, weights, tiePartnerships, ties, partnerships };
}

/** The number of ties of node i. */
export function degreeOf(network: ActorNetwork, i: number): number {
  return network.offsets[i + 1]! - network.offsets[i]!;
}
