import { ACTOR_KINDS, ActorSchema, SECTORS } from '../../src/domain';
import { issuePaths, parseValid } from './issues';

const actor = { id: 'syri-i-vizionit', name: 'Syri i Vizionit', sector: 'CIVIL_SOCIETY', kind: 'NGO' };

describe('ActorSchema', () => {
  it('accepts a full record and normalises it (trimmed text, tags default to [])', () => {
    const full = {
      ...actor,
      name: '  Syri i Vizionit ',
      acronym: ' SiV ',
      description: 'Youth NGO in Pejë',
      website: 'https://syriivizionit.org/en?x=1',
      homeAreaId: 'peje',
      tags: [' youth', 'disability '],
      source: 'seed 004',
    };
    expect(parseValid(ActorSchema, full)).toEqual({
      ...full,
      name: 'Syri i Vizionit',
      acronym: 'SiV',
      tags: ['youth', 'disability'],
    });
    expect(parseValid(ActorSchema, actor)).toEqual({ ...actor, tags: [] });
  });

  it('accepts null for every optional field and stores it as absent', () => {
    const parsed = parseValid(ActorSchema, {
      ...actor,
      acronym: null,
      description: null,
      website: null,
      homeAreaId: null,
      tags: null,
      source: null,
    });
    expect(parsed).toEqual({ ...actor, tags: [] });
    for (const key of ['acronym', 'description', 'website', 'homeAreaId', 'source'] as const)
      expect(parsed[key]).toBeUndefined();
  });

  it('accepts every sector and actor kind of docs/design.md §3', () => {
    expect(SECTORS).toHaveLength(6);
    expect(ACTOR_KINDS).toHaveLength(29);
    for (const sector of SECTORS) expect(issuePaths(ActorSchema, { ...actor, sector })).toEqual([]);
    for (const kind of ACTOR_KINDS) expect(issuePaths(ActorSchema, { ...actor, kind })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an id with capitals and spaces', { id: 'Syri i Vizionit' }, ['id']],
    ['an id with a double hyphen', { id: 'syri--vizionit' }, ['id']],
    ['an id with a leading hyphen', { id: '-syri' }, ['id']],
    ['an id with an accent', { id: 'pejë' }, ['id']],
    ['an empty id', { id: '' }, ['id']],
    ['an id of 101 characters', { id: 'a'.repeat(101) }, ['id']],
    ['a blank name', { name: '   ' }, ['name']],
    ['a name of 301 characters', { name: 'x'.repeat(301) }, ['name']],
    ['a missing name', { name: undefined }, ['name']],
    ['an unknown sector', { sector: 'CHURCH' }, ['sector']],
    ['a lower-case sector', { sector: 'government' }, ['sector']],
    ['an unknown kind', { kind: 'CLUB' }, ['kind']],
    ['a blank acronym', { acronym: ' ' }, ['acronym']],
    ['an acronym of 41 characters', { acronym: 'A'.repeat(41) }, ['acronym']],
    ['an ftp website', { website: 'ftp://example.org' }, ['website']],
    ['a javascript: website', { website: 'javascript:alert(1)' }, ['website']],
    ['a website that is no URL', { website: 'syri i vizionit' }, ['website']],
    ['a home area that is no slug', { homeAreaId: 'Pejë' }, ['homeAreaId']],
    ['a repeated tag (after trimming)', { tags: ['youth', 'disability', ' youth '] }, ['tags[2]']],
    ['an empty tag', { tags: ['youth', ''] }, ['tags[1]']],
    ['tags that are not a list', { tags: 'youth' }, ['tags']],
    ['an unknown field', { email: 'info@example.org' }, ['email']],
    ['two unknown fields', { email: 'x', phone: 'y' }, ['email', 'phone']],
    [
      'several problems at once',
      { id: 'X', sector: 'X', kind: 'X', website: 'x' },
      ['id', 'sector', 'kind', 'website'],
    ],
  ])('rejects %s', (_what, patch, paths) => {
    expect(issuePaths(ActorSchema, { ...actor, ...patch }).sort()).toEqual([...paths].sort());
  });

  it('accepts ids at the edges of the slug rules', () => {
    for (const id of ['a', '0', 'a-1', 'unicef-kosovo-2024', 'a'.repeat(100)])
      expect(issuePaths(ActorSchema, { ...actor, id })).toEqual([]);
  });
});
