import { changed, issuePaths, rejected, succeeded, useTestApi, entityMutations } from './helpers';

const ACTOR = `id: slug name acronym sector kind description website tags source homeArea { id: slug }`;
const { CREATE, UPDATE, DELETE } = entityMutations('Actor', ACTOR);
const READ = `query ($id: ID!) { actor(id: $id) { ${ACTOR} } }`;

const dardania = {
  id: 'dardania-youth-forum',
  name: '  Dardania Youth Forum ',
  acronym: 'DYF',
  sector: 'CHILDREN_AND_YOUTH',
  kind: 'YOUTH_GROUP',
  website: 'https://dyf.example.org',
  homeAreaId: 'prishtine',
  tags: ['youth-led', 'advocacy'],
  source: 'test',
};

describe('actor mutations', () => {
  const api = useTestApi();

  it('createActor stores the actor as the domain normalises it and bumps the revision once', async () => {
    const before = await api.store.revision();
    const data = await succeeded(api, CREATE, { input: dardania });
    const { homeAreaId: _, ...fields } = dardania;
    const expected = {
      ...fields,
      name: 'Dardania Youth Forum',
      description: null,
      homeArea: { id: 'prishtine' },
    };
    expect(data.createActor).toEqual(expected);
    expect((await succeeded(api, READ, { id: dardania.id })).actor).toEqual(expected);
    expect(await api.store.revision()).toBe(before + 1);
  });

  it('updateActor keeps omitted fields, replaces given ones and clears optional fields set to null', async () => {
    const data = await succeeded(api, UPDATE, {
      id: dardania.id,
      patch: { name: 'Dardania Youth Forum (DYF)', website: null, homeAreaId: 'peje', tags: null },
    });
    const read = (await succeeded(api, READ, { id: dardania.id })).actor;
    expect(read).toEqual(data.updateActor);
    expect(read).toMatchObject({
      name: 'Dardania Youth Forum (DYF)',
      acronym: 'DYF',
      sector: 'CHILDREN_AND_YOUTH',
      website: null,
      tags: [],
      homeArea: { id: 'peje' },
    });
  });

  it('an update that changes nothing leaves the revision alone', async () => {
    const before = await api.store.revision();
    await succeeded(api, UPDATE, { id: dardania.id, patch: { acronym: 'DYF' } });
    expect(await api.store.revision()).toBe(before);
  });

  it('fields resolved later in the same request see the write (the loader cache is refreshed)', async () => {
    // `first` loads the actor into this request's loader; `after` must not be served the stale copy.
    const data = await succeeded(
      api,
      `mutation {
        first: addParticipant(partnershipId: "young-voices-survey-2021", actorId: "${dardania.id}", role: MEMBER) {
          participants { actor { id: slug name } } }
        rename: updateActor(id: "${dardania.id}", patch: { name: "Renamed forum" }) { id: slug }
        after: addParticipant(partnershipId: "young-voices-survey-2021", actorId: "${dardania.id}", role: MEMBER) {
          participants { actor { id: slug name } } }
      }`,
    );
    const nameIn = (field: any) => field.participants.find((p: any) => p.actor.id === dardania.id).actor.name;
    expect(nameIn(data.first)).toBe('Dardania Youth Forum (DYF)');
    expect(nameIn(data.after)).toBe('Renamed forum');
  });

  it('createActor of an existing id is CONFLICT', async () => {
    const error = await rejected(api, CREATE, { input: { ...dardania, id: 'unicef-kosovo' } });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('actor "unicef-kosovo" already exists; update it instead');
  });

  it('invalid fields and dangling references are BAD_USER_INPUT at input.<field>', async () => {
    const error = await rejected(api, CREATE, {
      input: {
        ...dardania,
        id: 'new-org',
        name: 'x'.repeat(301),
        acronym: '',
        website: 'ftp://files.example.org',
        homeAreaId: 'atlantis',
        tags: ['a', 'a'],
      },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(issuePaths(error).sort()).toEqual([
      'input.acronym',
      'input.name',
      'input.tags[1]',
      'input.website',
    ]);
    // References are checked once the fields are valid.
    const dangling = await rejected(api, CREATE, {
      input: { ...dardania, id: 'new-org', homeAreaId: 'atlantis' },
    });
    expect(dangling.issues).toEqual([
      { path: 'input.homeAreaId', message: 'area "atlantis" does not exist' },
    ]);
  });

  it('updateActor: a required field set to null, an invalid value, an unknown id', async () => {
    const cleared = await rejected(api, UPDATE, { id: dardania.id, patch: { name: null, sector: null } });
    expect(cleared.code).toBe('BAD_USER_INPUT');
    expect(issuePaths(cleared)).toEqual(['patch.name', 'patch.sector']);
    const invalid = await rejected(api, UPDATE, { id: dardania.id, patch: { website: 'not a url' } });
    expect(invalid.issues).toEqual([{ path: 'patch.website', message: 'must be an http(s) URL' }]);
    const unknown = await rejected(api, UPDATE, { id: 'nobody', patch: { name: 'Nobody' } });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'actor "nobody" does not exist' });
  });

  it('deleteActor removes its participations; a partnership left with none is deleted and reported', async () => {
    // UNICEF Kosovo is the only participant of its communication programme and of its support to municipal
    // authorities, one of several for the rest.
    const data = await succeeded(api, DELETE, { id: 'unicef-kosovo' });
    const result = data.deleteActor;
    expect(result.deleted).toBe(3);
    expect(result.changed.actors).toEqual(['unicef-kosovo']);
    expect(result.changed.partnerships).toContain('unicef-communication-for-social-change');
    expect(result.changed.partnerships).toContain('unicef-support-to-municipal-authorities');
    expect(result.updated).toBe(result.changed.partnerships.length - 2);
    expect(result.revision).toBe(await api.store.revision());
    expect((await succeeded(api, READ, { id: 'unicef-kosovo' })).actor).toBeNull();
    const [alone, shared] = await api.store.getMany('partnerships', [
      'unicef-communication-for-social-change',
      'unicef-kosovo-programme-2016-2020',
    ]);
    expect(alone).toBeNull();
    expect(shared!.participants.map((p) => p.actorId)).not.toContain('unicef-kosovo');
    expect(shared!.participants.length).toBeGreaterThan(0);
  });

  it('deleteActor of an unknown id is NOT_FOUND', async () => {
    const error = await rejected(api, DELETE, { id: 'unicef-kosovo' });
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'actor "unicef-kosovo" does not exist' });
  });

  it('deleting a fresh actor reports exactly it', async () => {
    await succeeded(api, CREATE, { input: { ...dardania, id: 'short-lived', homeAreaId: null } });
    const { deleteActor } = await succeeded(api, DELETE, { id: 'short-lived' });
    expect(deleteActor).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 1,
      changed: changed({ actors: ['short-lived'] }),
    });
  });
});
