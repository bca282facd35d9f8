import { AREA_LEVELS, AreaSchema, canContain, withDescendants } from '../../src/domain';
import { issuePaths, parseValid } from './issues';

const peje = {
  id: 'peje',
  name: 'Pejë',
  altName: 'Peć',
  level: 'MUNICIPALITY',
  parentId: 'region-peje',
  population: 96_450,
  childPopulation: 30_000,
};

describe('AreaSchema', () => {
  it('accepts a municipality, a region and a country without parent', () => {
    expect(parseValid(AreaSchema, peje)).toEqual(peje);
    expect(
      issuePaths(AreaSchema, {
        id: 'region-peje',
        name: 'Rajoni i Pejës',
        level: 'REGION',
        parentId: 'kosovo',
      }),
    ).toEqual([]);
    expect(
      parseValid(AreaSchema, {
        id: 'kosovo',
        name: 'Kosovo',
        level: 'COUNTRY',
        parentId: null,
        population: 0,
        childPopulation: 0,
      }),
    ).toEqual({
      id: 'kosovo',
      name: 'Kosovo',
      level: 'COUNTRY',
      population: 0,
      childPopulation: 0,
    });
    expect(issuePaths(AreaSchema, { ...peje, childPopulation: peje.population })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an unknown level', { level: 'DISTRICT' }, ['level']],
    ['a country with a parent', { level: 'COUNTRY', parentId: 'europe' }, ['parentId']],
    ['an area that is its own parent', { parentId: 'peje' }, ['parentId']],
    ['a negative population', { population: -1, childPopulation: null }, ['population']],
    ['a fractional child population', { childPopulation: 0.5 }, ['childPopulation']],
    ['more children than people', { population: 100, childPopulation: 101 }, ['childPopulation']],
    ['a population given as text', { population: '96450' }, ['population']],
    ['a parent that is no slug', { parentId: 'Rajoni i Pejës' }, ['parentId']],
    ['an unknown field', { iso3: 'XKX' }, ['iso3']],
    ['an empty alternative name', { altName: '' }, ['altName']],
  ])('rejects %s', (_what, patch, paths) => {
    expect([...new Set(issuePaths(AreaSchema, { ...peje, ...patch }))].sort()).toEqual([...paths].sort());
  });

  it('reports the hierarchy problem of an area together with its other field problems', () => {
    // "issues lists every problem found, not only the first" (errors.ts): a typo in one field must not hide another problem.
    expect(
      issuePaths(AreaSchema, {
        id: 'kosovo',
        name: 'Kosovo',
        level: 'COUNTRY',
        parentId: 'europe',
        population: 1.5,
      }).sort(),
    ).toEqual(['parentId', 'population']);
  });
});

describe('canContain', () => {
  it('lets only strictly coarser levels contain finer ones', () => {
    expect(AREA_LEVELS).toEqual(['COUNTRY', 'REGION', 'MUNICIPALITY']);
    expect(canContain('COUNTRY', 'REGION')).toBe(true);
    expect(canContain('COUNTRY', 'MUNICIPALITY')).toBe(true);
    expect(canContain('REGION', 'MUNICIPALITY')).toBe(true);
    expect(canContain('REGION', 'REGION')).toBe(false);
    expect(canContain('MUNICIPALITY', 'MUNICIPALITY')).toBe(false);
    expect(canContain('MUNICIPALITY', 'REGION')).toBe(false);
    expect(canContain('REGION', 'COUNTRY')).toBe(false);
  });
});

describe('withDescendants', () => {
  const children: Record<string, string[]> = {
    kosovo: ['region-peje', 'region-gjakove'],
    'region-peje': ['peje', 'istog'],
    'region-gjakove': ['gjakove', 'decan'],
  };
  const childrenOf = (id: string) => children[id] ?? [];

  it('returns the given areas and everything below them', () => {
    expect([...withDescendants(['region-peje'], childrenOf)].sort()).toEqual([
      'istog',
      'peje',
      'region-peje',
    ]);
    expect(withDescendants(['kosovo'], childrenOf).size).toBe(7);
    expect([...withDescendants(['peje', 'region-gjakove'], childrenOf)].sort()).toEqual([
      'decan',
      'gjakove',
      'peje',
      'region-gjakove',
    ]);
  });

  it('keeps unknown areas, and an empty input gives an empty scope', () => {
    expect([...withDescendants(['atlantis'], childrenOf)]).toEqual(['atlantis']);
    expect(withDescendants([], childrenOf).size).toBe(0);
  });

  it('does not loop on a malformed hierarchy', () => {
    const cyclic: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a', 'b'] };
    expect([...withDescendants(['a'], (id) => cyclic[id] ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect([...withDescendants(['self'], () => ['self'])]).toEqual(['self']);
  });
});
