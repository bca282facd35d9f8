import { initialState, type ExplorerState } from '../../src/explorer/explorer-state';
import { stateFromSearch, stateToSearch } from '../../src/explorer/url-state';

const roundTrip = (state: ExplorerState) =>
  stateFromSearch(new URLSearchParams(stateToSearch(state).toString()));

describe('explorer state in the address', () => {
  it('a plain view has a plain address', () => {
    expect(stateToSearch(initialState()).toString()).toBe('');
    expect(stateFromSearch(new URLSearchParams(''))).toEqual(initialState());
  });

  it('writes every part of a view and reads the same view back', () => {
    const state: ExplorerState = {
      filter: {
        period: { from: '2016-01-01', to: '2020-12-31' },
        sectors: ['GOVERNMENT', 'CIVIL_SOCIETY'],
        partnershipKinds: ['FUNDING'],
        themeIds: ['child-protection'],
        areaIds: ['peje', 'prishtine'],
        evidence: ['DOCUMENTED'],
      },
      sizeMetric: 'BETWEENNESS',
      ego: { actorId: 'syri-i-vizionit', hops: 2 },
      tab: 'gaps',
      actorId: 'save-the-children-kosovo',
      whatIf: 'mlga',
      diff: { from: '2015-01-01', to: '2022-01-01' },
    };
    const search = stateToSearch(state);
    // The filter under the names the download's query string uses.
    expect(Object.fromEntries(search)).toEqual({
      from: '2016-01-01',
      to: '2020-12-31',
      sectors: 'GOVERNMENT,CIVIL_SOCIETY',
      partnershipKinds: 'FUNDING',
      themeIds: 'child-protection',
      areaIds: 'peje,prishtine',
      evidence: 'DOCUMENTED',
      size: 'BETWEENNESS',
      ego: 'syri-i-vizionit',
      hops: '2',
      actor: 'save-the-children-kosovo',
      whatIf: 'mlga',
      tab: 'gaps',
      diffFrom: '2015-01-01',
      diffTo: '2022-01-01',
    });
    expect(roundTrip(state)).toEqual(state);
    expect(roundTrip({ ...initialState(), filter: { asOf: '2019-06-30' } }).filter).toEqual({
      asOf: '2019-06-30',
    });
  });

  it('keeps "none chosen" apart from "all"', () => {
    const none = roundTrip({ ...initialState(), filter: { partnershipKinds: [] } });
    expect(none.filter).toEqual({ partnershipKinds: [] });
    expect(roundTrip({ ...initialState(), filter: { partnershipKinds: undefined } }).filter).toEqual({});
  });

  it('opens a link cut short or edited by hand at the defaults of what it cannot mean', () => {
    const read = (search: string) => stateFromSearch(new URLSearchParams(search));
    expect(read('asOf=2021-02-30').filter).toEqual({}); // no such day
    expect(read('asOf=yesterday').filter).toEqual({});
    expect(read('from=2020-01-01').filter).toEqual({}); // half a period
    expect(read('from=2021-01-01&to=2020-01-01').filter).toEqual({}); // backwards
    // The API takes a date or a period, not both: the period wins.
    expect(read('asOf=2019-01-01&from=2018-01-01&to=2020-01-01').filter).toEqual({
      period: { from: '2018-01-01', to: '2020-01-01' },
    });
    expect(read('tab=nowhere').tab).toBe('network');
    expect(read('tab=changes&diffFrom=2020-01-01&diffTo=2019-01-01')).toEqual({
      ...initialState(),
      tab: 'changes',
    });
    expect(read('ego=a&hops=9').ego).toEqual({ actorId: 'a', hops: 1 });
    expect(read('size=<script>').sizeMetric).toBe('DEGREE');
  });
});
