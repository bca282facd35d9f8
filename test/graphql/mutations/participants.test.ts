import { ADD_PARTICIPANT as ADD, participantsOf, rejected, succeeded, useTestApi } from './helpers';

const REMOVE = `mutation ($p: ID!, $a: ID!, $role: Role) {
  removeParticipant(partnershipId: $p, actorId: $a, role: $role) { id: slug participants { actor { id: slug } role } } }`;

const SURVEY = 'young-voices-survey-2021';
const SURVEY_PARTICIPANTS = [
  'save-the-children-kosovo:PARTICIPANT',
  'respect-our-rights:PARTICIPANT',
  'national-child-led-group-2:PARTICIPANT',
  'national-child-led-group-3:PARTICIPANT',
];

describe('participant mutations', () => {
  const api = useTestApi();

  it('addParticipant appends the actor in its role; adding it again changes nothing', async () => {
    const data = await succeeded(api, ADD, {
      p: SURVEY,
      a: 'kosovo-agency-of-statistics',
      role: 'TECHNICAL_PARTNER',
    });
    const expected = [...SURVEY_PARTICIPANTS, 'kosovo-agency-of-statistics:TECHNICAL_PARTNER'];
    expect(data.addParticipant.participants.map((p: any) => `${p.actor.id}:${p.role}`)).toEqual(expected);
    expect(await participantsOf(api, SURVEY)).toEqual(expected);
    const revision = await api.store.revision();
    await succeeded(api, ADD, { p: SURVEY, a: 'kosovo-agency-of-statistics', role: 'TECHNICAL_PARTNER' });
    expect(await api.store.revision()).toBe(revision);
    // The same actor in another role is another participation.
    await succeeded(api, ADD, { p: SURVEY, a: 'kosovo-agency-of-statistics', role: 'FUNDER' });
    expect(await participantsOf(api, SURVEY)).toEqual([...expected, 'kosovo-agency-of-statistics:FUNDER']);
  });

  it('removeParticipant with a role removes that participation only; without, every role', async () => {
    await succeeded(api, REMOVE, { p: SURVEY, a: 'kosovo-agency-of-statistics', role: 'FUNDER' });
    expect(await participantsOf(api, SURVEY)).toEqual([
      ...SURVEY_PARTICIPANTS,
      'kosovo-agency-of-statistics:TECHNICAL_PARTNER',
    ]);
    await succeeded(api, ADD, { p: SURVEY, a: 'kosovo-agency-of-statistics', role: 'FUNDER' });
    const data = await succeeded(api, REMOVE, { p: SURVEY, a: 'kosovo-agency-of-statistics' });
    expect(data.removeParticipant.participants).toHaveLength(SURVEY_PARTICIPANTS.length);
    expect(await participantsOf(api, SURVEY)).toEqual(SURVEY_PARTICIPANTS);
  });

  it('addParticipant: unknown partnership is NOT_FOUND, unknown actor BAD_USER_INPUT at actorId', async () => {
    const partnership = await rejected(api, ADD, { p: 'no-such-thing', a: 'handikos', role: 'MEMBER' });
    expect(partnership).toMatchObject({
      code: 'NOT_FOUND',
      message: 'partnership "no-such-thing" does not exist',
    });
    const actor = await rejected(api, ADD, { p: SURVEY, a: 'ghost-ngo', role: 'MEMBER' });
    expect(actor).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'actorId', message: 'actor "ghost-ngo" does not exist' }],
    });
    const notSlug = await rejected(api, ADD, { p: SURVEY, a: 'Ghost NGO', role: 'MEMBER' });
    expect(notSlug.issues).toEqual([{ path: 'actorId', message: expect.stringContaining('must be a slug') }]);
  });

  it('removeParticipant: a participation that does not exist is NOT_FOUND', async () => {
    const absent = await rejected(api, REMOVE, { p: SURVEY, a: 'handikos' });
    expect(absent).toMatchObject({
      code: 'NOT_FOUND',
      message: `actor "handikos" does not take part in partnership "${SURVEY}"`,
    });
    const wrongRole = await rejected(api, REMOVE, {
      p: SURVEY,
      a: 'save-the-children-kosovo',
      role: 'FUNDER',
    });
    expect(wrongRole).toMatchObject({
      code: 'NOT_FOUND',
      message: `actor "save-the-children-kosovo" does not take part in partnership "${SURVEY}" as FUNDER`,
    });
    const partnership = await rejected(api, REMOVE, { p: 'no-such-thing', a: 'handikos' });
    expect(partnership.code).toBe('NOT_FOUND');
  });

  it('removing the last participant is refused: delete the partnership instead', async () => {
    const error = await rejected(api, REMOVE, {
      p: 'unicef-communication-for-social-change',
      a: 'unicef-kosovo',
    });
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [
        {
          path: 'actorId',
          message: 'a partnership needs at least one participant; delete the partnership instead',
        },
      ],
    });
    expect(await participantsOf(api, 'unicef-communication-for-social-change')).toEqual([
      'unicef-kosovo:LEAD',
    ]);
  });
});
