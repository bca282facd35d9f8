import type { Actor, Partnership } from '../../domain';
import { lowerIsMoreCentral, type CentralityMetric } from '../centrality';
import type { ActorNetwork } from '../projection';

/** A tie between two actors, `source.id` < `target.id`. */
export interface TieChange {
  source: Actor;
  target: Actor;
}

/** How far an actor moved in one metric's ranking between two dates. */
export interface RankChange {
  actor: Actor;
  metric: CentralityMetric;
  rankBefore: number;
  rankAfter: number;
}

export interface NetworkDiff {
  tiesAdded: TieChange[];
  tiesRemoved: TieChange[];
  partnershipsStarted: Partnership[];
  partnershipsEnded: Partnership[];
  risers: RankChange[];
  fallers: RankChange[];
}

/** The networks and values a diff compares: the network as of `from`, as of `to`, and over all dates. */
export interface DiffInput {
  from: string;
  to: string;
  before: ActorNetwork;
  after: ActorNetwork;
  /** The same filter without a date: where started and ended partnerships are looked for. */
  undated: ActorNetwork;
  /** Each metric's values in `before` and `after` (node indices of each network). */
  values: { metric: CentralityMetric; before: Float64Array; after: Float64Array }[];
  /** How many risers and fallers per metric. */
  top: number;
}

/**
 * What changed between the network as of `from` and as of `to` (both of one filter, so of the same nodes):
 * ties of `after` not in `before` and the reverse (by source id, then target id); partnerships that started
 * (from < startDate ≤ to) and ended (from ≤ endDate < to), by date then id; and per metric the `top` actors
 * whose competition rank (1 + the number of actors strictly more central) rose most and fell most, ties
 * by the later rank, then id. O(ties + n log n).
 */
export function networkDiff(input: DiffInput): NetworkDiff {
  const { from, to, before, after, undated, values, top } = input;
  const risers: RankChange[] = [];
  const fallers: RankChange[] = [];
  for (const { metric, before: was, after: is } of values) {
    const rankBefore = competitionRanks(was, metric);
    const rankAfter = competitionRanks(is, metric);
    const changes = after.actors.map((actor, j) => ({
      actor,
      metric,
      rankBefore: rankBefore[before.indexOf.get(actor.id)!]!,
      rankAfter: rankAfter[j]!,
    }));
    const moved = (c: RankChange) => c.rankBefore - c.rankAfter;
    const order = (x: RankChange, y: RankChange) =>
      Math.abs(moved(y)) - Math.abs(moved(x)) ||
      x.rankAfter - y.rankAfter ||
      (x.actor.id < y.actor.id ? -1 : 1);
    risers.push(
      ...changes
        .filter((c) => moved(c) > 0)
        .sort(order)
        .slice(0, top),
    );
    fallers.push(
      ...changes
        .filter((c) => moved(c) < 0)
        .sort(order)
        .slice(0, top),
    );
  }
  const partnerships = undated.partnerships.map(({ partnership }) => partnership);
  return {
    tiesAdded: tieDifference(after, before),
    tiesRemoved: tieDifference(before, after),
    partnershipsStarted: byDate(
      partnerships.filter((p) => p.startDate !== undefined && from < p.startDate && p.startDate <= to),
      'startDate',
    ),
    partnershipsEnded: byDate(
      partnerships.filter((p) => p.endDate !== undefined && from <= p.endDate && p.endDate < to),
      'endDate',
    ),
    risers,
    fallers,
  };
}

/** Values this close (relative) are equal: the same betweenness reached by another path is not a move. */
const SAME = 1e-9;

/**
 * Competition ranks ("1224"): 1 + the number of nodes strictly more central, so equal values share a rank
 * whatever their ids. Nodes without a value (NaN) rank after every node with one. O(n log n).
 */
export function competitionRanks(values: Float64Array, metric: CentralityMetric): Int32Array {
  const sign = lowerIsMoreCentral(metric) ? -1 : 1;
  const key = (v: number) => (Number.isNaN(v) ? -Infinity : sign * v);
  const order = Array.from(values.keys()).sort((a, b) => key(values[b]!) - key(values[a]!));
  const ranks = new Int32Array(values.length);
  let rank = 1;
  order.forEach((node, position) => {
    const previous = position > 0 ? key(values[order[position - 1]!]!) : undefined;
    const value = key(values[node]!);
    if (previous !== undefined && !(Math.abs(previous - value) <= SAME * Math.max(1, Math.abs(value))))
      rank = position + 1;
    ranks[node] = rank;
  });
  return ranks;
}

/** Ties of `a` whose pair of actors is not tied in `b` (both of the same actors). */
function tieDifference(a: ActorNetwork, b: ActorNetwork): TieChange[] {
  const tied = new Set<string>();
  for (let t = 0; t < b.ties.length; t++)
    tied.add(`${b.actors[b.ties.source[t]!]!.id} ${b.actors[b.ties.target[t]!]!.id}`);
  const changes: TieChange[] = [];
  for (let t = 0; t < a.ties.length; t++) {
    const source = a.actors[a.ties.source[t]!]!;
    const target = a.actors[a.ties.target[t]!]!;
    if (!tied.has(`${source.id} ${target.id}`)) changes.push({ source, target });
  }
  return changes;
}

function byDate(partnerships: Partnership[], field: 'startDate' | 'endDate'): Partnership[] {
  return partnerships.sort((x, y) =>
    x[field]! < y[field]! ? -1 : x[field]! > y[field]! ? 1 : x.id < y.id ? -1 : 1,
  );
}
