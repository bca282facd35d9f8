import neo4j from 'neo4j-driver';
import { ActorSchema, AreaSchema, PartnershipSchema, ThemeSchema } from '../../../src/domain';
import { NODE_FIELDS } from '../../../src/store/neo4j/graph-model';
import { FROM_ROW, dateToIso, int, isoToDate, toNodeProps, toNumber } from '../../../src/store/neo4j/records';
import { canonicalJson } from '../../../src/lib/canonical-json';
import { makeNetwork } from '../contract/fixtures';

/**
 * Node ↔ record conversion without a database: what the driver hands back (numbers or Integers, DATE
 * values, null for a missing property, unordered link lists) becomes exactly the record that was written.
 */

/** A node as a by-id statement returns it, built from the properties toNodeProps writes and the links. */
function asRead(props: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const { Actor: actor, Partnership: partnership, Area: area } = NODE_FIELDS;
  const keys: readonly string[] = 'title' in props ? partnership : 'level' in props ? area : actor;
  // A map projection gives every key asked for, null where the node has no such property.
  const row = Object.fromEntries(keys.map((k) => [k, props[k] ?? null]));
  // disableLosslessIntegers: integers arrive as JS numbers.
  for (const [k, v] of Object.entries(row))
    if (neo4j.isInt(v)) row[k] = (v as ReturnType<typeof int>).toNumber();
  return { ...row, ...extra };
}

describe('driver values', () => {
  it('converts integers, whatever form the driver gives them in', () => {
    expect(toNumber(42)).toBe(42);
    expect(toNumber(neo4j.int(1_586_659))).toBe(1_586_659);
    expect(toNumber(BigInt(7))).toBe(7);
    expect(() => toNumber('42')).toThrow(/integer/);
    expect(() => toNumber(null)).toThrow(/integer/);
    expect(neo4j.isInt(int(3))).toBe(true);
    expect(int(3).toNumber()).toBe(3);
  });

  it('converts ISO dates to DATE values and back, zero-padded, with number or Integer fields', () => {
    const date = isoToDate('2024-02-29');
    expect(neo4j.isDate(date)).toBe(true);
    expect([date.year, date.month, date.day]).toEqual([2024, 2, 29]);
    expect(dateToIso(date)).toBe('2024-02-29');
    expect(dateToIso(new neo4j.types.Date(neo4j.int(987), neo4j.int(3), neo4j.int(1)))).toBe('0987-03-01');
    expect(() => isoToDate('2024-2-29')).toThrow(/ISO date/);
    expect(() => dateToIso('2024-02-29')).toThrow(/DATE/);
  });

  it('refuses impossible calendar dates, which the driver would send as another day', () => {
    // The driver accepts day 30 of February and packs it as days since the epoch: 2023-03-02 on the server.
    expect(new neo4j.types.Date(2023, 2, 30).toString()).toBe('2023-02-30');
    for (const iso of ['2023-02-29', '2023-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00'])
      expect(() => isoToDate(iso)).toThrow(/ISO date/);
    expect(dateToIso(isoToDate('2024-02-29'))).toBe('2024-02-29');
    expect(dateToIso(isoToDate('0001-01-01'))).toBe('0001-01-01');
    expect(dateToIso(isoToDate('9999-12-31'))).toBe('9999-12-31');
  });
});

describe('records ↔ nodes', () => {
  const { ids, network } = makeNetwork('rc');

  it('writes every field as a property (absent fields absent, dates as DATE, counts as Integer)', () => {
    const ece = network.partnerships.find((p) => p.id === ids.ece)!;
    const props = toNodeProps('partnerships', ece);
    expect(neo4j.isDate(props.startDate)).toBe(true);
    expect(props).toMatchObject({
      id: ids.ece,
      title: 'Early childhood education in Pejë',
      kind: 'SERVICE_DELIVERY',
      sortName: 'early childhood education in peje',
      startSort: '2021-01-01',
      searchText: 'early childhood education in peje',
      searchNames: ['early childhood education in peje'],
    });
    for (const key of ['description', 'source', 'participants', 'areaIds'])
      expect(props).not.toHaveProperty(key);
    for (const value of Object.values(props)) expect(value).not.toBeUndefined();

    const undated = toNodeProps(
      'partnerships',
      network.partnerships.find((p) => p.id === ids.scholarships)!,
    );
    expect(undated.startSort).toBe('');
    expect(undated).not.toHaveProperty('startDate');

    const peje = toNodeProps(
      'areas',
      network.areas.find((a) => a.id === ids.peje)!,
    );
    expect(neo4j.isInt(peje.population)).toBe(true);
    expect(peje).toMatchObject({ altName: 'Peć', searchNames: ['peje', 'pec'], searchText: 'peje pec' });
    expect(peje).not.toHaveProperty('parentId'); // a PART_OF relationship

    const mesti = toNodeProps(
      'actors',
      network.actors.find((a) => a.id === ids.mesti)!,
    );
    expect(mesti).toMatchObject({ acronym: 'MESTI', foldedAcronym: 'mesti' });
    expect(mesti).not.toHaveProperty('tags'); // [] is stored as no property
    expect(mesti).not.toHaveProperty('homeAreaId'); // a BASED_IN relationship
  });

  it('reads back exactly the record written, for every record of the fixture', () => {
    for (const actor of network.actors) {
      const row = asRead(toNodeProps('actors', actor), { homeAreaId: actor.homeAreaId ?? null });
      const read = FROM_ROW.actors(row);
      expect(read).toEqual(actor);
      expect(canonicalJson(read)).toBe(canonicalJson(ActorSchema.parse(actor)));
    }
    for (const area of network.areas) {
      const read = FROM_ROW.areas(asRead(toNodeProps('areas', area), { parentId: area.parentId ?? null }));
      expect(read).toEqual(area);
      expect(canonicalJson(read)).toBe(canonicalJson(AreaSchema.parse(area)));
    }
    for (const theme of network.themes) {
      const read = FROM_ROW.themes({
        ...toNodeProps('themes', theme),
        description: theme.description ?? null,
      });
      expect(canonicalJson(read)).toBe(canonicalJson(ThemeSchema.parse(theme)));
    }
    for (const p of network.partnerships) {
      // The graph gives links in no particular order: reversed here, `ord` must put them back.
      const links = {
        participants: p.participants.map((x, i) => ({ ...x, ord: i })).reverse(),
        areaIds: p.areaIds.map((id, i) => ({ id, ord: neo4j.int(i) })).reverse(),
        themeIds: p.themeIds.map((id, i) => ({ id, ord: i })).reverse(),
        targetGroups: p.targetGroups
          .map((t, i) => ({ targeted: null, reached: null, ...t, ord: i }))
          .reverse(),
      };
      const read = FROM_ROW.partnerships(asRead(toNodeProps('partnerships', p), links));
      expect(read).toEqual(p);
      expect(canonicalJson(read)).toBe(canonicalJson(PartnershipSchema.parse(p)));
    }
  });

  it('leaves out fields that come back null and gives [] for missing lists', () => {
    expect(
      FROM_ROW.actors({
        id: 'a',
        name: 'A',
        acronym: null,
        sector: 'ACADEMIA',
        kind: 'UNIVERSITY',
        description: null,
        website: null,
        tags: null,
        source: null,
        homeAreaId: null,
      }),
    ).toStrictEqual({ id: 'a', name: 'A', sector: 'ACADEMIA', kind: 'UNIVERSITY', tags: [] });
    const p = FROM_ROW.partnerships({
      id: 'p',
      title: 'P',
      kind: 'ADVOCACY',
      startDate: null,
      endDate: new neo4j.types.Date(2024, 12, 31),
      description: null,
      source: null,
      participants: [{ actorId: 'a', role: 'LEAD', ord: 0 }],
      areaIds: [],
      themeIds: [],
      targetGroups: [{ targetGroupId: 'g', targeted: null, reached: neo4j.int(0), ord: 0 }],
    });
    expect(p).toStrictEqual({
      id: 'p',
      title: 'P',
      kind: 'ADVOCACY',
      endDate: '2024-12-31',
      participants: [{ actorId: 'a', role: 'LEAD' }],
      areaIds: [],
      themeIds: [],
      targetGroups: [{ targetGroupId: 'g', reached: 0 }],
    });
  });
});
