import { changed, issuePaths, rejected, succeeded, useTestApi, entityMutations } from './helpers';

const PARTNERSHIP = `id: slug title kind startDate endDate description source
  participants { actor { id: slug } role } areas { id: slug } themes { id: slug }
  targetGroups { group { id: slug } targeted reached }`;
const { CREATE, UPDATE, DELETE } = entityMutations('Partnership', PARTNERSHIP);
const END = `mutation ($id: ID!, $endDate: Date!) { endPartnership(id: $id, endDate: $endDate) { ${PARTNERSHIP} } }`;
const READ = `query ($id: ID!) { partnership(id: $id) { ${PARTNERSHIP} } }`;

const clinics = {
  id: 'inclusive-preschools-prizren',
  title: 'Inclusive preschools in Prizren',
  kind: 'SERVICE_DELIVERY',
  startDate: '2024-09-01',
  endDate: '2026-06-30',
  description: 'Preschool places for children with disabilities.',
  participants: [
    { actorId: 'save-the-children-kosovo', role: 'FUNDER' },
    { actorId: 'handikos', role: 'IMPLEMENTER' },
  ],
  areaIds: ['prizren'],
  themeIds: ['inclusive-education'],
  targetGroups: [{ targetGroupId: 'children-with-disabilities', targeted: 120, reached: 45 }],
  source: 'test',
};

/** The partnership as the API reads it back. */
const asRead = (p: typeof clinics) => ({
  id: p.id,
  title: p.title,
  kind: p.kind,
  startDate: p.startDate,
  endDate: p.endDate,
  description: p.description,
  source: p.source,
  participants: p.participants.map((x) => ({ actor: { id: x.actorId }, role: x.role })),
  areas: p.areaIds.map((id) => ({ id })),
  themes: p.themeIds.map((id) => ({ id })),
  targetGroups: p.targetGroups.map((t) => ({
    group: { id: t.targetGroupId },
    targeted: t.targeted,
    reached: t.reached,
  })),
});

describe('partnership mutations', () => {
  const api = useTestApi();

  it('createPartnership stores every field and link', async () => {
    const data = await succeeded(api, CREATE, { input: clinics });
    expect(data.createPartnership).toEqual(asRead(clinics));
    expect((await succeeded(api, READ, { id: clinics.id })).partnership).toEqual(asRead(clinics));
  });

  it('updatePartnership replaces given fields and lists, keeps omitted ones, clears nulls', async () => {
    const patch = {
      title: 'Inclusive preschools in Prizren and Dragash',
      areaIds: ['prizren', 'dragash'],
      endDate: null,
      targetGroups: null,
    };
    const data = await succeeded(api, UPDATE, { id: clinics.id, patch });
    const expected = {
      ...asRead(clinics),
      title: patch.title,
      areas: [{ id: 'prizren' }, { id: 'dragash' }],
      endDate: null,
      targetGroups: [],
    };
    expect(data.updatePartnership).toEqual(expected);
    expect((await succeeded(api, READ, { id: clinics.id })).partnership).toEqual(expected);
  });

  it('updatePartnership: bad values are reported at patch.<field>, with the stored record as context', async () => {
    // The stored startDate is 2024-09-01: an endDate before it breaks the record, so the patch is refused.
    const early = await rejected(api, UPDATE, { id: clinics.id, patch: { endDate: '2024-01-31' } });
    expect(early.issues).toEqual([
      { path: 'patch.endDate', message: 'must not be before startDate 2024-09-01' },
    ]);
    const cleared = await rejected(api, UPDATE, {
      id: clinics.id,
      patch: { participants: null, title: null },
    });
    expect(issuePaths(cleared)).toEqual(['patch.title', 'patch.participants']);
    const empty = await rejected(api, UPDATE, { id: clinics.id, patch: { participants: [] } });
    expect(empty.issues).toEqual([
      { path: 'patch.participants', message: 'a partnership needs at least one participant' },
    ]);
    const dangling = await rejected(api, UPDATE, {
      id: clinics.id,
      patch: { themeIds: ['inclusive-education', 'astronomy'] },
    });
    expect(dangling.issues).toEqual([
      { path: 'patch.themeIds[1]', message: 'theme "astronomy" does not exist' },
    ]);
  });

  it('createPartnership: end before start, dangling participants and duplicates name their paths', async () => {
    const error = await rejected(api, CREATE, {
      input: { ...clinics, id: 'bad-dates', startDate: '2025-01-01', endDate: '2024-12-31' },
    });
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.endDate', message: 'must not be before startDate 2025-01-01' }],
    });
    const endOnly = await rejected(api, CREATE, {
      input: { ...clinics, id: 'end-only', startDate: null, endDate: '2024-12-31' },
    });
    expect(endOnly.issues).toEqual([
      {
        path: 'input.startDate',
        message:
          "is needed with endDate 2024-12-31: give the event's own day, or an approximate start " +
          '(startDatePrecision YEAR or APPROXIMATE), so the partnership is not active on every earlier date',
      },
    ]);
    expect((await succeeded(api, READ, { id: 'end-only' })).partnership).toBeNull();
    const dangling = await rejected(api, CREATE, {
      input: {
        ...clinics,
        id: 'ghost-partners',
        participants: [{ actorId: 'ghost-ngo', role: 'LEAD' }, clinics.participants[0]],
        targetGroups: [{ targetGroupId: 'martians' }],
      },
    });
    expect(dangling.issues).toEqual([
      { path: 'input.participants[0].actorId', message: 'actor "ghost-ngo" does not exist' },
      { path: 'input.targetGroups[0].targetGroupId', message: 'target group "martians" does not exist' },
    ]);
    const twice = await rejected(api, CREATE, {
      input: { ...clinics, id: 'twice', participants: [clinics.participants[0], clinics.participants[0]] },
    });
    expect(issuePaths(twice)).toEqual(['input.participants[1]']);
    const negative = await rejected(api, CREATE, {
      input: { ...clinics, id: 'negative', targetGroups: [{ targetGroupId: 'girls', targeted: -5 }] },
    });
    expect(negative.issues).toEqual([{ path: 'input.targetGroups[0].targeted', message: 'must be ≥ 0' }]);
  });

  it('createPartnership of an existing id is CONFLICT', async () => {
    const error = await rejected(api, CREATE, { input: { ...clinics, id: 'young-voices-survey-2021' } });
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already exists') });
  });

  it('endPartnership sets the end date; one before the start is BAD_USER_INPUT at endDate', async () => {
    const data = await succeeded(api, END, { id: 'young-voices-survey-2021', endDate: '2021-06-30' });
    expect(data.endPartnership).toMatchObject({ startDate: '2021-01-01', endDate: '2021-06-30' });
    const read = (await succeeded(api, READ, { id: 'young-voices-survey-2021' })).partnership;
    expect(read.endDate).toBe('2021-06-30');
    const early = await rejected(api, END, { id: 'young-voices-survey-2021', endDate: '2020-12-31' });
    expect(early).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'endDate', message: 'must not be before startDate 2021-01-01' }],
    });
    const unknown = await rejected(api, END, { id: 'no-such-partnership', endDate: '2021-06-30' });
    expect(unknown).toMatchObject({
      code: 'NOT_FOUND',
      message: 'partnership "no-such-partnership" does not exist',
    });
  });

  it('deletePartnership deletes only it; unknown ids are NOT_FOUND', async () => {
    const { deletePartnership } = await succeeded(api, DELETE, { id: clinics.id });
    expect(deletePartnership).toMatchObject({
      created: 0,
      updated: 0,
      deleted: 1,
      changed: changed({ partnerships: [clinics.id] }),
    });
    expect((await succeeded(api, READ, { id: clinics.id })).partnership).toBeNull();
    expect((await api.store.getMany('actors', ['handikos']))[0]).not.toBeNull();
    const again = await rejected(api, DELETE, { id: clinics.id });
    expect(again).toMatchObject({ code: 'NOT_FOUND', message: `partnership "${clinics.id}" does not exist` });
  });
});
