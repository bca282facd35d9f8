import { ValidationError, parseWriteBatch } from '../../src/domain';

function issuesOf(input: unknown): string[] {
  try {
    parseWriteBatch(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((i) => i.path).sort();
  }
  throw new Error('expected a ValidationError');
}

const actor = (id: string) => ({ id, name: id, sector: 'ACADEMIA', kind: 'UNIVERSITY' });

describe('parseWriteBatch', () => {
  it('fills in every missing list, so an empty batch is valid', () => {
    const empty = parseWriteBatch({});
    expect(empty).toEqual({
      upsert: { actors: [], partnerships: [], areas: [], themes: [], targetGroups: [] },
      delete: { actorIds: [], partnershipIds: [], areaIds: [], themeIds: [], targetGroupIds: [] },
    });
    expect(parseWriteBatch({ upsert: null, delete: { actorIds: null } })).toEqual(empty);
  });

  it('parses records and deletions', () => {
    const batch = parseWriteBatch({
      upsert: { actors: [actor('up'), actor('uniprizren')], themes: [{ id: 't', name: ' T ' }] },
      delete: { partnershipIds: ['p1', 'p2'], areaIds: ['x'] },
    });
    expect(batch.upsert.actors[0]).toEqual({ ...actor('up'), tags: [] });
    expect(batch.upsert.themes).toEqual([{ id: 't', name: 'T' }]);
    expect(batch.delete).toMatchObject({ partnershipIds: ['p1', 'p2'], areaIds: ['x'], actorIds: [] });
  });

  it('names every field problem with its full path', () => {
    expect(
      issuesOf({
        upsert: {
          actors: [actor('ok'), { ...actor('Bad'), sector: 'X' }],
          partnerships: [
            {
              id: 'p',
              title: 'P',
              kind: 'FUNDING',
              participants: [],
              startDate: '2024-02-01',
              endDate: '2024-01-01',
            },
          ],
        },
        delete: { themeIds: ['Not A Slug'] },
        commit: true,
      }),
    ).toEqual(
      [
        'commit',
        'delete.themeIds[0]',
        'upsert.actors[1].id',
        'upsert.actors[1].sector',
        'upsert.partnerships[0].endDate',
        'upsert.partnerships[0].participants',
      ].sort(),
    );
  });

  it('names duplicate ids per kind and ids both upserted and deleted', () => {
    expect(
      issuesOf({
        upsert: {
          actors: [actor('a'), actor('b'), actor('a'), actor('a')],
          themes: [{ id: 'a', name: 'A' }],
        },
        delete: { actorIds: ['c', 'b'], themeIds: ['a'], areaIds: ['a'] },
      }),
    ).toEqual(['delete.actorIds[1]', 'delete.themeIds[0]', 'upsert.actors[2].id', 'upsert.actors[3].id']);
  });

  it('rejects input that is not a batch object', () => {
    for (const input of [null, undefined, 'batch', 1, []]) {
      expect(() => parseWriteBatch(input)).toThrow(ValidationError);
    }
    expect(issuesOf({ upsert: { actors: {} } })).toEqual(['upsert.actors']);
  });
});
