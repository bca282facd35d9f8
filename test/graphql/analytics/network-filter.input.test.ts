import 'reflect-metadata';
import { ValidationError } from '../../../src/domain';
import { networkFilterArg } from '../../../src/graphql/analytics/network-filter.input';

describe('networkFilterArg', () => {
  it('gives an absent filter exactly what an empty one parses to, frozen so no request can change it', () => {
    const empty = networkFilterArg({});
    expect(empty.evidence!.length).toBeGreaterThan(0);
    for (const absent of [undefined, null]) {
      const parsed = networkFilterArg(absent);
      expect(parsed).toEqual(empty);
      expect(Object.isFrozen(parsed)).toBe(true);
      expect(Object.isFrozen(parsed.evidence)).toBe(true);
    }
    // Each request still gets its own parse of a filter it sends.
    expect(networkFilterArg({})).not.toBe(networkFilterArg({}));
  });

  it('names the argument and field of a bad value', () => {
    let thrown: unknown;
    try {
      networkFilterArg({ themeIds: ['Not A Slug'] }, 'filter.network');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues[0]!.path).toBe('filter.network.themeIds[0]');
  });
});
