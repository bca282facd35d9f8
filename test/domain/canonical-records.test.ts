import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ActorSchema,
  AreaSchema,
  ENTITY_KINDS,
  PartnershipSchema,
  TargetGroupSchema,
  ThemeSchema,
  parseCanonical,
  type EntityKind,
} from '../../src/domain';
import { syntheticNetwork } from '../../src/io/generate/synthetic-network';

const SCHEMAS = {
  actors: ActorSchema,
  partnerships: PartnershipSchema,
  areas: AreaSchema,
  themes: ThemeSchema,
  targetGroups: TargetGroupSchema,
};

/** A value with its key order and undefined-valued keys made visible, so toStrictEqual compares both. */
function layout(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(layout);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).map(([k, v]) => [k, v === undefined ? '<undefined>' : layout(v)]);
  return value;
}

/** The fast path may decline anything; what it accepts, the schema must accept with the very same output. */
function expectAgreement(kind: EntityKind, value: unknown): boolean {
  const fast = parseCanonical(kind, value);
  if (fast === undefined) return false;
  const parsed = SCHEMAS[kind].safeParse(value);
  expect({ kind, value, success: parsed.success }).toEqual({ kind, value, success: true });
  expect(layout(fast)).toStrictEqual(layout(parsed.data));
  return true;
}

const JSON_ROUND_TRIP = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('parseCanonical, the fast path for records already in canonical form', () => {
  it('accepts every record of a generated network and of the Kosovo seed, with the output of the schema', () => {
    const generated = JSON_ROUND_TRIP(syntheticNetwork({ actors: 300, seed: 7 }));
    const seed = JSON.parse(readFileSync(join(__dirname, '../../seeds/kosovo.json'), 'utf8')) as Record<
      EntityKind,
      unknown[]
    >;
    for (const network of [generated, seed])
      for (const kind of ENTITY_KINDS)
        for (const record of network[kind] ?? []) expect(expectAgreement(kind, record)).toBe(true);
  });

  it('returns a record in canonical form, keys in order, as itself (frozen), and any other as a new one', () => {
    const term = { id: 'cr-t', name: 'T' };
    expect(parseCanonical('themes', term)).toBe(term);
    expect(Object.isFrozen(term)).toBe(true);
    const reordered = { name: 'T', id: 'cr-t' };
    expect(parseCanonical('themes', reordered)).not.toBe(reordered);
    expect(Object.isFrozen(reordered)).toBe(false);
  });

  it('returns deeply frozen records', () => {
    const p = parseCanonical('partnerships', {
      id: 'cr-p',
      title: 'P',
      kind: 'FUNDING',
      participants: [{ actorId: 'cr-a', role: 'LEAD' }],
      targetGroups: [{ targetGroupId: 'cr-g', reached: 3 }],
    })!;
    expect([p, p.participants, p.participants[0], p.areaIds, p.targetGroups[0]].every(Object.isFrozen)).toBe(
      true,
    );
  });

  const actor = { id: 'cr-a', name: 'Actor', sector: 'ACADEMIA', kind: 'UNIVERSITY', tags: ['x'] };
  const partnership = {
    id: 'cr-p',
    title: 'P',
    kind: 'FUNDING',
    startDate: '2024-02-29',
    endDate: '2024-03-01',
    participants: [
      { actorId: 'cr-a', role: 'LEAD' },
      { actorId: 'cr-a', role: 'FUNDER' },
    ],
    areaIds: ['cr-area'],
    themeIds: [],
    targetGroups: [{ targetGroupId: 'cr-g', targeted: 10, reached: 0 }],
  };
  const area = { id: 'cr-m', name: 'M', level: 'MUNICIPALITY', parentId: 'cr-r', population: 10 };
  // Each variant either stays canonical (then both must agree) or is not, and zod must have its say.
  const variants: [EntityKind, Record<string, unknown>, boolean][] = [
    ['actors', { ...actor, tags: undefined }, true],
    ['actors', { ...actor, tags: null }, true],
    ['actors', { id: 'cr-a', name: 'A', sector: 'ACADEMIA', kind: 'UNIVERSITY' }, true],
    ['actors', { ...actor, acronym: null }, true],
    ['actors', { ...actor, acronym: undefined }, true],
    ['actors', { ...actor, website: 'https://example.org/a' }, true],
    ['actors', { ...actor, website: 'ftp://example.org' }, false],
    ['actors', { ...actor, website: 'not a url' }, false],
    ['actors', { ...actor, name: ' Actor' }, false],
    ['actors', { ...actor, name: '' }, false],
    ['actors', { ...actor, name: 'x'.repeat(301) }, false],
    ['actors', { ...actor, acronym: 'x'.repeat(41) }, false],
    ['actors', { ...actor, tags: ['x', 'x'] }, false],
    ['actors', { ...actor, tags: ['x', ' y'] }, false],
    ['actors', { ...actor, tags: 'x' }, false],
    ['actors', { ...actor, tags: Array.from({ length: 65 }, (_, i) => `t${i}`) }, false],
    ['actors', { ...actor, tags: Array.from({ length: 64 }, (_, i) => `t${i}`) }, true],
    ['actors', { ...actor, sector: 'academia' }, false],
    ['actors', { ...actor, identifiers: [{ scheme: 'IATI', id: 'AA-1' }] }, true],
    ['actors', { ...actor, identifiers: [] }, false],
    ['actors', { ...actor, identifiers: null }, true],
    ['actors', { ...actor, identifiers: [{ scheme: 'iati', id: 'AA-1' }] }, false],
    ['actors', { ...actor, identifiers: [{ scheme: 'IATI', id: ' AA-1' }] }, false],
    ['actors', { ...actor, identifiers: [{ id: 'AA-1', scheme: 'IATI' }] }, true],
    [
      'actors',
      {
        ...actor,
        identifiers: [
          { scheme: 'IATI', id: 'AA-1' },
          { scheme: 'IATI', id: 'aa-1' },
        ],
      },
      false,
    ],
    ['actors', { ...actor, id: 'Cr-A' }, false],
    ['actors', { ...actor, id: 'a'.repeat(101) }, false],
    ['actors', { ...actor, homeAreaId: 'cr--x' }, false],
    ['actors', { ...actor, extra: 1 }, false],
    ['actors', Object.assign(Object.create({ inherited: 1 }) as object, actor), false],
    ['partnerships', partnership, true],
    ['partnerships', { ...partnership, startDate: null, endDate: undefined }, true],
    ['partnerships', { ...partnership, endDate: '2024-02-28' }, false],
    ['partnerships', { ...partnership, startDate: undefined }, false],
    ['partnerships', { ...partnership, currency: 'EUR', totalCommitment: 10.5, totalDisbursement: 0 }, true],
    ['partnerships', { ...partnership, totalCommitment: 10 }, false],
    ['partnerships', { ...partnership, currency: 'eur', totalCommitment: 10 }, false],
    ['partnerships', { ...partnership, currency: 'EUR', totalDisbursement: -1 }, false],
    ['partnerships', { ...partnership, currency: 'EUR', totalDisbursement: Infinity }, false],
    ['partnerships', { ...partnership, startDate: '2023-02-29' }, false],
    ['partnerships', { ...partnership, startDate: '2024-2-01' }, false],
    ['partnerships', { ...partnership, participants: [] }, false],
    ['partnerships', { ...partnership, participants: [{ actorId: 'cr-a', role: 'LEAD', x: 1 }] }, false],
    ['partnerships', { ...partnership, participants: [{ role: 'LEAD', actorId: 'cr-a' }] }, true],
    ['partnerships', { ...partnership, areaIds: ['cr-area', 'cr-area'] }, false],
    ['partnerships', { ...partnership, areaIds: [, 'cr-area'] }, false], // eslint-disable-line no-sparse-arrays
    ['partnerships', { ...partnership, targetGroups: [{ targetGroupId: 'cr-g', reached: 1.5 }] }, false],
    ['partnerships', { ...partnership, targetGroups: [{ targetGroupId: 'cr-g', reached: -1 }] }, false],
    ['partnerships', { ...partnership, targetGroups: [{ targetGroupId: 'cr-g', reached: null }] }, true],
    [
      'partnerships',
      {
        ...partnership,
        targetGroups: [{ targetGroupId: 'cr-g' }, { targetGroupId: 'cr-g', reached: 1 }],
      },
      false,
    ],
    ['areas', area, true],
    ['areas', { ...area, population: -0 }, true],
    ['areas', { ...area, parentId: 'cr-m' }, false],
    ['areas', { ...area, level: 'COUNTRY' }, false],
    ['areas', { ...area, childPopulation: 11 }, false],
    ['areas', { ...area, population: Number.MAX_SAFE_INTEGER + 1 }, false],
    ['themes', { id: 'cr-t', name: 'T', description: '' }, true],
    ['themes', { id: 'cr-t', name: 'T', description: ' d' }, false],
    ['targetGroups', { id: 'cr-g', name: 'G', source: 'survey' }, true],
  ];
  it.each(variants)('%s %j: canonical %s', (kind, value, canonical) => {
    expect(expectAgreement(kind, value)).toBe(canonical);
  });

  it('declines what is not a plain object', () => {
    for (const value of [null, undefined, 'x', [], new Map()])
      expect(parseCanonical('themes', value)).toBeUndefined();
  });
});
