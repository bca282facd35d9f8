import { useTestApi } from '../../helpers/api';
import {
  listed as shown,
  nameOrder,
  within,
  isActive,
  type SeedActor,
  type SeedPartnership,
} from '../../helpers/kosovo-seed';
import { badInput } from '../../helpers/paging';

/** The ActorFilter conditions on ids and on the actor's partnerships. */
describe('actor filter', () => {
  const api = useTestApi();

  async function listed(filter: string): Promise<string[]> {
    const body = await api().graphql(
      `{ actors(filter: ${filter}, first: 500) { totalCount edges { node { id: slug } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.actors.totalCount).toBe(body.data.actors.edges.length);
    return body.data.actors.edges.map((e: any) => e.node.id);
  }
  const anyRole = () => true;
  /** Actors holding, in one and the same partnership passing `test`, a role passing `role`. */
  const takingPart = (test: (p: SeedPartnership) => boolean, role: (r: string) => boolean = anyRole) => {
    const found = new Set(
      shown.partnerships
        .filter(test)
        .flatMap((p) => p.participants.filter((x) => role(x.role)).map((x) => x.actorId)),
    );
    return nameOrder(shown.actors.filter((a: SeedActor) => found.has(a.id)));
  };

  it('keeps actors without partnerships when no partnership condition is given', async () => {
    expect(await listed('{ areaIds: null, roles: null, asOf: null }')).toEqual(nameOrder(shown.actors));
  });

  it('filters by ids', async () => {
    expect(await listed('{ ids: ["sida", "unicef-kosovo", "nobody"] }')).toEqual(
      nameOrder(shown.actors.filter((a) => ['sida', 'unicef-kosovo'].includes(a.id))),
    );
  });

  // Every row has all four values: jest would take a missing trailing one for a `done` callback.
  it.each<[string, string, (p: SeedPartnership) => boolean, (r: string) => boolean]>([
    [
      'areaIds (inside them too)',
      '{ areaIds: ["district-peja"] }',
      (p) => p.areaIds.some((id) => within('district-peja').has(id)),
      anyRole,
    ],
    [
      'themeIds',
      '{ themeIds: ["early-childhood-health-and-nutrition"] }',
      (p) => p.themeIds.includes('early-childhood-health-and-nutrition'),
      anyRole,
    ],
    [
      'targetGroupIds',
      '{ targetGroupIds: ["adolescents", "girls"] }',
      (p) => p.targetGroups.some((t) => ['adolescents', 'girls'].includes(t.targetGroupId)),
      anyRole,
    ],
    [
      'partnershipKinds',
      '{ partnershipKinds: [FUNDING, MENTORSHIP] }',
      (p) => ['FUNDING', 'MENTORSHIP'].includes(p.kind),
      anyRole,
    ],
    ['roles (their own)', '{ roles: [FUNDER] }', () => true, (r) => r === 'FUNDER'],
    ['asOf', '{ asOf: "2021-06-01" }', (p) => isActive(p, '2021-06-01'), anyRole],
    [
      'conditions holding in one partnership',
      '{ roles: [LEAD], areaIds: ["peje"], partnershipKinds: [COORDINATION] }',
      (p) => p.areaIds.includes('peje') && p.kind === 'COORDINATION',
      (r) => r === 'LEAD',
    ],
  ])('filters by %s', async (_name, filter, test, role) => {
    const expected = takingPart(test, role);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(shown.actors.length);
    expect(await listed(filter)).toEqual(expected);
  });

  it('combines partnership conditions with the actor’s own', async () => {
    const expected = takingPart((p) => p.areaIds.includes('peje')).filter(
      (id) => shown.actors.find((a) => a.id === id)!.sector === 'GOVERNMENT',
    );
    expect(await listed('{ areaIds: ["peje"], sectors: [GOVERNMENT] }')).toEqual(expected);
  });

  it('rejects ids that are not slugs, naming the argument path', async () => {
    const body = await api().graphql(
      '{ actors(filter: { ids: ["ok"], areaIds: ["Peja!"] }) { totalCount } }',
    );
    expect(badInput(body)).toEqual([{ path: 'filter.areaIds[0]', message: expect.stringContaining('slug') }]);
  });
});
