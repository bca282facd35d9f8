import { shareStrings } from '../../src/lib/shared-strings';

describe('shareStrings', () => {
  it('keeps a parsed value as it was, in place, down to nested arrays and objects', () => {
    const text =
      '{"revision":3,"actors":[{"id":"a","sector":"NGO","tags":["x","x"],"n":null,"ok":true},' +
      '{"id":"b","sector":"NGO","tags":[],"score":1.5}],"ids":["a","b","a"],"deep":[[["NGO"]]]}';
    const value = JSON.parse(text) as { actors: unknown[] };
    const actors = value.actors;
    expect(shareStrings(value)).toBe(value);
    expect(value.actors).toBe(actors);
    expect(value).toEqual(JSON.parse(text));
  });

  it('shares one table between values and leaves primitives alone', () => {
    const table = new Map<string, string>();
    expect(shareStrings('top', table)).toBe('top');
    expect(shareStrings(7, table)).toBe(7);
    expect(shareStrings({ a: 'NGO' }, table)).toEqual({ a: 'NGO' });
    expect(shareStrings(['NGO', 'GOV'], table)).toEqual(['NGO', 'GOV']);
    expect([...table.keys()].sort()).toEqual(['GOV', 'NGO']);
  });
});
