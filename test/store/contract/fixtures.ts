import type { EntityKind, EntityOf, NetworkInput, Partnership } from '../../../src/domain';

/**
 * A small but complete partner network, every id prefixed so that each test owns its records. Names are
 * chosen so that name order differs from id order and accents matter ("Ëndrra" sorts with the e's, "Pejë"
 * is found by "peje"); dates are chosen for the asOf boundary tests.
 */
export function makeNetwork(prefix: string) {
  const id = (name: string) => `${prefix}-${name}`;
  const ids = {
    kosovo: id('kosovo'),
    regionGjakove: id('region-gjakove'),
    regionPeje: id('region-peje'),
    regionPrishtine: id('region-prishtine'),
    decan: id('decan'),
    gjakove: id('gjakove'),
    peje: id('peje'),
    prishtine: id('prishtine'),
    childProtection: id('child-protection'),
    inclusiveEducation: id('inclusive-education'),
    nutrition: id('nutrition'),
    youthParticipation: id('youth-participation'),
    rae: id('rae'),
    disabilities: id('disabilities'),
    girls: id('girls'),
    under3: id('under-3'),
    mesti: id('mesti'),
    komunaPeje: id('komuna-peje'),
    up: id('up'),
    bank: id('bank-procredit'),
    syri: id('syri-i-vizionit'),
    kuvendi: id('kuvendi'),
    unicef: id('unicef'),
    ece: id('ece-peje'),
    poverty: id('poverty-study'),
    mentoring: id('assembly-mentoring'),
    scholarships: id('scholarships'),
    coordination: id('coordination'),
  };
  const network: NetworkInput = {
    areas: [
      { id: ids.kosovo, name: 'Kosovo', level: 'COUNTRY', population: 1_586_659, childPopulation: 450_000 },
      { id: ids.regionGjakove, name: 'Rajoni i Gjakovës', level: 'REGION', parentId: ids.kosovo },
      { id: ids.regionPeje, name: 'Rajoni i Pejës', level: 'REGION', parentId: ids.kosovo },
      { id: ids.regionPrishtine, name: 'Rajoni i Prishtinës', level: 'REGION', parentId: ids.kosovo },
      { id: ids.decan, name: 'Deçan', altName: 'Dečani', level: 'MUNICIPALITY', parentId: ids.regionGjakove },
      {
        id: ids.gjakove,
        name: 'Đakovica',
        level: 'MUNICIPALITY',
        parentId: ids.regionGjakove,
        population: 78_824,
      },
      {
        id: ids.peje,
        name: 'Pejë',
        altName: 'Peć',
        level: 'MUNICIPALITY',
        parentId: ids.regionPeje,
        population: 82_661,
        childPopulation: 21_000,
      },
      {
        id: ids.prishtine,
        name: 'Prishtinë',
        level: 'MUNICIPALITY',
        parentId: ids.regionPrishtine,
        source: 'census 2024',
      },
    ],
    themes: [
      { id: ids.childProtection, name: 'Child protection' },
      {
        id: ids.inclusiveEducation,
        name: 'Inclusive education',
        description: 'Schools that welcome every child',
      },
      { id: ids.nutrition, name: 'Early childhood health & nutrition' },
      { id: ids.youthParticipation, name: 'Youth participation' },
    ],
    targetGroups: [
      { id: ids.rae, name: 'Roma, Ashkali and Egyptian children' },
      { id: ids.disabilities, name: 'Children with disabilities' },
      { id: ids.girls, name: 'Girls', description: 'Adolescent girls in particular' },
      { id: ids.under3, name: 'Children under 3' },
    ],
    actors: [
      {
        id: ids.mesti,
        name: 'Ministry of Education, Science, Technology and Innovation',
        acronym: 'MESTI',
        sector: 'GOVERNMENT',
        kind: 'MINISTRY',
        homeAreaId: ids.kosovo,
        tags: [],
      },
      {
        id: ids.komunaPeje,
        name: 'Municipality of Pejë',
        sector: 'GOVERNMENT',
        kind: 'MUNICIPALITY',
        homeAreaId: ids.peje,
        tags: ['local-government'],
      },
      {
        id: ids.up,
        name: 'University of Prishtina',
        acronym: 'UP',
        sector: 'ACADEMIA',
        kind: 'UNIVERSITY',
        homeAreaId: ids.prishtine,
        website: 'https://uni-pr.edu',
        contact: "Rector's office, rector@uni-pr.example, +383 38 000 000",
        tags: [],
      },
      {
        id: ids.bank,
        name: 'ProCredit Bank',
        sector: 'PRIVATE_SECTOR',
        kind: 'BANK',
        homeAreaId: ids.prishtine,
        tags: ['csr'],
      },
      {
        id: ids.syri,
        name: 'Syri i Vizionit',
        sector: 'CIVIL_SOCIETY',
        kind: 'NGO',
        homeAreaId: ids.peje,
        description: 'Youth NGO',
        tags: ['youth', 'disability'],
        source: 'seed 004',
      },
      {
        id: ids.kuvendi,
        name: "Ëndrra Children's Assembly of Deçan",
        sector: 'CHILDREN_AND_YOUTH',
        kind: 'CHILDRENS_ASSEMBLY',
        homeAreaId: ids.decan,
        tags: [],
      },
      {
        id: ids.unicef,
        name: 'UNICEF Kosovo Programme',
        sector: 'INTERNATIONAL',
        kind: 'UN_AGENCY',
        tags: [],
      },
    ],
    partnerships: [
      {
        id: ids.ece,
        title: 'Early childhood education in Pejë',
        kind: 'SERVICE_DELIVERY',
        startDate: '2021-01-01',
        endDate: '2023-12-31',
        participants: [
          { actorId: ids.komunaPeje, role: 'LEAD' },
          { actorId: ids.syri, role: 'IMPLEMENTER' },
          { actorId: ids.unicef, role: 'FUNDER' },
        ],
        areaIds: [ids.peje],
        themeIds: [ids.inclusiveEducation, ids.nutrition],
        targetGroups: [
          { targetGroupId: ids.rae, targeted: 500, reached: 420 },
          { targetGroupId: ids.under3, targeted: 200 },
        ],
      },
      {
        id: ids.poverty,
        title: 'Child poverty study',
        kind: 'RESEARCH_AND_DATA',
        startDate: '2022-06-01',
        participants: [
          { actorId: ids.unicef, role: 'FUNDER' },
          { actorId: ids.up, role: 'LEAD' },
        ],
        areaIds: [ids.kosovo],
        themeIds: [ids.childProtection],
        targetGroups: [],
      },
      {
        id: ids.mentoring,
        title: "Children's assembly mentoring",
        kind: 'MENTORSHIP',
        // Known to have started by 1998: the earliest start of the fixture, for the asOf cases.
        startDate: '1998-01-01',
        startDatePrecision: 'YEAR',
        endDate: '2024-05-31',
        participants: [
          { actorId: ids.kuvendi, role: 'PARTICIPANT' },
          { actorId: ids.syri, role: 'TECHNICAL_PARTNER' },
        ],
        areaIds: [ids.decan],
        themeIds: [ids.youthParticipation],
        targetGroups: [{ targetGroupId: ids.girls, targeted: 40, reached: 0 }],
      },
      {
        id: ids.scholarships,
        title: 'Scholarships for girls with disabilities',
        kind: 'FUNDING',
        participants: [
          { actorId: ids.bank, role: 'FUNDER' },
          { actorId: ids.mesti, role: 'PARTICIPANT' },
        ],
        areaIds: [ids.gjakove, ids.prishtine],
        themeIds: [ids.inclusiveEducation],
        targetGroups: [{ targetGroupId: ids.disabilities, reached: 12 }, { targetGroupId: ids.girls }],
      },
      {
        id: ids.coordination,
        title: 'Team on the Rights of the Child — Pejë',
        kind: 'COORDINATION',
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        description: 'Municipal coordination team',
        source: 'seed 002',
        participants: [
          { actorId: ids.komunaPeje, role: 'LEAD' },
          { actorId: ids.kuvendi, role: 'MEMBER' },
          { actorId: ids.mesti, role: 'PARTICIPANT' },
        ],
        areaIds: [ids.peje],
        themeIds: [ids.childProtection, ids.youthParticipation],
        targetGroups: [],
      },
    ],
  };
  return { ids, network };
}

export type Fixture = ReturnType<typeof makeNetwork>;

/** Number of records of each kind in `makeNetwork`. */
export const NETWORK_SIZE = { actors: 7, partnerships: 5, areas: 8, themes: 4, targetGroups: 4 } as const;
export const NETWORK_TOTAL = 28;

/** The record of `kind` with that id in a fixture network (throws when there is none: a bug in the test). */
export function recordOf<K extends EntityKind>(network: NetworkInput, kind: K, id: string): EntityOf[K] {
  const found = (network[kind] as EntityOf[K][]).find((r) => r.id === id);
  if (!found) throw new Error(`fixture has no ${kind} ${id}`);
  return found;
}

/**
 * A partnership's links are relationships in a graph database, whose order nothing promises: compare them
 * as sets. Everything else is compared exactly.
 */
export function canonical<T>(record: T): T {
  if (record === null || typeof record !== 'object' || !('participants' in record)) return record;
  const p = record as unknown as Partnership;
  return {
    ...p,
    participants: [...p.participants].sort((a, b) =>
      `${a.actorId} ${a.role}`.localeCompare(`${b.actorId} ${b.role}`),
    ),
    areaIds: [...p.areaIds].sort(),
    themeIds: [...p.themeIds].sort(),
    targetGroups: [...p.targetGroups].sort((a, b) => a.targetGroupId.localeCompare(b.targetGroupId)),
  } as unknown as T;
}

/** Records of a snapshot or fixture list, in id order and canonical form, for order-independent comparison. */
export function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(canonical);
}

export function idsOf(records: readonly { id: string }[]): string[] {
  return records.map((r) => r.id);
}

/** The whole fixture network as a snapshot-shaped object (without revision), canonical and in id order. */
export function expectedContents(network: NetworkInput) {
  return {
    actors: byId(network.actors),
    partnerships: byId(network.partnerships),
    areas: byId(network.areas),
    themes: byId(network.themes),
    targetGroups: byId(network.targetGroups),
  };
}
