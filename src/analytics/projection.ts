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

/** One tie of the actor network, between node indices `source < target` (see tieAt). */
export interface Tie {
  source: number;
  target: number;
  /** Newman's collaboration weight: Σ over shared partnerships of 1/(k−1), k = participants among the nodes. */
  weight: number;
  /** How many partnerships the two actors share. */
  partnerships: number;
}

/** Ties as columns: tie t joins nodes `source[t] < target[t]` with weight `weight[t]` (Tie's). */
export interface TieColumns {
  readonly length: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
}

/** The ties of an actor network: TieColumns, and the partnerships behind each tie (Tie's). */
export interface TieList extends TieColumns {
  readonly partnerships: Int32Array;
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
  /**
   * Every tie once, by source then target, as typed arrays over shared memory like the adjacency: 20
   * bytes a tie where objects took 60, and the analytics threads read them as they are.
   */
  readonly ties: TieList;
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
  readonly ties: { readonly length: number };
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

/** The weighted ties alone (of `actors` only the length is read): what Louvain and modularity read. */
export interface WeightedTies {
  readonly actors: ArrayLike<unknown>;
  readonly ties: TieColumns;
}

/** Tie `t` of `ties` as an object. */
export function tieAt(ties: TieList, t: number): Tie {
  return {
    source: ties.source[t]!,
    target: ties.target[t]!,
    weight: ties.weight[t]!,
    partnerships: ties.partnerships[t]!,
  };
}

/** Every tie as an object, in order: for a small network, or a caller (a comparison) that wants a list. */
export function tieObjects(ties: TieList): Tie[] {
  return Array.from({ length: ties.length }, (_, t) => tieAt(ties, t));
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
 * result holds them in id order). O(Σ k² over partnerships + n log n), in typed arrays: the ties of
 * each node are gathered from its partnerships (in id order, so every weight is summed in the same
 * order) rather than in a map of every pair, which at 100k actors left 100 MB of garbage behind.
 */
export function actorNetwork(snapshot: NetworkRecords): ActorNetwork {
  const records = inIdOrder(snapshot);
  const actors = records.actors;
  const indexOf = new Map(actors.map((actor, i) => [actor.id, i]));
  const n = actors.length;

  const partnerships: { partnership: Partnership; members: number[] }[] = [];
  for (const partnership of records.partnerships) {
    const members = membersOf(partnership, indexOf);
    if (members.length > 0) partnerships.push({ partnership, members });
  }
  const ties = tieList(n, partnerships);

  // Over shared memory, so that the analytics threads read the adjacency itself rather than a copy.
  const m = ties.length;
  const offsets = new Int32Array(new SharedArrayBuffer(4 * (n + 1)));
  for (let t = 0; t < m; t++) {
    offsets[ties.source[t]! + 1]! += 1;
    offsets[ties.target[t]! + 1]! += 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(new SharedArrayBuffer(8 * m));
  const weights = new Float64Array(2 * m);
  const tiePartnerships = new Int32Array(2 * m);
  const place = (from: number, to: number, t: number) => {
    const at = fill[from]!++;
    neighbours[at] = to;
    weights[at] = ties.weight[t]!;
    tiePartnerships[at] = ties.partnerships[t]!;
  };
  // Ties sorted by (source, target): each node's list receives its smaller neighbours (as a target) in
  // ascending source order before its larger ones, so every list comes out ascending.
  for (let t = 0; t < m; t++) place(ties.target[t]!, ties.source[t]!, t);
  for (let t = 0; t < m; t++) place(ties.source[t]!, ties.target[t]!, t);

  return { records, actors, indexOf, offsets, neighbours, weights, tiePartnerships, ties, partnerships };
}

/**
 * The node indices of a partnership's participants among the nodes, distinct and ascending: one array
 * per partnership and no other garbage (100k partnerships are projected for every filter and revision).
 */
function membersOf(partnership: Partnership, indexOf: ReadonlyMap<string, number>): number[] {
  const members: number[] = [];
  for (const { actorId } of partnership.participants) {
    const i = indexOf.get(actorId);
    if (i !== undefined) members.push(i);
  }
  members.sort((a, b) => a - b);
  let kept = 0;
  for (let x = 0; x < members.length; x++)
    if (x === 0 || members[x] !== members[x - 1]) members[kept++] = members[x]!;
  members.length = kept;
  return members;
}

/**
 * The ties among `n` nodes of `partnerships` (members distinct and ascending), by source then target:
 * each pair of members of a partnership with k members is tied, 1/(k−1) added to its weight. Node u's
 * ties to larger nodes come from its partnerships, visited in their order (a CSR of node → partnerships),
 * so the terms of a weight are summed in partnership order. Two passes: count, then fill.
 */
function tieList(n: number, partnerships: readonly { members: readonly number[] }[]): TieList {
  const joined = new Int32Array(n + 1);
  for (const { members } of partnerships) for (const v of members) joined[v + 1]! += 1;
  for (let v = 0; v < n; v++) joined[v + 1]! += joined[v]!;
  const next = joined.slice(0, n);
  const of = new Int32Array(joined[n]!);
  partnerships.forEach(({ members }, p) => {
    for (const v of members) of[next[v]!++] = p;
  });

  // Per node u: its larger co-members, each once (seen[v] === u), their weight and partnership count.
  const seen = new Int32Array(n).fill(-1);
  const weight = new Float64Array(n);
  const count = new Int32Array(n);
  const found = new Int32Array(n);
  const gather = (u: number): number => {
    let distinct = 0;
    for (let j = joined[u]!; j < joined[u + 1]!; j++) {
      const { members } = partnerships[of[j]!]!;
      const share = 1 / (members.length - 1);
      for (let x = members.length - 1; x >= 0 && members[x]! > u; x--) {
        const v = members[x]!;
        if (seen[v] !== u) {
          seen[v] = u;
          weight[v] = 0;
          count[v] = 0;
          found[distinct++] = v;
        }
        weight[v]! += share;
        count[v]! += 1;
      }
    }
    return distinct;
  };
  let m = 0;
  for (let u = 0; u < n; u++) m += gather(u);
  seen.fill(-1);

  const source = new Int32Array(new SharedArrayBuffer(4 * m));
  const target = new Int32Array(new SharedArrayBuffer(4 * m));
  const tieWeight = new Float64Array(new SharedArrayBuffer(8 * m));
  const tiePartnerships = new Int32Array(new SharedArrayBuffer(4 * m));
  for (let u = 0, t = 0; u < n; u++) {
    const targets = found.subarray(0, gather(u)).sort();
    for (const v of targets) {
      source[t] = u;
      target[t] = v;
      tieWeight[t] = weight[v]!;
      tiePartnerships[t++] = count[v]!;
    }
  }
  return { length: m, source, target, weight: tieWeight, partnerships: tiePartnerships };
}

/** The number of ties of node i. */
export function degreeOf(network: ActorNetwork, i: number): number {
  return network.offsets[i + 1]! - network.offsets[i]!;
}
