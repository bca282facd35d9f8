import { parseExportParams } from '../../src/io/export/export-params';
import {
  exportSearch,
  initialState,
  listChoice,
  networkFilter,
  needsOwnLayout,
  networkVariables,
  placed,
  selectsNothing,
  type ExplorerState,
} from '../../src/explorer/explorer-state';

const state = (patch: Partial<ExplorerState>): ExplorerState => ({ ...initialState(), ...patch });

describe('explorer state → API arguments', () => {
  it('filters nothing at first: no filter, the default size metric, no ego, a layout', () => {
    expect(networkVariables(initialState())).toEqual({
      filter: undefined,
      metrics: ['DEGREE'],
      ego: undefined,
      layout: true,
    });
  });

  it('passes every filter field and the ego network to the network query', () => {
    const filter = {
      asOf: '2023-12-31',
      sectors: ['GOVERNMENT'],
      partnershipKinds: ['FUNDING'],
      themeIds: ['child-protection'],
      areaIds: ['peje'],
    };
    const s = state({ filter, sizeMetric: 'BETWEENNESS', ego: { actorId: 'syri-i-vizionit', hops: 2 } });
    expect(networkVariables(s)).toEqual({
      filter,
      metrics: ['BETWEENNESS'],
      ego: { actorId: 'syri-i-vizionit', hops: 2 },
      layout: true,
    });
  });

  it('asks for a layout for the whole network and an ego network, not for a filtered one', () => {
    expect(needsOwnLayout(initialState())).toBe(true);
    expect(needsOwnLayout(state({ ego: { actorId: 'a', hops: 1 } }))).toBe(true);
    expect(needsOwnLayout(state({ filter: { sectors: ['GOVERNMENT'] } }))).toBe(false);
    expect(needsOwnLayout(state({ filter: { asOf: '2020-01-01' } }))).toBe(false);
    // "Every sector" is no filter.
    expect(needsOwnLayout(state({ filter: { sectors: undefined } }))).toBe(true);
    expect(networkVariables(state({ filter: { themeIds: ['t'] } })).layout).toBe(false);
  });

  it('places a filtered network where its actors stand in the whole one', () => {
    const whole = new Map([
      ['a', { x: 1, y: 2 }],
      ['b', { x: -3, y: 4 }],
    ]);
    const nodes = [{ id: 'b', name: 'B', x: null, y: null }];
    expect(placed(nodes, whole)).toEqual([{ id: 'b', name: 'B', x: -3, y: 4 }]);
    expect(nodes[0]!.x).toBeNull(); // not changed in place
    expect(placed([{ id: 'new', x: null, y: null }], whole)).toBeUndefined();
  });

  it('keeps an empty list (nothing chosen) apart from an absent one (all)', () => {
    expect(networkFilter({ sectors: [] })).toEqual({ sectors: [] });
    expect(networkFilter({ sectors: undefined })).toBeUndefined();
    expect(selectsNothing({ sectors: [] })).toBe(true);
    expect(selectsNothing({ sectors: ['GOVERNMENT'], themeIds: undefined })).toBe(false);
  });

  it('does not share its lists with the state it was given', () => {
    const sectors = ['GOVERNMENT'];
    const input = networkFilter({ sectors }) as { sectors: string[] };
    input.sectors.push('ACADEMIA');
    expect(sectors).toEqual(['GOVERNMENT']);
  });

  it('writes a download query that the server parses back into the same request', () => {
    const s = state({
      filter: {
        asOf: '2023-12-31',
        sectors: ['GOVERNMENT', 'CIVIL_SOCIETY'],
        themeIds: ['child-protection'],
      },
      sizeMetric: 'PAGERANK',
      ego: { actorId: 'syri-i-vizionit', hops: 3 },
    });
    const raw = Object.fromEntries(exportSearch(s));
    expect(parseExportParams(raw)).toEqual({
      // No evidence box changed: the download asks for the API's default, as the drawing does.
      filter: {
        asOf: '2023-12-31',
        sectors: ['GOVERNMENT', 'CIVIL_SOCIETY'],
        themeIds: ['child-protection'],
        evidence: ['DOCUMENTED', 'INFERRED'],
      },
      ego: { actorId: 'syri-i-vizionit', hops: 3 },
      metrics: ['PAGERANK'],
      layout: true,
    });
  });

  it('a whole-network download asks for no filter', () => {
    expect(exportSearch(initialState()).toString()).toBe('metrics=DEGREE&layout=true');
  });

  it('reads a list control with every option chosen as no filter', () => {
    expect(listChoice(['B', 'A'], ['A', 'B'])).toBeUndefined();
    expect(listChoice(['A'], ['A', 'B'])).toEqual(['A']);
    expect(listChoice([], ['A', 'B'])).toEqual([]);
    // An option the page does not know of is not "all".
    expect(listChoice(['A', 'C'], ['A', 'B'])).toEqual(['A', 'C']);
  });
});
