import type { NetworkRecords } from '../../../src/analytics/projection';
import { randomInt, seededRandom } from '../../../src/analytics/random';
import {
  PARTNERSHIP_KINDS,
  SECTORS,
  type Actor,
  type ActorKind,
  type Area,
  type Participation,
  type Partnership,
  type Role,
  type Sector,
  type TargetGroup,
  type Theme,
} from '../../../src/domain';

export interface RandomNetworkOptions {
  /** Number of actors (default 300). */
  actors?: number;
  /** Seed of the generator: the same options give the same records. */
  seed?: number;
  /** Share of actors in no partnership at all (default 0.08). */
  isolateShare?: number;
  /** Groups of actors that never share a partnership, so the network has at least this many components (default 4). */
  groups?: number;
  /** Partnerships per actor (default 0.8). */
  partnershipsPerActor?: number;
}

const KINDS_BY_SECTOR: Record<Sector, readonly ActorKind[]> = {
  GOVERNMENT: ['MINISTRY', 'MUNICIPALITY', 'AGENCY'],
  ACADEMIA: ['UNIVERSITY', 'RESEARCH_INSTITUTE'],
  PRIVATE_SECTOR: ['COMPANY', 'BANK'],
  CIVIL_SOCIETY: ['NGO', 'COMMUNITY_BASED_ORG'],
  CHILDREN_AND_YOUTH: ['CHILD_LED_GROUP', 'YOUTH_GROUP', 'CHILDRENS_ASSEMBLY'],
  INTERNATIONAL: ['UN_AGENCY', 'INGO', 'DONOR'],
};
const OTHER_ROLES: readonly Role[] = ['IMPLEMENTER', 'TECHNICAL_PARTNER', 'PARTICIPANT', 'MEMBER'];

/**
 * A small area tree: one country, two regions, six municipalities: child population and population on the
 * first four, population alone on the fifth, neither on the last.
 */
export const RANDOM_AREAS: readonly Area[] = [
  { id: 'land', name: 'Land', level: 'COUNTRY', population: 900_000, childPopulation: 300_000 },
  { id: 'north', name: 'North', level: 'REGION', parentId: 'land' },
  { id: 'south', name: 'South', level: 'REGION', parentId: 'land' },
  ...['n1', 'n2', 'n3', 's1', 's2', 's3'].map((id, i): Area => ({
    id,
    name: `Town ${id.toUpperCase()}`,
    level: 'MUNICIPALITY',
    parentId: id.startsWith('n') ? 'north' : 'south',
    ...(i < 5 ? { population: 50_000 + 10_000 * i } : {}),
    ...(i < 4 ? { childPopulation: 15_000 + 2_000 * i } : {}),
  })),
];
export const RANDOM_THEMES: readonly Theme[] = [
  'protection',
  'education',
  'health',
  'participation',
  'climate',
].map((id) => ({ id, name: id }));
export const RANDOM_TARGET_GROUPS: readonly TargetGroup[] = ['girls', 'disability', 'roma', 'under-3'].map(
  (id) => ({ id, name: id }),
);

/**
 * A seeded, valid set of network records for tests and benchmarks: actors of the six sectors (ids
 * `a-00000`… so id order is index order), a share of isolates, `groups` disjoint groups of actors (several
 * components), partnerships of 1 to 6 participants (sometimes one actor in two roles), FUNDING ones led by a
 * FUNDER, about half of them dated, each with areas, themes and target groups (with targeted/reached
 * counts) drawn from a small vocabulary. Deterministic for its options. Small and deliberately awkward
 * (several components, an actor in two roles) for the networkx checks; realistic networks at scale, for the
 * benchmarks, come from src/io/generate/synthetic-network.ts.
 */
export function randomNetwork(options: RandomNetworkOptions = {}): NetworkRecords {
  const { actors: n = 300, seed = 1, isolateShare = 0.08, groups = 4, partnershipsPerActor = 0.8 } = options;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[randomInt(random, items.length)]!;
  const width = Math.max(5, String(n).length);

  const actors: Actor[] = [];
  for (let i = 0; i < n; i++) {
    const sector = pick(SECTORS);
    actors.push({
      id: `a-${String(i).padStart(width, '0')}`,
      name: `Actor ${i}`,
      sector,
      kind: pick(KINDS_BY_SECTOR[sector]),
      tags: [],
      ...(random() < 0.5 ? { homeAreaId: pick(RANDOM_AREAS).id } : {}),
    });
  }

  // Isolates first, then the rest dealt into groups of uneven sizes.
  const order = actors.map((_, i) => i).sort(() => random() - 0.5);
  const connected = order.slice(Math.round(n * isolateShare));
  const members: number[][] = Array.from({ length: groups }, () => []);
  for (const i of connected) members[Math.min(groups - 1, Math.floor(groups * random() ** 1.5))]!.push(i);

  const partnerships: Partnership[] = [];
  const count = Math.round(n * partnershipsPerActor);
  for (let p = 0; p < count; p++) {
    const group = members[p % groups]!;
    if (group.length === 0) continue;
    const k = 1 + randomInt(random, Math.min(6, group.length));
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(pick(group));
    const kind = pick(PARTNERSHIP_KINDS);
    const participants: Participation[] = [...chosen].map((i, position) => ({
      actorId: actors[i]!.id,
      role: position === 0 ? (kind === 'FUNDING' ? 'FUNDER' : 'LEAD') : pick(OTHER_ROLES),
    }));
    if (random() < 0.05) participants.push({ actorId: participants[0]!.actorId, role: 'MEMBER' });
    const start = 2018 + randomInt(random, 7);
    partnerships.push({
      id: `p-${String(p).padStart(width, '0')}`,
      title: `Partnership ${p}`,
      kind,
      ...(random() < 0.5
        ? {
            startDate: `${start}-0${1 + randomInt(random, 9)}-01`,
            endDate: `${start + 1 + randomInt(random, 4)}-12-31`,
          }
        : {}),
      participants,
      areaIds: [...new Set([pick(RANDOM_AREAS).id, pick(RANDOM_AREAS).id])],
      themeIds: [...new Set([pick(RANDOM_THEMES).id, pick(RANDOM_THEMES).id])],
      targetGroups: random() < 0.7 ? [targetReach(pick(RANDOM_TARGET_GROUPS).id, random)] : [],
    });
  }

  return {
    revision: 1,
    actors,
    partnerships,
    areas: [...RANDOM_AREAS],
    themes: [...RANDOM_THEMES],
    targetGroups: [...RANDOM_TARGET_GROUPS],
  };
}

function targetReach(targetGroupId: string, random: () => number): Partnership['targetGroups'][number] {
  const targeted = 10 + randomInt(random, 500);
  return { targetGroupId, targeted, ...(random() < 0.6 ? { reached: randomInt(random, targeted + 1) } : {}) };
}
