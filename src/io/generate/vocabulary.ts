import type { ActorKind, Area, PartnershipKind, Role, Sector, TargetGroup, Theme } from '../../domain';

/** A list of items with relative weights, drawn from by `drawWeighted`. */
export type Weighted<T> = readonly (readonly [T, number])[];

/** One item of `items`, each as likely as its weight. */
export function drawWeighted<T>(random: () => number, items: Weighted<T>): T {
  let total = 0;
  for (const [, weight] of items) total += weight;
  let at = random() * total;
  for (const [item, weight] of items) {
    at -= weight;
    if (at < 0) return item;
  }
  return items[items.length - 1]![0];
}

/**
 * Sector shares of a national child-rights network as mapping exercises find them: civil society the
 * largest, then government (ministries, municipalities, agencies), children's and youth groups,
 * international actors, the private sector and academia. Weights in percent.
 */
export const SECTOR_SHARES: Weighted<Sector> = [
  ['CIVIL_SOCIETY', 38],
  ['GOVERNMENT', 20],
  ['CHILDREN_AND_YOUTH', 14],
  ['INTERNATIONAL', 11],
  ['PRIVATE_SECTOR', 10],
  ['ACADEMIA', 7],
];

/** The kinds an actor of each sector can be, the likelier first. */
export const KINDS_BY_SECTOR: Record<Sector, Weighted<ActorKind>> = {
  GOVERNMENT: [
    ['MUNICIPALITY', 5],
    ['AGENCY', 3],
    ['PUBLIC_SERVICE', 3],
    ['MINISTRY', 2],
    ['OMBUDSPERSON', 1],
  ],
  ACADEMIA: [
    ['UNIVERSITY', 3],
    ['RESEARCH_INSTITUTE', 2],
    ['THINK_TANK', 1],
  ],
  PRIVATE_SECTOR: [
    ['COMPANY', 6],
    ['BUSINESS_NETWORK', 1],
    ['BANK', 1],
    ['MEDIA', 1],
  ],
  CIVIL_SOCIETY: [
    ['NGO', 8],
    ['COMMUNITY_BASED_ORG', 4],
    ['FOUNDATION', 1],
    ['FAITH_BASED_ORG', 1],
    ['WOMENS_GROUP', 1],
    ['NETWORK', 1],
  ],
  CHILDREN_AND_YOUTH: [
    ['YOUTH_GROUP', 4],
    ['CHILD_LED_GROUP', 3],
    ['CHILDRENS_ASSEMBLY', 1],
  ],
  INTERNATIONAL: [
    ['INGO', 4],
    ['UN_AGENCY', 1],
    ['DONOR', 2],
  ],
};

/** Words of generated actor names by kind ("Municipal office of …", "… Youth Group"). */
export const NAME_WORDS: Record<Sector, readonly string[]> = {
  GOVERNMENT: ['Office', 'Directorate', 'Department', 'Agency', 'Centre for Social Work'],
  ACADEMIA: ['University', 'Institute', 'Research Centre', 'Faculty', 'Policy Lab'],
  PRIVATE_SECTOR: ['Company', 'Bank', 'Telecom', 'Media', 'Chamber of Commerce'],
  CIVIL_SOCIETY: ['Association', 'Foundation', 'Initiative', 'Network', 'Community Centre'],
  CHILDREN_AND_YOUTH: ['Youth Group', 'Youth Council', "Children's Club", 'Student Union', 'Scouts'],
  INTERNATIONAL: ['Mission', 'Programme', 'Fund', 'Development Agency', 'Relief'],
};

export const PARTNERSHIP_KIND_SHARES: Weighted<PartnershipKind> = [
  ['SERVICE_DELIVERY', 18],
  ['FUNDING', 14],
  ['CAPACITY_STRENGTHENING', 13],
  ['ADVOCACY', 11],
  ['COORDINATION', 10],
  ['TECHNICAL_ASSISTANCE', 9],
  ['NETWORK_MEMBERSHIP', 8],
  ['RESEARCH_AND_DATA', 7],
  ['MENTORSHIP', 5],
  ['COMMUNICATION', 5],
];

/** Roles of the participants after the first (who leads, or funds a FUNDING partnership). */
export const OTHER_ROLE_SHARES: Weighted<Role> = [
  ['IMPLEMENTER', 5],
  ['PARTICIPANT', 4],
  ['TECHNICAL_PARTNER', 2],
  ['MEMBER', 2],
  ['FUNDER', 1],
];

/**
 * Participants per partnership: mostly bilateral or small consortia, a few coalitions of ten or more
 * (which is what gives the actor network its dense cliques), now and then an actor's partnership alone.
 */
export const PARTNERSHIP_SIZE_SHARES: Weighted<number> = [
  [1, 3],
  [2, 42],
  [3, 24],
  [4, 13],
  [5, 7],
  [6, 4],
  [8, 3],
  [10, 2],
  [15, 1.5],
  [25, 0.5],
];

/** Themes, the commoner first (weights are how often a partnership names them). */
export const THEME_SHARES: Weighted<Theme> = [
  ['child-protection', 'Child protection', 10],
  ['education', 'Education', 9],
  ['health', 'Health and nutrition', 6],
  ['participation', "Children's participation", 5],
  ['social-protection', 'Social protection', 4],
  ['early-childhood', 'Early childhood development', 3],
  ['inclusion', 'Disability inclusion', 3],
  ['justice', 'Justice for children', 2],
  ['violence', 'Ending violence against children', 3],
  ['migration', 'Migration and displacement', 1],
  ['climate', 'Climate and environment', 1],
  ['digital', 'Online safety', 1],
].map(([id, name, weight]) => [{ id: id as string, name: name as string }, weight as number] as const);

export const TARGET_GROUPS: readonly TargetGroup[] = [
  ['girls', 'Girls'],
  ['children-with-disabilities', 'Children with disabilities'],
  ['roma-ashkali-egyptian', 'Roma, Ashkali and Egyptian children'],
  ['under-5', 'Children under five'],
  ['adolescents', 'Adolescents'],
  ['out-of-school', 'Out-of-school children'],
  ['children-on-the-move', 'Children on the move'],
  ['care-leavers', 'Children in and leaving care'],
].map(([id, name]) => ({ id: id!, name: name! }));

/**
 * A country of `municipalities` municipalities in regions of about eight, with populations drawn from a
 * heavy tail (a few cities, many small towns) and a child share of 20–40 %. Every twentieth municipality
 * has no population figures, as real registers have gaps.
 */
export function areaTree(random: () => number, municipalities: number): Area[] {
  const regions = Math.max(1, Math.round(municipalities / 8));
  const width = String(Math.max(municipalities, regions)).length;
  const code = (i: number) => String(i + 1).padStart(width, '0');
  const areas: Area[] = [
    { id: 'country', name: 'Country', level: 'COUNTRY', population: 0, childPopulation: 0 },
  ];
  for (let r = 0; r < regions; r++)
    areas.push({ id: `region-${code(r)}`, name: `Region ${code(r)}`, level: 'REGION', parentId: 'country' });
  let population = 0;
  let children = 0;
  for (let m = 0; m < municipalities; m++) {
    const area: Area = {
      id: `municipality-${code(m)}`,
      name: `Municipality ${code(m)}`,
      level: 'MUNICIPALITY',
      parentId: `region-${code(m % regions)}`,
    };
    if (m % 20 !== 19) {
      // Pareto tail (α ≈ 1.2) above 5 000 people, capped at a capital's size.
      area.population = Math.min(1_500_000, Math.round(5_000 / (1 - random()) ** (1 / 1.2)));
      area.childPopulation = Math.round(area.population * (0.2 + 0.2 * random()));
      population += area.population;
      children += area.childPopulation;
    }
    areas.push(area);
  }
  areas[0] = { ...areas[0]!, population, childPopulation: children };
  return areas;
}

/** A date `days` after 1 January of `year`, as YYYY-MM-DD. */
export function dateAfter(year: number, days: number): string {
  return new Date(Date.UTC(year, 0, 1 + days)).toISOString().slice(0, 10);
}

/** A whole number drawn log-uniformly from [low, high): as many tens as hundreds as thousands. */
export function logUniform(random: () => number, low: number, high: number): number {
  return Math.floor(low * (high / low) ** random());
}

/** `count` distinct items drawn by weight (fewer when there are not that many). */
export function drawDistinct<T>(random: () => number, items: Weighted<T>, count: number): T[] {
  const chosen = new Set<T>();
  for (let tries = 0; chosen.size < Math.min(count, items.length) && tries < 8 * count; tries++)
    chosen.add(drawWeighted(random, items));
  return [...chosen];
}
