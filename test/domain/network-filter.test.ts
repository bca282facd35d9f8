import {
  NetworkFilterSchema,
  actorPasses,
  partnershipPasses,
  type Actor,
  type Partnership,
} from '../../src/domain';
import { issuePaths, parseValid } from './issues';

const actor: Actor = { id: 'up', name: 'UP', sector: 'ACADEMIA', kind: 'UNIVERSITY', tags: [] };
const p: Partnership = {
  id: 'p',
  title: 'P',
  kind: 'RESEARCH_AND_DATA',
  startDate: '2022-06-01',
  participants: [{ actorId: 'up', role: 'LEAD' }],
  areaIds: ['peje'],
  themeIds: ['child-protection'],
  targetGroups: [],
};

describe('NetworkFilterSchema', () => {
  it('accepts a full filter and nulls', () => {
    const filter = {
      asOf: '2024-01-01',
      sectors: ['GOVERNMENT'],
      partnershipKinds: ['FUNDING'],
      themeIds: ['t'],
      areaIds: ['kosovo'],
    };
    expect(parseValid(NetworkFilterSchema, filter)).toEqual(filter);
    expect(parseValid(NetworkFilterSchema, { asOf: null, sectors: null, areaIds: null })).toEqual({});
  });
  it('names each bad field', () => {
    expect(
      issuePaths(NetworkFilterSchema, {
        asOf: '2024-02-30',
        sectors: ['X'],
        partnershipKinds: ['Y'],
        themeIds: ['Bad Id'],
        top: 3,
      }).sort(),
    ).toEqual(['asOf', 'partnershipKinds[0]', 'sectors[0]', 'themeIds[0]', 'top'].sort());
  });
});

describe('actorPasses and partnershipPasses', () => {
  it('filters actors by sector only', () => {
    expect(actorPasses(actor, {})).toBe(true);
    expect(actorPasses(actor, { sectors: ['ACADEMIA', 'GOVERNMENT'] })).toBe(true);
    expect(actorPasses(actor, { sectors: ['GOVERNMENT'] })).toBe(false);
    expect(actorPasses(actor, { asOf: '1900-01-01', partnershipKinds: ['FUNDING'] })).toBe(true);
  });

  it('filters partnerships by asOf, kinds, themes and areas', () => {
    expect(partnershipPasses(p, {})).toBe(true);
    expect(partnershipPasses(p, { asOf: '2022-06-01' })).toBe(true);
    expect(partnershipPasses(p, { asOf: '2022-05-31' })).toBe(false);
    expect(partnershipPasses(p, { partnershipKinds: ['FUNDING'] })).toBe(false);
    expect(partnershipPasses(p, { partnershipKinds: ['FUNDING', 'RESEARCH_AND_DATA'] })).toBe(true);
    expect(partnershipPasses(p, { themeIds: ['other', 'child-protection'] })).toBe(true);
    expect(partnershipPasses(p, { themeIds: ['other'] })).toBe(false);
    expect(partnershipPasses(p, { sectors: ['GOVERNMENT'] })).toBe(true);
  });

  it('uses the expanded area scope when given, else the listed areas', () => {
    expect(partnershipPasses(p, { areaIds: ['peje'] })).toBe(true);
    expect(partnershipPasses(p, { areaIds: ['region-peje'] })).toBe(false);
    expect(partnershipPasses(p, { areaIds: ['region-peje'] }, new Set(['region-peje', 'peje']))).toBe(true);
    expect(partnershipPasses(p, { areaIds: ['region-gjakove'] }, new Set(['region-gjakove', 'decan']))).toBe(
      false,
    );
  });
});
