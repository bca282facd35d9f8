import {
  PARTNERSHIP_KINDS,
  PartnershipSchema,
  ROLES,
  TargetGroupSchema,
  ThemeSchema,
  isActiveAt,
} from '../../src/domain';
import { issuePaths, parseValid } from './issues';

const partnership = {
  id: 'ece-peje',
  title: 'Early childhood education in Pejë',
  kind: 'SERVICE_DELIVERY',
  startDate: '2021-01-01',
  endDate: '2023-12-31',
  participants: [
    { actorId: 'komuna-peje', role: 'LEAD' },
    { actorId: 'unicef', role: 'FUNDER' },
  ],
  areaIds: ['peje'],
  themeIds: ['inclusive-education'],
  targetGroups: [{ targetGroupId: 'rae', targeted: 500, reached: 420 }],
};

describe('PartnershipSchema', () => {
  it('accepts a full record, and lists default to []', () => {
    expect(parseValid(PartnershipSchema, partnership)).toEqual(partnership);
    const minimal = {
      id: 'p',
      title: 'P',
      kind: 'ADVOCACY',
      participants: [{ actorId: 'a', role: 'MEMBER' }],
    };
    expect(parseValid(PartnershipSchema, minimal)).toEqual({
      ...minimal,
      areaIds: [],
      themeIds: [],
      targetGroups: [],
    });
    expect(
      parseValid(PartnershipSchema, {
        ...minimal,
        areaIds: null,
        themeIds: null,
        targetGroups: null,
        startDate: null,
        endDate: null,
        description: null,
      }),
    ).toEqual({
      ...minimal,
      areaIds: [],
      themeIds: [],
      targetGroups: [],
    });
  });

  it('accepts every kind and role, a one-day partnership and the same actor in two roles', () => {
    for (const kind of PARTNERSHIP_KINDS)
      expect(issuePaths(PartnershipSchema, { ...partnership, kind })).toEqual([]);
    for (const role of ROLES)
      expect(
        issuePaths(PartnershipSchema, { ...partnership, participants: [{ actorId: 'a', role }] }),
      ).toEqual([]);
    expect(
      issuePaths(PartnershipSchema, { ...partnership, startDate: '2024-02-29', endDate: '2024-02-29' }),
    ).toEqual([]);
    expect(
      issuePaths(PartnershipSchema, {
        ...partnership,
        participants: [
          { actorId: 'a', role: 'FUNDER' },
          { actorId: 'a', role: 'LEAD' },
        ],
      }),
    ).toEqual([]);
    expect(
      parseValid(PartnershipSchema, {
        ...partnership,
        targetGroups: [{ targetGroupId: 'rae', targeted: 0, reached: null }],
      }).targetGroups,
    ).toEqual([{ targetGroupId: 'rae', targeted: 0 }]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an endDate before the startDate', { startDate: '2024-03-01', endDate: '2024-02-29' }, ['endDate']],
    ['an endDate without a startDate', { startDate: undefined }, ['startDate']],
    ['an impossible date', { startDate: '2023-02-29' }, ['startDate']],
    ['a date with a time', { endDate: '2023-12-31T00:00:00Z' }, ['endDate']],
    ['a date in another format', { startDate: '01/01/2021' }, ['startDate']],
    ['an unknown kind', { kind: 'LOBBYING' }, ['kind']],
    ['no participants', { participants: [] }, ['participants']],
    ['missing participants', { participants: undefined }, ['participants']],
    ['an unknown role', { participants: [{ actorId: 'a', role: 'SPONSOR' }] }, ['participants[0].role']],
    [
      'a participant that is no slug',
      {
        participants: [
          { actorId: 'a', role: 'LEAD' },
          { actorId: 'UNICEF', role: 'LEAD' },
        ],
      },
      ['participants[1].actorId'],
    ],
    [
      'a participant with an unknown field',
      { participants: [{ actorId: 'a', role: 'LEAD', share: 0.5 }] },
      ['participants[0].share'],
    ],
    [
      'the same participant twice in one role',
      {
        participants: [
          { actorId: 'a', role: 'LEAD' },
          { actorId: 'b', role: 'LEAD' },
          { actorId: 'a', role: 'LEAD' },
        ],
      },
      ['participants[2]'],
    ],
    ['an area twice', { areaIds: ['peje', 'decan', 'peje'] }, ['areaIds[2]']],
    ['a theme twice', { themeIds: ['t', 't'] }, ['themeIds[1]']],
    [
      'a target group twice',
      { targetGroups: [{ targetGroupId: 'g' }, { targetGroupId: 'g', reached: 1 }] },
      ['targetGroups[1]'],
    ],
    [
      'a negative count',
      { targetGroups: [{ targetGroupId: 'g', targeted: 10, reached: -1 }] },
      ['targetGroups[0].reached'],
    ],
    [
      'a fractional count',
      { targetGroups: [{ targetGroupId: 'g', targeted: 2.5 }] },
      ['targetGroups[0].targeted'],
    ],
    ['a blank title', { title: ' ' }, ['title']],
    ['an unknown field', { budget: 1000 }, ['budget']],
  ])('rejects %s', (_what, patch, paths) => {
    expect(issuePaths(PartnershipSchema, { ...partnership, ...patch }).sort()).toEqual([...paths].sort());
  });

  it('an end date needs a start, exact or approximate, so the record is not active on every earlier day', () => {
    const ended = { ...partnership, startDate: undefined };
    expect(PartnershipSchema.safeParse(ended).error?.issues).toEqual([
      expect.objectContaining({
        path: ['startDate'],
        message:
          "is needed with endDate 2023-12-31: give the event's own day, or an approximate start " +
          '(startDatePrecision YEAR or APPROXIMATE), so the partnership is not active on every earlier date',
      }),
    ]);
    const approximate = { ...partnership, startDate: '2023-01-01', startDatePrecision: 'APPROXIMATE' };
    expect(parseValid(PartnershipSchema, approximate).startDatePrecision).toBe('APPROXIMATE');
    // An open end stays allowed: an ongoing partnership.
    expect(parseValid(PartnershipSchema, { ...partnership, endDate: undefined }).endDate).toBeUndefined();
  });

  it('reports reversed dates together with other field problems', () => {
    const paths = issuePaths(PartnershipSchema, {
      ...partnership,
      title: '',
      participants: [],
      startDate: '2024-02-01',
      endDate: '2024-01-01',
    });
    expect(paths.sort()).toEqual(['endDate', 'participants', 'title']);
  });

  it('reports reversed dates even when an enum is misspelt', () => {
    // "issues lists every problem found, not only the first" (errors.ts).
    const paths = issuePaths(PartnershipSchema, {
      ...partnership,
      kind: 'FUNDS',
      startDate: '2024-02-01',
      endDate: '2024-01-01',
    });
    expect(paths.sort()).toEqual(['endDate', 'kind']);
  });
});

describe('ThemeSchema and TargetGroupSchema', () => {
  it.each([
    ['ThemeSchema', ThemeSchema],
    ['TargetGroupSchema', TargetGroupSchema],
  ] as const)('%s accepts a term and rejects bad ids, blank names and unknown fields', (_name, schema) => {
    expect(parseValid(schema, { id: 'girls', name: ' Girls ', description: null })).toEqual({
      id: 'girls',
      name: 'Girls',
    });
    expect(issuePaths(schema, { id: 'Girls', name: '' }).sort()).toEqual(['id', 'name']);
    expect(issuePaths(schema, { id: 'girls', name: 'Girls', level: 'x' })).toEqual(['level']);
    expect(issuePaths(schema, { id: 'girls', name: 'Girls', description: 'x'.repeat(10_001) })).toEqual([
      'description',
    ]);
  });
});

describe('isActiveAt', () => {
  const p = { startDate: '2021-01-01', endDate: '2023-12-31' };
  it('includes the start and end days and nothing outside them', () => {
    expect(isActiveAt(p, '2020-12-31')).toBe(false);
    expect(isActiveAt(p, '2021-01-01')).toBe(true);
    expect(isActiveAt(p, '2022-07-15')).toBe(true);
    expect(isActiveAt(p, '2023-12-31')).toBe(true);
    expect(isActiveAt(p, '2024-01-01')).toBe(false);
  });
  it('treats a missing date as open-ended', () => {
    expect(isActiveAt({ endDate: '2024-05-31' }, '1900-01-01')).toBe(true);
    expect(isActiveAt({ endDate: '2024-05-31' }, '2024-06-01')).toBe(false);
    expect(isActiveAt({ startDate: '2022-06-01' }, '2022-05-31')).toBe(false);
    expect(isActiveAt({ startDate: '2022-06-01' }, '2999-12-31')).toBe(true);
    expect(isActiveAt({}, '2024-02-29')).toBe(true);
  });
  it('a one-day partnership is active on that day only', () => {
    const day = { startDate: '2024-02-29', endDate: '2024-02-29' };
    expect([
      isActiveAt(day, '2024-02-28'),
      isActiveAt(day, '2024-02-29'),
      isActiveAt(day, '2024-03-01'),
    ]).toEqual([false, true, false]);
  });
});
