import { useTestApi } from '../../helpers/api';
import {
  actor,
  byKeys,
  fold,
  ids,
  isActive,
  listed as shown,
  partnershipsWithin,
  seed,
  titleOrder,
  type SeedPartnership,
} from '../../helpers/kosovo-seed';
import { badInput } from '../../helpers/paging';

/** partnership(id) and partnerships(filter, orderBy) over HTTP, against the Kosovo seed. */
describe('partnership queries', () => {
  const api = useTestApi();

  /** The ids `partnerships(filter: …)` lists (all of them, default order). */
  async function listed(filter: string): Promise<{ ids: string[]; totalCount: number }> {
    const body = await api().graphql(
      `{ partnerships(filter: ${filter}, first: 500) { totalCount edges { node { id: slug } } } }`,
    );
    expect(body.errors).toBeUndefined();
    return {
      ids: body.data.partnerships.edges.map((e: any) => e.node.id),
      totalCount: body.data.partnerships.totalCount,
    };
  }
  const where = (test: (p: SeedPartnership) => boolean) => titleOrder(shown.partnerships.filter(test));

  it('answers a partnership with its participants, areas, themes and target groups', async () => {
    const expected = seed.partnerships.find((p) => p.id === 'unicef-kosovo-programme-2016-2020')!;
    const body = await api().graphql(`{
      partnership(id: "unicef-kosovo-programme-2016-2020") {
        id: slug title kind startDate endDate
        participants { role actor { id: slug name } }
        areas { id: slug } themes { id: slug }
        targetGroups { group { id: slug name } targeted reached }
        during: active(asOf: "2018-06-30") before: active(asOf: "2015-12-31") after: active(asOf: "2021-01-01")
        today: active
      }
    }`);
    expect(body.errors).toBeUndefined();
    const p = body.data.partnership;
    expect(p).toMatchObject({ id: expected.id, title: expected.title, kind: expected.kind });
    expect([p.startDate, p.endDate]).toEqual(['2016-01-01', '2020-12-31']);
    expect(p.participants).toEqual(
      expected.participants.map((x) => ({
        role: x.role,
        actor: { id: x.actorId, name: actor(x.actorId).name },
      })),
    );
    expect(ids(p.areas)).toEqual(expected.areaIds);
    expect(ids(p.themes)).toEqual(expected.themeIds);
    expect(p.targetGroups.map((t: any) => t.group.id)).toEqual(
      expected.targetGroups.map((t) => t.targetGroupId),
    );
    expect(p.targetGroups.map((t: any) => t.group.name)).toEqual(
      expected.targetGroups.map((t) => seed.targetGroups.find((g) => g.id === t.targetGroupId)!.name),
    );
    expect([p.during, p.before, p.after]).toEqual([true, false, false]);
    expect(p.today).toBe(isActive(expected, new Date().toISOString().slice(0, 10)));
  });

  it('answers null for an unknown partnership', async () => {
    const body = await api().graphql('{ partnership(id: "no-such-partnership") { id: slug } }');
    expect(body.data.partnership).toBeNull();
  });

  it('lists every partnership by title by default', async () => {
    const all = await listed('{}');
    expect(all.totalCount).toBe(shown.partnerships.length);
    expect(all.ids).toEqual(titleOrder(shown.partnerships));
  });

  it('treats null filter fields as no condition', async () => {
    expect((await listed('{ kinds: null, actorIds: null, asOf: null, text: null }')).ids).toEqual(
      titleOrder(shown.partnerships),
    );
  });

  it.each<[string, string, (p: SeedPartnership) => boolean]>([
    [
      'ids',
      '{ ids: ["home-visiting-programme", "young-voices-survey-2021", "nope"] }',
      (p) => ['home-visiting-programme', 'young-voices-survey-2021'].includes(p.id),
    ],
    ['kinds', '{ kinds: [ADVOCACY, FUNDING] }', (p) => ['ADVOCACY', 'FUNDING'].includes(p.kind)],
    [
      'actorIds',
      '{ actorIds: ["sida", "unicef-kosovo"] }',
      (p) => p.participants.some((x) => ['sida', 'unicef-kosovo'].includes(x.actorId)),
    ],
    ['roles', '{ roles: [FUNDER] }', (p) => p.participants.some((x) => x.role === 'FUNDER')],
    [
      'actorIds with roles (the actor in that role)',
      '{ actorIds: ["syri-i-vizionit"], roles: [LEAD, IMPLEMENTER] }',
      (p) =>
        p.participants.some(
          (x) => x.actorId === 'syri-i-vizionit' && ['LEAD', 'IMPLEMENTER'].includes(x.role),
        ),
    ],
    [
      'areaIds (descendants included)',
      '{ areaIds: ["district-peja"] }',
      (p) => partnershipsWithin('district-peja', shown.partnerships).includes(p),
    ],
    [
      'themeIds',
      '{ themeIds: ["inclusive-education", "social-protection"] }',
      (p) => p.themeIds.some((id) => ['inclusive-education', 'social-protection'].includes(id)),
    ],
    [
      'targetGroupIds',
      '{ targetGroupIds: ["adolescents"] }',
      (p) => p.targetGroups.some((t) => t.targetGroupId === 'adolescents'),
    ],
    ['asOf', '{ asOf: "2021-06-01" }', (p) => isActive(p, '2021-06-01')],
    ['text, ignoring case and accents', '{ text: "PEJE" }', (p) => p.title.includes('Pejë')],
    [
      'several fields together',
      '{ kinds: [CAPACITY_STRENGTHENING], areaIds: ["peje"], asOf: "2024-01-01" }',
      (p) =>
        p.kind === 'CAPACITY_STRENGTHENING' &&
        partnershipsWithin('peje', shown.partnerships).includes(p) &&
        isActive(p, '2024-01-01'),
    ],
  ])('filters by %s', async (_name, filter, test) => {
    const expected = where(test);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(shown.partnerships.length);
    expect(await listed(filter)).toEqual({ ids: expected, totalCount: expected.length });
  });

  it('includes the areas inside a district but not its siblings', async () => {
    const { ids: found } = await listed('{ areaIds: ["district-peja"] }');
    expect(found).toContain('municipal-team-on-the-rights-of-the-child-istog');
    expect(found).not.toContain('municipal-team-on-the-rights-of-the-child-prizren');
  });

  it.each([
    ['START_DATE', 'ASC'],
    ['START_DATE', 'DESC'],
    ['ID', 'DESC'],
    ['TITLE', 'DESC'],
  ])('orders by %s %s', async (field, direction) => {
    const body = await api().graphql(
      `{ partnerships(first: 500, orderBy: { field: ${field}, direction: ${direction} }) { edges { node { id: slug } } } }`,
    );
    const key = (p: SeedPartnership): string[] =>
      field === 'ID'
        ? [p.id]
        : field === 'TITLE'
          ? [fold(p.title), p.id]
          : [p.startDate ?? '', fold(p.title), p.id];
    const sorted = [...shown.partnerships].sort(byKeys(key));
    if (direction === 'DESC') sorted.reverse();
    expect(body.data.partnerships.edges.map((e: any) => e.node.id)).toEqual(ids(sorted));
  });

  it('rejects ids that are not slugs, naming the argument path', async () => {
    const body = await api().graphql(
      '{ partnerships(filter: { actorIds: ["sida", "Not A Slug"] }) { totalCount } }',
    );
    expect(badInput(body)).toEqual([
      { path: 'filter.actorIds[1]', message: expect.stringContaining('slug') },
    ]);
  });

  it('rejects an unknown enum value as a GraphQL validation error', async () => {
    const body = await api().graphql('{ partnerships(filter: { kinds: [NOPE] }) { totalCount } }');
    expect(body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
  });

  it('rejects an impossible asOf date clearly, in the query or in a variable', async () => {
    const literal = await api().graphql('{ partnerships(filter: { asOf: "2023-02-30" }) { totalCount } }');
    expect(literal.errors?.[0]?.message).toMatch(/"2023-02-30" is not a valid ISO date YYYY-MM-DD/);
    expect(literal.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const variable = await api().graphql(
      'query($d: Date) { partnerships(filter: { asOf: $d }) { totalCount } }',
      { d: '2023-02-30' },
    );
    expect(variable.errors?.[0]?.message).toMatch(/"2023-02-30" is not a valid ISO date YYYY-MM-DD/);
    expect(variable.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
