/**
 * What the explorer is looking at (filters, size metric, ego network) and how that becomes the arguments
 * of the API: GraphQL variables for `network` and the others, the query string of a download. Pure, with
 * no DOM, so the same values reach GraphQL and /export (test/explorer/explorer-state.test.ts checks the
 * download's query string against the server's own parser).
 */
import { FILTER_LISTS, exportSearchParams } from '../io/export/export-query';

/**
 * The NetworkFilter controls. A list left undefined means "all"; an empty one means "none". `asOf` and
 * `period` exclude each other (the API refuses both): the date controls set one or neither.
 */
export interface ExplorerFilter {
  asOf?: string;
  /** Partnerships active at any time from `from` to `to` (both included). */
  period?: Period;
  sectors?: string[];
  partnershipKinds?: string[];
  themeIds?: string[];
  areaIds?: string[];
  /** Undefined: the API's default (documented and inferred records). */
  evidence?: string[];
}

export interface Period {
  from: string;
  to: string;
}

/** The tabs of the page: the drawing, the coverage gaps, what changed between two dates. */
export const TABS = ['network', 'gaps', 'changes'] as const;
export type Tab = (typeof TABS)[number];

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
  tab: Tab;
  /** The actor whose panel is open. */
  actorId?: string;
  /** The actor whose leaving the "what if" report shows. */
  whatIf?: string;
  /** The two dates the changes tab compares. */
  diff?: Period;
}

export const DEFAULT_SIZE_METRIC = 'DEGREE';

export function initialState(): ExplorerState {
  return { filter: {}, sizeMetric: DEFAULT_SIZE_METRIC, tab: 'network' };
}

/** The `NetworkFilter` input of the state, or undefined when it filters nothing (the whole network). */
export function networkFilter(filter: ExplorerFilter): Record<string, unknown> | undefined {
  const input: Record<string, unknown> = {};
  if (filter.asOf) input.asOf = filter.asOf;
  if (filter.period) input.period = { ...filter.period };
  for (const list of FILTER_LISTS) if (filter[list] !== undefined) input[list] = [...filter[list]];
  return Object.keys(input).length > 0 ? input : undefined;
}

/**
 * Whether the drawing needs a layout of its own from the server: the whole network and an ego network do.
 * A filtered network is drawn where its actors stand in the whole network, as Gephi keeps positions when
 * it filters: people keep their bearings, and no new layout (seconds at 5 000 actors) is waited for.
 */
export function needsOwnLayout(state: ExplorerState): boolean {
  return state.ego !== undefined || networkFilter(state.filter) === undefined;
}

/** The variables of the `network` query the canvas draws. */
export function networkVariables(state: ExplorerState): Record<string, unknown> {
  return {
    filter: networkFilter(state.filter),
    metrics: [state.sizeMetric],
    ego: state.ego ? { ...state.ego } : undefined,
    layout: needsOwnLayout(state),
  };
}

/** Positions by actor id. */
export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * `nodes` placed at `positions` (those of the whole network), or undefined when one of them has none
 * there (an actor added since): the caller then asks for a layout of its own.
 */
export function placed<N extends { id: string; x: number | null; y: number | null }>(
  nodes: readonly N[],
  positions: Positions,
): N[] | undefined {
  const out: N[] = [];
  for (const node of nodes) {
    const position = positions.get(node.id);
    if (!position) return undefined;
    out.push({ ...node, x: position.x, y: position.y });
  }
  return out;
}

/**
 * The query string of `GET /export/network.<format>` for what is on screen: the same filter, ego network
 * and metric, with the positions drawn (layout=true), so the file opens in Gephi as it looks here. An
 * empty list cannot be said in it (it would mean "all"): offer no download then (`selectsNothing`).
 */
export function exportSearch(state: ExplorerState): URLSearchParams {
  return exportSearchParams({
    filter: state.filter,
    ego: state.ego,
    metrics: [state.sizeMetric],
    layout: true,
  });
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
