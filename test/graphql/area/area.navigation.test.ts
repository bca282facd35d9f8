import { useTestApi } from '../../helpers/api';
import {
  actor,
  isActive,
  listed,
  nameOrder,
  participantIds,
  partnershipsWithin,
  seed,
  titleOrder,
  within,
} from '../../helpers/kosovo-seed';
import { walkPages } from '../../helpers/paging';

/** An area's children, and the partnerships and actors in it or inside it. */
describe('area navigation', () => {
  const api = useTestApi();

  const nodeIds = (connection: any): string[] => connection.edges.map((e: any) => e.node.id);
  const workingIn = (areaId: string, asOf?: string) =>
    participantIds(partnershipsWithin(areaId).filter((p) => !asOf || isActive(p, asOf)));
  const basedIn = (areaId: string) =>
    nameOrder(seed.actors.filter((a) => a.homeAreaId !== undefined && within(areaId).has(a.homeAreaId)));

  it('lists the children of an area by name', async () => {
    const body = await api().graphql(
      '{ kosovo: area(id: "kosovo") { children { id: slug } } peja: area(id: "district-peja") { children { id: slug } } peje: area(id: "peje") { children { id: slug } } }',
    );
    const childrenOf = (id: string) => nameOrder(seed.areas.filter((a) => a.parentId === id));
    expect(body.data.kosovo.children.map((a: any) => a.id)).toEqual(childrenOf('kosovo'));
    expect(body.data.kosovo.children).toHaveLength(7);
    expect(body.data.peja.children.map((a: any) => a.id)).toEqual(childrenOf('district-peja'));
    expect(body.data.peje.children).toEqual([]);
  });

  it('lists the partnerships in every district or inside it', async () => {
    const body = await api().graphql(
      '{ areas(level: REGION) { id: slug partnerships(first: 500) { totalCount edges { node { id: slug } } } dated: partnerships(asOf: "2023-12-01", first: 500) { edges { node { id: slug } } } } }',
    );
    expect(body.data.areas).toHaveLength(7);
    for (const area of body.data.areas) {
      expect(nodeIds(area.partnerships)).toEqual(titleOrder(partnershipsWithin(area.id)));
      expect(area.partnerships.totalCount).toBe(partnershipsWithin(area.id).length);
      expect(nodeIds(area.dated)).toEqual(
        titleOrder(partnershipsWithin(area.id).filter((p) => isActive(p, '2023-12-01'))),
      );
    }
    const country = await api().graphql('{ area(id: "kosovo") { partnerships { totalCount } } }');
    expect(country.data.area.partnerships.totalCount).toBe(listed.partnerships.length);
  });

  it('lists the actors working in an area through its partnerships, by name', async () => {
    const body = await api().graphql(`{ area(id: "district-peja") {
      all: actors(first: 500) { totalCount edges { node { id: slug } } }
      government: actors(sectors: [GOVERNMENT], first: 500) { edges { node { id: slug } } }
      dated: actors(asOf: "2024-01-01", first: 500) { edges { node { id: slug } } }
    } }`);
    const all = workingIn('district-peja');
    expect(nodeIds(body.data.area.all)).toEqual(nameOrder(seed.actors.filter((a) => all.has(a.id))));
    expect(body.data.area.all.totalCount).toBe(all.size);
    expect(nodeIds(body.data.area.government)).toEqual(
      nameOrder(seed.actors.filter((a) => all.has(a.id) && a.sector === 'GOVERNMENT')),
    );
    const dated = workingIn('district-peja', '2024-01-01');
    expect(nodeIds(body.data.area.dated)).toEqual(nameOrder(seed.actors.filter((a) => dated.has(a.id))));
  });

  it('pages the actors of an area like the root actor listing', async () => {
    const query = `query($after: String) { area(id: "peje") { actors(first: 4, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id: slug } } } } }`;
    const walk = await walkPages(
      (v) => api().graphql(query, v),
      (d) => d.area.actors,
    );
    const expected = workingIn('peje');
    expect(walk.ids).toEqual(nameOrder(seed.actors.filter((a) => expected.has(a.id))));
    expect(walk.pages).toBe(Math.ceil(expected.size / 4));
  });

  it('lists the actors based in an area or inside it', async () => {
    const body = await api().graphql(
      '{ peja: area(id: "district-peja") { basedActors { id: slug } } peje: area(id: "peje") { basedActors { id: slug homeArea { id: slug } } } }',
    );
    expect(body.data.peja.basedActors.map((a: any) => a.id)).toEqual(basedIn('district-peja'));
    expect(body.data.peja.basedActors.length).toBeGreaterThan(body.data.peje.basedActors.length);
    expect(body.data.peje.basedActors.map((a: any) => a.id)).toEqual(basedIn('peje'));
    for (const a of body.data.peje.basedActors) expect(actor(a.id).homeAreaId).toBe('peje');
  });
});
