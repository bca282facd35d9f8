/**
 * What the explorer is looking at (filters, size metric, ego network) and how that becomes the arguments
 * of the API: GraphQL variables for `network` and the others, the query string of a download. Pure, with
 * no DOM, so the same values reach GraphQL and /export (test/explorer/explorer-state.test.ts checks the
 * download's query string against the server's own parser).
 */

/** The NetworkFilter controls. A list left undefined means "all"; an empty one means "none". */
export interface ExplorerFilter {
  asOf?: string;
  sectors?: string[];
  partnershipKinds?: string[];
  themeIds?: string[];
  areaIds?: string[];
}

export interface EgoChoice {
  actorId: string;
  hops: number;
}

export interface ExplorerState {
  filter: ExplorerFilter;
  /** The CentralityMetric that sizes the nodes. */
  sizeMetric: string;
  /** Set: only the ego network of that actor is drawn. */
  ego?: EgoChoice;
}

export const DEFAULT_SIZE_METRIC = 'DEGREE';

export function initialState(): ExplorerState {
  return { filter: {}, sizeMetric: DEFAULT_SIZE_METRIC };
}

const FILTER_LISTS = ['sectors', 'partnershipKinds', 'themeIds', 'areaIds'] as const;

/** The `NetworkFilter` input of the state, or undefined when it filters nothing (the whole network). */
export function networkFilter(filter: ExplorerFilter): Record<string, unknown> | undefined {
  const input: Record<string, unknown> = {};
  if (filter.asOf) input.asOf = filter.asOf;
  for (const list of FILTER_LISTS) if (filter[list] !== undefined) input[list] = [...filter[list]];
  return Object.keys(input).length > 0 ? input : undefined;
}

/** The variables of the `network` query the canvas draws. */
export function networkVariables(state: ExplorerState): Record<string, unknown> {
  return {
    filter: networkFilter(state.filter),
    metrics: [state.sizeMetric],
    ego: state.ego ? { ...state.ego } : undefined,
  };
}

/**
 * The query string of `GET /export/network.<format>` for what is on screen: the same filter, ego network
 * and metric, with the positions drawn (layout=true), so the file opens in Gephi as it looks here.
 */
export function exportSearch(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.filter.asOf) params.set('asOf', state.filter.asOf);
  for (const list of FILTER_LISTS) {
    const values = state.filter[list];
    // An empty list selects nothing; the download's parameters cannot say that, and no file is better
    // than a file of everything. The caller does not offer a download then (see `selectsNothing`).
    if (values !== undefined) params.set(list, values.join(','));
  }
  if (state.ego) {
    params.set('ego', state.ego.actorId);
    params.set('hops', String(state.ego.hops));
  }
  params.set('metrics', state.sizeMetric);
  params.set('layout', 'true');
  return params;
}

/** True when a list of the filter is empty: the network is then empty by construction. */
export function selectsNothing(filter: ExplorerFilter): boolean {
  return FILTER_LISTS.some((list) => filter[list]?.length === 0);
}

/**
 * A list control's value for the filter: undefined when every option is chosen (no filtering, and new
 * options added later are not left out), else the chosen ones.
 */
export function listChoice(chosen: readonly string[], all: readonly string[]): string[] | undefined {
  return chosen.length === all.length && all.every((value) => chosen.includes(value))
    ? undefined
    : [...chosen];
}
