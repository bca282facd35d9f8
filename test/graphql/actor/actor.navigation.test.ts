import { useTestApi } from '../../helpers/api';
import {
  actor,
  ids,
  isActive,
  listed,
  nameOrder,
  partners,
  partnershipsOf,
  seed,
  titleOrder,
  type SeedPartnership,
} from '../../helpers/kosovo-seed';

/** What an actor's fields lead to: its partnerships, partners, and the areas, themes and groups it works on. */
describe('actor navigation', () => {
  const api = useTestApi();

  async function actorField(id: string, selection: string): Promise<any> {
    const body = await api().graphql(`{ actor(id: "${id}") { ${selection} } }`);
    expect(body.errors).toBeUndefined();
    return body.data.actor;
  }
  const partnershipIds = async (id: string, args: string) =>
    (await actorField(id, `partnerships(${args} first: 500) { totalCount edges { node { id: slug } } }`))
      .partnerships;
  const own = (id: string, test: (p: SeedPartnership) => boolean = () => true) =>
    titleOrder(partnershipsOf(id).filter(test));
  const roleOf = (p: SeedPartnership, id: string) =>
    p.participants.filter((x) => x.actorId === id).map((x) => x.role);

  it('lists the partnerships an actor takes part in, by title', async () => {
    const found = await partnershipIds('save-the-children-kosovo', '');
    expect(found.edges.map((e: any) => e.node.id)).toEqual(own('save-the-children-kosovo'));
    expect(found.totalCount).toBe(partnershipsOf('save-the-children-kosovo').length);
  });

  it('narrows them by the actor’s own role, by kind and by date', async () => {
    const id = 'save-the-children-kosovo';
    const lead = await partnershipIds(id, 'roles: [TECHNICAL_PARTNER]');
    expect(lead.edges.map((e: any) => e.node.id)).toEqual(
      own(id, (p) => roleOf(p, id).includes('TECHNICAL_PARTNER')),
    );
    expect(lead.totalCount).toBeGreaterThan(0);
    const kinds = await partnershipIds(id, 'kinds: [ADVOCACY, RESEARCH_AND_DATA]');
    expect(kinds.edges.map((e: any) => e.node.id)).toEqual(
      own(id, (p) => ['ADVOCACY', 'RESEARCH_AND_DATA'].includes(p.kind)),
    );
    const dated = await partnershipIds(id, 'asOf: "2021-06-01"');
    expect(dated.edges.map((e: any) => e.node.id)).toEqual(own(id, (p) => isActive(p, '2021-06-01')));
    expect(dated.totalCount).toBeLessThan(partnershipsOf(id).length + 1);
    const nulls = await partnershipIds(id, 'roles: null, kinds: null, asOf: null');
    expect(nulls.totalCount).toBe(partnershipsOf(id).length);
  });

  it('gives an actor without partnerships empty lists', async () => {
    // Every actor of the seed takes part in something: a loner of this test's own.
    const loner = { id: 'nav-loner', name: 'Nav loner', sector: 'CIVIL_SOCIETY', kind: 'NGO', tags: [] };
    await api().store.write({ upsert: { actors: [loner] } });
    expect(listed.actors.every((a) => partnershipsOf(a.id).length > 0)).toBe(true);
    const found = await actorField(
      loner.id,
      'partnerships { totalCount edges { node { id: slug } } } partners { count: partnershipCount } areas { id: slug } themes { id: slug } targetGroups { id: slug }',
    );
    expect(found).toEqual({
      partnerships: { totalCount: 0, edges: [] },
      partners: [],
      areas: [],
      themes: [],
      targetGroups: [],
    });
  });

  it('lists partners, most shared partnerships first, then by name', async () => {
    const found = await actorField(
      'syri-i-vizionit',
      'partners { count: partnershipCount actor { id: slug } partnerships { id: slug } }',
    );
    expect(
      found.partners.map((x: any) => ({ id: x.actor.id, count: x.count, partnerships: ids(x.partnerships) })),
    ).toEqual(partners('syri-i-vizionit'));
    expect(found.partners[0].actor.id).toBe('save-the-children-kosovo');
  });

  it('gives only the closest partners with `first`, and refuses a `first` out of 0..500', async () => {
    const all = partners('save-the-children-kosovo').map((x) => x.id);
    expect(all.length).toBeGreaterThan(3);
    const closest = await actorField('save-the-children-kosovo', 'partners(first: 3) { actor { id: slug } }');
    expect(closest.partners.map((x: any) => x.actor.id)).toEqual(all.slice(0, 3));
    expect(
      (await actorField('save-the-children-kosovo', 'partners(first: 0) { count: partnershipCount }'))
        .partners,
    ).toEqual([]);
    const body = await api().graphql(
      '{ actor(id: "save-the-children-kosovo") { partners(first: 501) { count: partnershipCount } } }',
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'first', message: 'must be a whole number from 0 to 500' }],
    });
  });

  it('lists partners through partnerships active on a date, and of some sectors', async () => {
    const dated = await actorField(
      'unicef-kosovo',
      'partners(asOf: "2022-01-01") { count: partnershipCount actor { id: slug } partnerships { id: slug } }',
    );
    const expected = partners('unicef-kosovo', '2022-01-01');
    expect(expected).not.toEqual(partners('unicef-kosovo')); // the 2016-2020 programme drops out
    expect(
      dated.partners.map((x: any) => ({ id: x.actor.id, count: x.count, partnerships: ids(x.partnerships) })),
    ).toEqual(expected);
    const government = await actorField(
      'unicef-kosovo',
      'partners(sectors: [GOVERNMENT, ACADEMIA]) { actor { id: slug sector } }',
    );
    const expectedIds = partners('unicef-kosovo')
      .map((x) => x.id)
      .filter((id) => ['GOVERNMENT', 'ACADEMIA'].includes(actor(id).sector));
    expect(government.partners.map((x: any) => x.actor.id)).toEqual(expectedIds);
    expect(expectedIds.length).toBeGreaterThan(0);
  });

  it.each([
    ['areas', (p: SeedPartnership) => p.areaIds, seed.areas],
    ['themes', (p: SeedPartnership) => p.themeIds, seed.themes],
    ['targetGroups', (p: SeedPartnership) => p.targetGroups.map((t) => t.targetGroupId), seed.targetGroups],
  ] as const)('derives the %s an actor works on from its partnerships', async (field, linked, all) => {
    const derive = (id: string, asOf?: string) => {
      const wanted = new Set(
        partnershipsOf(id)
          .filter((p) => !asOf || isActive(p, asOf))
          .flatMap(linked),
      );
      return nameOrder(all.filter((r) => wanted.has(r.id)));
    };
    for (const id of ['unicef-kosovo', 'syri-i-vizionit', 'save-the-children-kosovo']) {
      const found = await actorField(
        id,
        `all: ${field} { id: slug name } dated: ${field}(asOf: "2022-06-01") { id: slug }`,
      );
      expect(ids(found.all)).toEqual(derive(id));
      expect(ids(found.dated)).toEqual(derive(id, '2022-06-01'));
    }
    // UNICEF's groups come from the 2016-2020 programme and undated partnerships: the date matters there.
    if (field === 'targetGroups')
      expect(derive('unicef-kosovo', '2022-06-01')).not.toEqual(derive('unicef-kosovo'));
  });
});
