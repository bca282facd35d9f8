import { rejected, useTestApi } from './helpers';

/**
 * Requests GraphQL itself refuses before any resolver runs (wrong types, unknown enum values, impossible
 * dates, missing or unknown fields), and values only the domain catches (sizes, slugs, URLs): each gives
 * a clear error naming the offending field, and none changes anything.
 */
describe('malformed mutation requests', () => {
  const api = useTestApi();

  const CREATE_ACTOR = `mutation ($input: ActorInput!) { createActor(input: $input) { id: slug } }`;
  const CREATE_PARTNERSHIP = `mutation ($input: PartnershipInput!) { createPartnership(input: $input) { id: slug } }`;
  const actor = { id: 'malformed-test-ngo', name: 'Test NGO', sector: 'CIVIL_SOCIETY', kind: 'NGO' };
  const partnership = {
    id: 'malformed-test-partnership',
    title: 'Test',
    kind: 'ADVOCACY',
    participants: [{ actorId: 'handikos', role: 'LEAD' }],
  };

  it.each([
    ['a wrong type', { ...actor, name: 42 }, 'input.name', /String cannot represent a non string value: 42/],
    [
      'an unknown enum value',
      { ...actor, sector: 'CHURCH' },
      'input.sector',
      /Value "CHURCH" does not exist in "Sector" enum/,
    ],
    [
      'a missing required field',
      { id: actor.id, sector: 'CIVIL_SOCIETY', kind: 'NGO' },
      'input',
      /Field "name" of required type "String!" was not provided/,
    ],
    [
      'an unknown field',
      { ...actor, mission: 'x' },
      'input',
      /Field "mission" is not defined by type "ActorInput"/,
    ],
    [
      'a list where one value is wanted',
      { ...actor, kind: ['NGO'] },
      'input.kind',
      /Enum "ActorKind" cannot represent non-string value/,
    ],
  ])('%s in the variables is BAD_USER_INPUT naming the field', async (_what, input, at, reason) => {
    const error = await rejected(api, CREATE_ACTOR, { input });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(`Variable "$input" got invalid value`);
    if (at !== 'input') expect(error.message).toContain(`at "${at}"`);
    expect(error.message).toMatch(reason);
  });

  it.each(['2023-02-30', '2023-13-01', '31/12/2023', '2023-1-5'])(
    'the impossible or misformatted date %s is refused by the Date scalar',
    async (date) => {
      const error = await rejected(api, CREATE_PARTNERSHIP, { input: { ...partnership, startDate: date } });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('at "input.startDate"');
      expect(error.message).toContain(`Date "${date}" is not a valid ISO date YYYY-MM-DD`);
    },
  );

  it('an unknown role or a bad date written into the query itself fails validation', async () => {
    const role = await rejected(
      api,
      `mutation { addParticipant(partnershipId: "young-voices-survey-2021", actorId: "handikos", role: BOSS) { id: slug } }`,
    );
    expect(role.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(role.message).toContain('Value "BOSS" does not exist in "Role" enum');
    const date = await rejected(
      api,
      `mutation { endPartnership(id: "young-voices-survey-2021", endDate: "2023-02-30") { id: slug } }`,
    );
    expect(date.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(date.message).toContain('Date "2023-02-30" is not a valid ISO date YYYY-MM-DD');
  });

  it.each([
    ['a name over 300 characters', { name: 'n'.repeat(301) }, 'input.name'],
    ['a description over 10,000 characters', { description: 'd'.repeat(10_001) }, 'input.description'],
    ['an id over 100 characters', { id: 'a'.repeat(101) }, 'input.id'],
    ['an id that is not a slug', { id: 'Test NGO' }, 'input.id'],
    ['an acronym over 40 characters', { acronym: 'A'.repeat(41) }, 'input.acronym'],
    ['a tag over 60 characters', { tags: ['ok', 't'.repeat(61)] }, 'input.tags[1]'],
    ['a website that is not http(s)', { website: 'javascript:alert(1)' }, 'input.website'],
  ])('%s is BAD_USER_INPUT at %s', async (_what, change, path) => {
    const error = await rejected(api, CREATE_ACTOR, { input: { ...actor, ...change } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.issues?.map((i) => i.path)).toEqual([path]);
    expect(error.issues?.[0]?.message).toEqual(expect.any(String));
  });

  it('counts must be whole numbers ≥ 0 (GraphQL Int rejects fractions, the domain negatives)', async () => {
    const withCounts = (targeted: number) => ({
      input: { ...partnership, targetGroups: [{ targetGroupId: 'girls', targeted }] },
    });
    const fraction = await rejected(api, CREATE_PARTNERSHIP, withCounts(2.5));
    expect(fraction.code).toBe('BAD_USER_INPUT');
    expect(fraction.message).toContain('at "input.targetGroups[0].targeted"');
    const negative = await rejected(api, CREATE_PARTNERSHIP, withCounts(-1));
    expect(negative.issues).toEqual([{ path: 'input.targetGroups[0].targeted', message: 'must be ≥ 0' }]);
  });

  it('a partnership with no participant is BAD_USER_INPUT at input.participants', async () => {
    const error = await rejected(api, CREATE_PARTNERSHIP, { input: { ...partnership, participants: [] } });
    expect(error.issues).toEqual([
      { path: 'input.participants', message: 'a partnership needs at least one participant' },
    ]);
  });
});
