import {
  idsToLookUp,
  parseWriteBatch,
  referenceIssues,
  type AreaLevel,
  type EntityKind,
  type StoreView,
} from '../../src/domain';

/** A store view over a small existing network; `parents` gives each stored area's parent. */
function viewOf(
  existing: Partial<Record<EntityKind, string[]>>,
  levels: Record<string, AreaLevel> = {},
  parents: Record<string, string> = {},
): StoreView {
  return {
    exists: (kind, id) => (existing[kind] ?? []).includes(id),
    areaLevel: (id) => levels[id],
    childAreas: (id) =>
      Object.entries(parents)
        .filter(([, parent]) => parent === id)
        .map(([child]) => ({ id: child, level: levels[child]! })),
  };
}

const view = viewOf(
  {
    actors: ['unicef', 'up'],
    areas: ['kosovo', 'region-peje', 'peje'],
    themes: ['child-protection'],
    targetGroups: ['girls'],
    partnerships: ['study'],
  },
  { kosovo: 'COUNTRY', 'region-peje': 'REGION', peje: 'MUNICIPALITY' },
  { 'region-peje': 'kosovo', peje: 'region-peje' },
);

const partnership = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  kind: 'FUNDING',
  participants: [{ actorId: 'unicef', role: 'FUNDER' }],
  ...extra,
});

function issues(batch: unknown, storeView: StoreView = view) {
  return referenceIssues(parseWriteBatch(batch), storeView);
}

describe('referenceIssues', () => {
  it('accepts references to existing entities and to entities upserted in the same batch', () => {
    expect(
      issues({
        upsert: {
          actors: [{ id: 'new', name: 'New', sector: 'CIVIL_SOCIETY', kind: 'NGO', homeAreaId: 'istog' }],
          areas: [{ id: 'istog', name: 'Istog', level: 'MUNICIPALITY', parentId: 'region-peje' }],
          partnerships: [
            partnership('p', {
              participants: [
                { actorId: 'new', role: 'LEAD' },
                { actorId: 'up', role: 'FUNDER' },
              ],
              areaIds: ['istog', 'kosovo'],
              themeIds: ['child-protection'],
              targetGroups: [{ targetGroupId: 'girls' }],
            }),
          ],
        },
        delete: { partnershipIds: ['study'] },
      }),
    ).toEqual([]);
  });

  it('names every missing reference with its path and the missing id', () => {
    const found = issues({
      upsert: {
        actors: [{ id: 'a', name: 'A', sector: 'CIVIL_SOCIETY', kind: 'NGO', homeAreaId: 'atlantis' }],
        areas: [{ id: 'r', name: 'R', level: 'REGION', parentId: 'nowhere' }],
        partnerships: [
          partnership('p', {
            participants: [
              { actorId: 'unicef', role: 'LEAD' },
              { actorId: 'ghost', role: 'FUNDER' },
            ],
            areaIds: ['peje', 'atlantis'],
            themeIds: ['girls'],
            targetGroups: [{ targetGroupId: 'child-protection' }],
          }),
        ],
      },
    });
    expect(found).toEqual([
      { path: 'upsert.actors[0].homeAreaId', message: 'area "atlantis" does not exist' },
      { path: 'upsert.partnerships[0].participants[1].actorId', message: 'actor "ghost" does not exist' },
      { path: 'upsert.partnerships[0].areaIds[1]', message: 'area "atlantis" does not exist' },
      { path: 'upsert.partnerships[0].themeIds[0]', message: 'theme "girls" does not exist' },
      {
        path: 'upsert.partnerships[0].targetGroups[0].targetGroupId',
        message: 'target group "child-protection" does not exist',
      },
      { path: 'upsert.areas[0].parentId', message: 'area "nowhere" does not exist' },
    ]);
  });

  it('rejects references to entities the batch deletes, and deletions of missing ids', () => {
    const found = issues({
      upsert: { partnerships: [partnership('p', { themeIds: ['child-protection'] })] },
      delete: { actorIds: ['unicef', 'nobody'], themeIds: ['child-protection'], areaIds: ['unicef'] },
    });
    expect(found.map((i) => i.path).sort()).toEqual([
      'delete.actorIds[1]',
      'delete.areaIds[0]',
      'upsert.partnerships[0].participants[0].actorId',
      'upsert.partnerships[0].themeIds[0]',
    ]);
    expect(found.find((i) => i.path === 'upsert.partnerships[0].themeIds[0]')?.message).toBe(
      'theme "child-protection" is deleted in this batch',
    );
    expect(found.find((i) => i.path === 'delete.actorIds[1]')?.message).toBe('actor "nobody" does not exist');
  });

  it('requires an area parent of a coarser level, whether stored or in the batch', () => {
    const found = issues({
      upsert: {
        areas: [
          { id: 'r1', name: 'R1', level: 'REGION', parentId: 'peje' },
          { id: 'r2', name: 'R2', level: 'REGION', parentId: 'region-peje' },
          { id: 'm1', name: 'M1', level: 'MUNICIPALITY', parentId: 'm2' },
          { id: 'm2', name: 'M2', level: 'MUNICIPALITY', parentId: 'region-peje' },
          { id: 'm3', name: 'M3', level: 'MUNICIPALITY', parentId: 'kosovo' },
          // The batch's own level wins over the stored one.
          { id: 'region-peje', name: 'Now a municipality', level: 'MUNICIPALITY', parentId: 'kosovo' },
          { id: 'm4', name: 'M4', level: 'MUNICIPALITY', parentId: 'region-peje' },
        ],
      },
    });
    expect(found.map((i) => i.path)).toEqual([
      'upsert.areas[0].parentId',
      'upsert.areas[1].parentId',
      'upsert.areas[2].parentId',
      'upsert.areas[3].parentId',
      'upsert.areas[5].level', // its stored child peje would be a MUNICIPALITY inside a MUNICIPALITY
      'upsert.areas[6].parentId',
    ]);
    expect(found[0]!.message).toBe('a REGION cannot be inside "peje", a MUNICIPALITY');
  });

  it('rejects a level change that leaves a stored child inside a finer area, which could close a cycle', () => {
    // Stored: kosovo (COUNTRY) ⊃ region-peje (REGION) ⊃ peje. Making kosovo a MUNICIPALITY inside region-peje
    // passes the check on kosovo's own parent, but region-peje's stored parent is now finer than it: a cycle.
    const found = issues({
      upsert: { areas: [{ id: 'kosovo', name: 'Kosovo', level: 'MUNICIPALITY', parentId: 'region-peje' }] },
    });
    expect(found).toEqual([
      { path: 'upsert.areas[0].level', message: 'a MUNICIPALITY cannot contain "region-peje" (REGION)' },
    ]);
  });

  it('accepts a level change when the stranded child is deleted or moved in the same batch', () => {
    const demoted = { id: 'region-peje', name: 'Pejë', level: 'MUNICIPALITY', parentId: 'kosovo' };
    expect(issues({ upsert: { areas: [demoted] }, delete: { areaIds: ['peje'] } })).toEqual([]);
    const moved = { id: 'peje', name: 'Pejë', level: 'MUNICIPALITY', parentId: 'kosovo' };
    expect(issues({ upsert: { areas: [demoted, moved] } })).toEqual([]);
  });
});

describe('idsToLookUp', () => {
  it('collects every referenced and deleted id per kind', () => {
    const ids = idsToLookUp(
      parseWriteBatch({
        upsert: {
          actors: [{ id: 'a', name: 'A', sector: 'CIVIL_SOCIETY', kind: 'NGO', homeAreaId: 'peje' }],
          areas: [{ id: 'r', name: 'R', level: 'REGION', parentId: 'kosovo' }],
          partnerships: [
            partnership('p', {
              areaIds: ['peje', 'decan'],
              themeIds: ['t'],
              targetGroups: [{ targetGroupId: 'g' }],
            }),
          ],
        },
        delete: { actorIds: ['up'], targetGroupIds: ['h'] },
      }),
    );
    const sorted = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...v].sort()]));
    expect(sorted).toEqual({
      actors: ['unicef', 'up'],
      areas: ['decan', 'kosovo', 'peje'],
      partnerships: [],
      themes: ['t'],
      targetGroups: ['g', 'h'],
    });
  });
});
