import { NetworkFilterSchema } from '../../src/domain';
import { issuePaths, parseValid } from './issues';

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
