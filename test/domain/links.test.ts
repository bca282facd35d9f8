import {
  detachFrom,
  linksOf,
  type Actor,
  type Area,
  type EntityKind,
  type Partnership,
} from '../../src/domain';

const actor: Actor = {
  id: 'syri',
  name: 'Syri',
  sector: 'CIVIL_SOCIETY',
  kind: 'NGO',
  homeAreaId: 'peje',
  tags: ['youth'],
};
const area: Area = {
  id: 'peje',
  name: 'Pejë',
  level: 'MUNICIPALITY',
  parentId: 'region-peje',
  population: 10,
};
const partnership: Partnership = {
  id: 'p',
  title: 'P',
  kind: 'SERVICE_DELIVERY',
  participants: [
    { actorId: 'syri', role: 'LEAD' },
    { actorId: 'unicef', role: 'FUNDER' },
  ],
  areaIds: ['peje', 'decan'],
  themeIds: ['t1', 't2'],
  targetGroups: [{ targetGroupId: 'g1', targeted: 5 }, { targetGroupId: 'g2' }],
};

describe('linksOf', () => {
  it('lists every reference of a record with its path', () => {
    expect(linksOf('actors', actor)).toEqual([{ kind: 'areas', id: 'peje', path: ['homeAreaId'] }]);
    expect(linksOf('areas', area)).toEqual([{ kind: 'areas', id: 'region-peje', path: ['parentId'] }]);
    expect(linksOf('partnerships', partnership)).toEqual([
      { kind: 'actors', id: 'syri', path: ['participants', 0, 'actorId'] },
      { kind: 'actors', id: 'unicef', path: ['participants', 1, 'actorId'] },
      { kind: 'areas', id: 'peje', path: ['areaIds', 0] },
      { kind: 'areas', id: 'decan', path: ['areaIds', 1] },
      { kind: 'themes', id: 't1', path: ['themeIds', 0] },
      { kind: 'themes', id: 't2', path: ['themeIds', 1] },
      { kind: 'targetGroups', id: 'g1', path: ['targetGroups', 0, 'targetGroupId'] },
      { kind: 'targetGroups', id: 'g2', path: ['targetGroups', 1, 'targetGroupId'] },
    ]);
  });

  it('finds nothing in records without references and in vocabularies', () => {
    const { homeAreaId: _h, ...homeless } = actor;
    const { parentId: _p, ...country } = { ...area, level: 'COUNTRY' as const };
    expect(linksOf('actors', homeless)).toEqual([]);
    expect(linksOf('areas', country)).toEqual([]);
    expect(linksOf('themes', { id: 't', name: 'T' })).toEqual([]);
    expect(linksOf('targetGroups', { id: 'g', name: 'G' })).toEqual([]);
  });
});

describe('detachFrom', () => {
  const deleted = (entries: [EntityKind, string][]) => (kind: EntityKind, id: string) =>
    entries.some(([k, i]) => k === kind && i === id);

  it('returns the same object when nothing it links to is deleted', () => {
    const none = deleted([
      ['actors', 'peje'],
      ['themes', 'syri'],
    ]); // right ids, wrong kinds
    expect(detachFrom('actors', actor, none)).toBe(actor);
    expect(detachFrom('areas', area, none)).toBe(area);
    expect(detachFrom('partnerships', partnership, none)).toBe(partnership);
  });

  it('drops a deleted home area or parent, keeping the rest', () => {
    const { homeAreaId: _h, ...homeless } = actor;
    const detached = detachFrom('actors', actor, deleted([['areas', 'peje']]));
    expect(detached).toEqual(homeless);
    expect('homeAreaId' in detached).toBe(false);
    const orphan = detachFrom('areas', area, deleted([['areas', 'region-peje']]));
    expect(orphan).toEqual({ id: 'peje', name: 'Pejë', level: 'MUNICIPALITY', population: 10 });
    expect('parentId' in orphan).toBe(false);
  });

  it('drops deleted participants, areas, themes and groups from a partnership without changing the original', () => {
    const detached = detachFrom(
      'partnerships',
      partnership,
      deleted([
        ['actors', 'unicef'],
        ['areas', 'decan'],
        ['themes', 't1'],
        ['targetGroups', 'g1'],
      ]),
    );
    expect(detached).toEqual({
      ...partnership,
      participants: [{ actorId: 'syri', role: 'LEAD' }],
      areaIds: ['peje'],
      themeIds: ['t2'],
      targetGroups: [{ targetGroupId: 'g2' }],
    });
    expect(partnership.participants).toHaveLength(2);
    expect(partnership.areaIds).toEqual(['peje', 'decan']);
  });

  it('can leave a partnership without participants, for the caller to delete', () => {
    const detached = detachFrom(
      'partnerships',
      partnership,
      deleted([
        ['actors', 'unicef'],
        ['actors', 'syri'],
      ]),
    );
    expect(detached.participants).toEqual([]);
    expect(detached.areaIds).toEqual(partnership.areaIds);
  });

  it('never changes vocabulary terms', () => {
    const theme = { id: 't1', name: 'T' };
    expect(detachFrom('themes', theme, () => true)).toBe(theme);
  });
});
