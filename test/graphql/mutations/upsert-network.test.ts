import { issuePaths, rejected, succeeded, useTestApi, WRITE_RESULT, writeResult } from './helpers';

const UPSERT = `mutation ($input: NetworkInput!) { upsertNetwork(input: $input) { ${WRITE_RESULT} } }`;

/** A small network in the JSON import format whose records refer to each other within the batch. */
const network = {
  areas: [
    { id: 'ruritania', name: 'Ruritania', level: 'COUNTRY', population: 900000, childPopulation: 250000 },
  ],
  themes: [{ id: 'play', name: 'Play and leisure' }],
  targetGroups: [{ id: 'street-children', name: 'Street children' }],
  actors: [
    {
      id: 'ministry-of-play',
      name: 'Ministry of Play',
      sector: 'GOVERNMENT',
      kind: 'MINISTRY',
      homeAreaId: 'ruritania',
    },
    { id: 'playworks', name: 'PlayWorks', sector: 'CIVIL_SOCIETY', kind: 'NGO', tags: ['play'] },
  ],
  partnerships: [
    {
      id: 'playgrounds-for-all',
      title: 'Playgrounds for all',
      kind: 'SERVICE_DELIVERY',
      startDate: '2024-01-01',
      participants: [
        { actorId: 'ministry-of-play', role: 'FUNDER' },
        { actorId: 'playworks', role: 'IMPLEMENTER' },
      ],
      areaIds: ['ruritania'],
      themeIds: ['play'],
      targetGroups: [{ targetGroupId: 'street-children', targeted: 500 }],
    },
  ],
};

describe('upsertNetwork', () => {
  const api = useTestApi({ seed: false });

  it('creates a whole network in one write, references within the batch included', async () => {
    const { upsertNetwork } = await succeeded(api, UPSERT, { input: network });
    expect(upsertNetwork).toEqual(
      writeResult(
        { revision: 1, created: 6 },
        {
          actors: ['ministry-of-play', 'playworks'],
          partnerships: ['playgrounds-for-all'],
          areas: ['ruritania'],
          themes: ['play'],
          targetGroups: ['street-children'],
        },
      ),
    );
    const { partnership } = await succeeded(
      api,
      `{ partnership(id: "playgrounds-for-all") {
          title participants { actor { name homeArea { name } } role } themes { name }
          targetGroups { group { name } targeted reached } } }`,
    );
    expect(partnership).toEqual({
      title: 'Playgrounds for all',
      participants: [
        { actor: { name: 'Ministry of Play', homeArea: { name: 'Ruritania' } }, role: 'FUNDER' },
        { actor: { name: 'PlayWorks', homeArea: null }, role: 'IMPLEMENTER' },
      ],
      themes: [{ name: 'Play and leisure' }],
      targetGroups: [{ group: { name: 'Street children' }, targeted: 500, reached: null }],
    });
  });

  it('the same network again changes nothing, not even the revision; a changed record is an update', async () => {
    const again = (await succeeded(api, UPSERT, { input: network })).upsertNetwork;
    expect(again).toEqual(writeResult({ revision: 1, unchanged: 6 }));
    const renamed = { themes: [{ id: 'play', name: 'Play' }], actors: [network.actors[1]] };
    const result = (await succeeded(api, UPSERT, { input: renamed })).upsertNetwork;
    expect(result).toEqual(writeResult({ revision: 2, updated: 1, unchanged: 1 }, { themes: ['play'] }));
  });

  it('a 2-record batch whose second record is bad writes nothing, not even the first', async () => {
    const [playgrounds] = network.partnerships;
    const error = await rejected(api, UPSERT, {
      input: {
        partnerships: [
          { ...playgrounds, id: 'fine-first' },
          { ...playgrounds, id: 'backwards-second', startDate: '2024-05-01', endDate: '2024-04-30' },
        ],
      },
    });
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.partnerships[1].endDate', message: 'must not be before startDate 2024-05-01' }],
    });
    expect(await api.store.getMany('partnerships', ['fine-first', 'backwards-second'])).toEqual([null, null]);
  });

  it('every problem is reported at its path in the input: fields, duplicates, dangling references', async () => {
    const fields = await rejected(api, UPSERT, {
      input: {
        actors: [
          { id: 'ok-ngo', name: 'OK', sector: 'CIVIL_SOCIETY', kind: 'NGO' },
          { id: 'ok-ngo', name: '', sector: 'CIVIL_SOCIETY', kind: 'NGO', website: 'nope' },
        ],
        areas: [{ id: 'tiny', name: 'Tiny', level: 'MUNICIPALITY', population: 10, childPopulation: 11 }],
      },
    });
    expect(issuePaths(fields).sort()).toEqual([
      'input.actors[1].name',
      'input.actors[1].website',
      'input.areas[0].childPopulation',
    ]);
    const duplicates = await rejected(api, UPSERT, {
      input: {
        themes: [
          { id: 'x', name: 'X' },
          { id: 'x', name: 'Y' },
        ],
      },
    });
    expect(duplicates.issues).toEqual([
      { path: 'input.themes[1].id', message: 'duplicate theme id "x" in this batch' },
    ]);
    const dangling = await rejected(api, UPSERT, {
      input: {
        partnerships: [
          network.partnerships[0],
          {
            ...network.partnerships[0],
            id: 'second',
            participants: [{ actorId: 'nobody', role: 'LEAD' }],
            areaIds: ['nowhere'],
          },
        ],
      },
    });
    expect(dangling.issues).toEqual([
      { path: 'input.partnerships[1].participants[0].actorId', message: 'actor "nobody" does not exist' },
      { path: 'input.partnerships[1].areaIds[0]', message: 'area "nowhere" does not exist' },
    ]);
  });

  it('an empty input is a valid write that changes nothing', async () => {
    const before = await api.store.revision();
    const result = (await succeeded(api, UPSERT, { input: {} })).upsertNetwork;
    expect(result).toEqual(writeResult({ revision: before }));
  });
});
