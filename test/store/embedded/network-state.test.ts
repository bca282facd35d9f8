import { ENTITY_KINDS, parseWriteBatch } from '../../../src/domain';
import { NetworkState } from '../../../src/store/embedded/network-state';

const area = (id: string, level: string, parentId?: string) => ({ id, name: id, level, parentId });
const actor = (id: string, homeAreaId?: string) => ({
  id,
  name: id,
  sector: 'CIVIL_SOCIETY',
  kind: 'NGO',
  homeAreaId,
});
const partnership = (id: string, actorIds: string[], areaIds: string[], themeIds: string[] = []) => ({
  id,
  title: id,
  kind: 'ADVOCACY',
  participants: actorIds.map((actorId, i) => ({ actorId, role: i === 0 ? 'LEAD' : 'PARTICIPANT' })),
  areaIds,
  themeIds,
});

/** Writes that add, re-point, cascade-delete and re-add references (an actor in two roles included). */
const WRITES: unknown[] = [
  {
    upsert: {
      areas: [area('ns-country', 'COUNTRY'), area('ns-region', 'REGION', 'ns-country')],
      themes: [{ id: 'ns-theme', name: 'Theme' }],
      actors: [actor('ns-a', 'ns-region'), actor('ns-b', 'ns-country'), actor('ns-c')],
      partnerships: [
        partnership('ns-p1', ['ns-a', 'ns-b'], ['ns-region'], ['ns-theme']),
        partnership('ns-p2', ['ns-b', 'ns-c'], ['ns-country']),
      ],
    },
  },
  {
    upsert: {
      actors: [actor('ns-a', 'ns-country'), actor('ns-d', 'ns-region')],
      partnerships: [
        {
          ...partnership('ns-p1', ['ns-c', 'ns-d'], ['ns-country']),
          participants: [
            { actorId: 'ns-c', role: 'LEAD' },
            { actorId: 'ns-c', role: 'FUNDER' },
            { actorId: 'ns-d', role: 'PARTICIPANT' },
          ],
        },
        partnership('ns-p3', ['ns-a', 'ns-d'], ['ns-region'], ['ns-theme']),
      ],
    },
  },
  { delete: { actorIds: ['ns-d'], themeIds: ['ns-theme'] } },
  { upsert: { partnerships: [partnership('ns-p4', ['ns-a', 'ns-b', 'ns-c'], ['ns-region'])] } },
];

const IDS = ['ns-country', 'ns-region', 'ns-theme', 'ns-a', 'ns-b', 'ns-c', 'ns-d', 'ns-p1', 'ns-p2'];

/** Every reverse lookup of the state, sorted (the order a list keeps is not part of the answer). */
function lookups(state: NetworkState): Record<string, string[]> {
  const all: Record<string, string[]> = {};
  for (const target of ENTITY_KINDS)
    for (const kind of ENTITY_KINDS)
      for (const id of IDS) all[`${target} ${id} ← ${kind}`] = state.referrersOf(target, id, kind).sort();
  return all;
}

function written(readBetween: boolean): NetworkState {
  const state = new NetworkState();
  for (const write of WRITES) {
    if (readBetween) lookups(state);
    state.apply(state.plan(parseWriteBatch(write)).changes);
  }
  return state;
}

describe('NetworkState reverse index, built when first asked for', () => {
  it('answers the same whether it was kept up to date through every write or built after them', () => {
    const kept = lookups(written(true));
    expect(lookups(written(false))).toEqual(kept);
    expect(kept['actors ns-c ← partnerships']).toEqual(['ns-p1', 'ns-p2', 'ns-p4']);
    expect(kept['actors ns-d ← partnerships']).toEqual([]);
    expect(kept['areas ns-region ← actors']).toEqual([]);
    expect(kept['areas ns-country ← actors']).toEqual(['ns-a', 'ns-b']);
    expect(kept['areas ns-region ← partnerships']).toEqual(['ns-p3', 'ns-p4']);
    expect(kept['areas ns-country ← areas']).toEqual(['ns-region']);
    expect(kept['themes ns-theme ← partnerships']).toEqual([]);
  });
});
