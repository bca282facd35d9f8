import { SECTORS, type Actor, type Sector } from '../domain';
import { AnalyticsArgumentError } from './errors';
import { QUADRUPLE_HELIX, TRIPLE_HELIX, helixSynergy } from './helix';
import { degreeOf, type ActorNetwork } from './projection';
import { hopDistances } from './reach';

export interface NetworkGapOptions {
  /** A children's or youth group further than this many hops from every GOVERNMENT actor has a voice gap (default 2). */
  voiceHops?: number;
}

const DEFAULTS: Required<NetworkGapOptions> = { voiceHops: 2 };

export interface SectorTies {
  a: Sector;
  b: Sector;
  ties: number;
}

export interface ActorValue {
  actor: Actor;
  /** Undefined where the measure has no value (e.g. the E-I index of an isolate). */
  value?: number;
}

/** An actor depending on one funder: every funded partnership it works in has that funder, and only it. */
export interface FunderDependency {
  actor: Actor;
  /** The funder's id: it may be outside the network (filtered out by sector), so not always a node. */
  funderId: string;
  /** How many funded partnerships the actor works in. */
  partnerships: number;
}

export interface NetworkGapReport {
  /** Krackhardt's (E − I)/(E + I) over all ties (E between sectors, I within); undefined without ties. */
  eiIndex?: number;
  /** Ties per unordered pair of sectors having nodes, a = b included, zeros too; pairs in Sector enum order. */
  mixing: SectorTies[];
  /** Two different sectors, both with nodes, with no tie between them; in Sector enum order. */
  sectorPairsWithoutTies: { a: Sector; b: Sector }[];
  tripleHelixT?: number;
  quadrupleHelixT?: number;
  /** Actors with no tie, by id. */
  isolates: Actor[];
  /** CHILDREN_AND_YOUTH actors more than voiceHops ties from every GOVERNMENT actor (or with no path), by id. */
  voiceGap: Actor[];
  /** The dependent actors of funderDependencies, by id. */
  singleFunderDependent: Actor[];
  funderDependencies: FunderDependency[];
  /** Every actor's E-I index over its own ties, by id; undefined for isolates. */
  actorEiIndex: ActorValue[];
}

/**
 * The network gaps of docs/design.md §4 over one actor network: sector mixing and E-I indices, sector pairs with
 * no tie, triple- and quadruple-helix synergy, isolates, voice gap (a multi-source breadth-first search
 * from the GOVERNMENT nodes) and single-funder dependency. O(n + ties + Σ participants).
 */
export function networkGaps(network: ActorNetwork, options: NetworkGapOptions = {}): NetworkGapReport {
  const { voiceHops } = { ...DEFAULTS, ...options };
  if (!Number.isInteger(voiceHops) || voiceHops < 0)
    throw new AnalyticsArgumentError('networkGaps', 'voiceHops', 'must be a whole number ≥ 0');
  const { actors } = network;
  const sector = Int8Array.from(actors, (a) => SECTORS.indexOf(a.sector));
  const mixing = sectorMixing(network).map(({ a, b, ties }) => ({ a, b, ties }));
  const external = mixing.reduce((sum, { a, b, ties }) => (a === b ? sum : sum + ties), 0);

  return {
    ...(network.ties.length > 0 ? { eiIndex: eiIndex(external, network.ties.length - external) } : {}),
    mixing,
    sectorPairsWithoutTies: mixing.filter((m) => m.a !== m.b && m.ties === 0).map(({ a, b }) => ({ a, b })),
    ...definedAs('tripleHelixT', helixSynergy(network, TRIPLE_HELIX)),
    ...definedAs('quadrupleHelixT', helixSynergy(network, QUADRUPLE_HELIX)),
    isolates: actors.filter((_, i) => degreeOf(network, i) === 0),
    voiceGap: voiceGap(network, voiceHops),
    ...funderDependence(network),
    actorEiIndex: actors.map((actor, i) => {
      let own = 0;
      for (let at = network.offsets[i]!; at < network.offsets[i + 1]!; at++)
        if (sector[network.neighbours[at]!] !== sector[i]) own++;
      const degree = degreeOf(network, i);
      return degree === 0 ? { actor } : { actor, value: eiIndex(own, degree - own) };
    }),
  };
}

/**
 * The voice gap: CHILDREN_AND_YOUTH nodes more than `voiceHops` ties from every GOVERNMENT node (or with no
 * path to one), by id. One multi-source breadth-first search from the GOVERNMENT nodes: O(n + ties).
 */
export function voiceGap(network: ActorNetwork, voiceHops: number): Actor[] {
  const toGovernment = hopDistances(network, governmentNodes(network), voiceHops);
  return network.actors.filter((a, i) => a.sector === 'CHILDREN_AND_YOUTH' && toGovernment[i] === -1);
}

/** The GOVERNMENT nodes of `network`, ascending. */
export function governmentNodes(network: ActorNetwork): number[] {
  return network.actors.flatMap((a, i) => (a.sector === 'GOVERNMENT' ? [i] : []));
}

/** A pair of sectors in the mixing matrix, with what ties them. */
export interface SectorMixing extends SectorTies {
  /** Σ of the weights of the ties between the two sectors. */
  weight: number;
  /** Distinct partnerships tying an actor of `a` to another of `b`. */
  partnerships: number;
}

/**
 * The sector mixing matrix of `network`: every unordered pair of sectors having nodes (a = b included,
 * zeros too; in Sector enum order) with its tie count, summed tie weight and the partnerships behind
 * those ties. Shared by networkGaps and the sector view. O(n + ties + Σ k over partnerships).
 */
export function sectorMixing(network: ActorNetwork): SectorMixing[] {
  const S = SECTORS.length;
  const sector = Int8Array.from(network.actors, (a) => SECTORS.indexOf(a.sector));
  // Upper triangle x ≤ y of S × S matrices, at x·S + y.
  const at = (x: number, y: number) => Math.min(x, y) * S + Math.max(x, y);
  const ties = new Float64Array(S * S);
  const weight = new Float64Array(S * S);
  const partnerships = new Float64Array(S * S);
  for (let t = 0; t < network.ties.length; t++) {
    const cell = at(sector[network.ties.source[t]!]!, sector[network.ties.target[t]!]!);
    ties[cell]! += 1;
    weight[cell]! += network.ties.weight[t]!;
  }
  for (const { members } of network.partnerships) {
    const perSector = new Int32Array(S);
    for (const member of members) perSector[sector[member]!]! += 1;
    for (let x = 0; x < S; x++)
      for (let y = x; y < S; y++)
        if (x === y ? perSector[x]! >= 2 : perSector[x]! > 0 && perSector[y]! > 0)
          partnerships[at(x, y)]! += 1;
  }
  const present = SECTORS.flatMap((_, s) => (sector.includes(s) ? [s] : []));
  return present.flatMap((x, i) =>
    present.slice(i).map((y) => ({
      a: SECTORS[x]!,
      b: SECTORS[y]!,
      ties: ties[x * S + y]!,
      weight: weight[x * S + y]!,
      partnerships: partnerships[x * S + y]!,
    })),
  );
}

function eiIndex(external: number, internal: number): number {
  return (external - internal) / (external + internal);
}

function definedAs<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}

/**
 * Single-funder dependency, as a partnerships officer means it: a node taking part in a role other than
 * FUNDER in at least one partnership that has a FUNDER other than itself, where all those partnerships'
 * funders (itself excluded) are one and the same actor, and that funds no one itself (is not the FUNDER of
 * a partnership with another participant): a funder receiving money from one donor for one programme (UNICEF,
 * Save the Children, a ministry) is a channel of funding, not an organisation dependent on it. Funders count
 * whether or not they are nodes: a sector filter narrows whose dependence is reported, not who funds them.
 */
function funderDependence(
  network: ActorNetwork,
): Pick<NetworkGapReport, 'singleFunderDependent' | 'funderDependencies'> {
  const funders = new Map<number, { ids: Set<string>; partnerships: number }>();
  const fundsOthers = new Set<string>();
  for (const { partnership } of network.partnerships)
    for (const p of partnership.participants)
      if (p.role === 'FUNDER' && partnership.participants.some((x) => x.actorId !== p.actorId))
        fundsOthers.add(p.actorId);
  for (const { partnership } of network.partnerships) {
    const funderIds = new Set(
      partnership.participants.filter((p) => p.role === 'FUNDER').map((p) => p.actorId),
    );
    if (funderIds.size === 0) continue;
    const workers = new Set(
      partnership.participants.filter((p) => p.role !== 'FUNDER').map((p) => p.actorId),
    );
    for (const actorId of workers) {
      const node = network.indexOf.get(actorId);
      const others = [...funderIds].filter((id) => id !== actorId);
      if (node === undefined || others.length === 0 || fundsOthers.has(actorId)) continue;
      const seen = funders.get(node) ?? { ids: new Set(), partnerships: 0 };
      for (const id of others) seen.ids.add(id);
      seen.partnerships++;
      funders.set(node, seen);
    }
  }
  const funderDependencies: FunderDependency[] = [];
  for (const [node, { ids, partnerships }] of [...funders].sort(([x], [y]) => x - y)) {
    const [funderId] = ids;
    if (ids.size === 1)
      funderDependencies.push({ actor: network.actors[node]!, funderId: funderId!, partnerships });
  }
  return { singleFunderDependent: funderDependencies.map((d) => d.actor), funderDependencies };
}
