/**
 * The explorer's state in its address, so that a view can be shared as a link and opens the same for the
 * one who follows it: filters, date or period, node size, ego network, the actor whose panel is open, the
 * actor of the "what if" report, the tab and the dates the changes tab compares. The filter is written under the names the download's query
 * string uses (`asOf`, `from`/`to`, `sectors`, …); a list present but empty means "none chosen". Pure.
 */
import { FILTER_LISTS } from '../io/export/export-query';
import {
  DEFAULT_SIZE_METRIC,
  TABS,
  initialState,
  type ExplorerFilter,
  type ExplorerState,
  type Period,
  type Tab,
} from './explorer-state';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as the API's Date scalar takes it, or undefined. */
function day(value: string | null): string | undefined {
  if (value === null || !ISO_DAY.test(value)) return undefined;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? undefined : value;
}

function period(from: string | null, to: string | null): Period | undefined {
  const start = day(from);
  const end = day(to);
  return start !== undefined && end !== undefined && start <= end ? { from: start, to: end } : undefined;
}

/** The address's query string for `state` (the defaults left out, so a plain view has a plain address). */
export function stateToSearch(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  const { filter } = state;
  if (filter.asOf) params.set('asOf', filter.asOf);
  if (filter.period) {
    params.set('from', filter.period.from);
    params.set('to', filter.period.to);
  }
  for (const list of FILTER_LISTS) {
    const values = filter[list];
    if (values !== undefined) params.set(list, values.join(','));
  }
  if (state.sizeMetric !== DEFAULT_SIZE_METRIC) params.set('size', state.sizeMetric);
  if (state.ego) {
    params.set('ego', state.ego.actorId);
    params.set('hops', String(state.ego.hops));
  }
  if (state.actorId !== undefined) params.set('actor', state.actorId);
  if (state.whatIf !== undefined) params.set('whatIf', state.whatIf);
  if (state.tab !== 'network') params.set('tab', state.tab);
  if (state.diff) {
    params.set('diffFrom', state.diff.from);
    params.set('diffTo', state.diff.to);
  }
  return params;
}

/**
 * The state an address asks for. What it cannot mean is left at its default rather than refused: a link
 * cut short or edited by hand still opens the explorer. A period wins over `asOf` (the API takes one).
 */
export function stateFromSearch(params: URLSearchParams): ExplorerState {
  const state = initialState();
  const filter: ExplorerFilter = {};
  const during = period(params.get('from'), params.get('to'));
  if (during) filter.period = during;
  else if (day(params.get('asOf'))) filter.asOf = day(params.get('asOf'));
  for (const list of FILTER_LISTS) {
    const value = params.get(list);
    if (value !== null) filter[list] = value.split(',').filter((item) => item !== '');
  }
  state.filter = filter;
  const size = params.get('size');
  if (size && /^[A-Z_]+$/.test(size)) state.sizeMetric = size;
  const ego = params.get('ego');
  const hops = Number(params.get('hops') ?? '1');
  if (ego) state.ego = { actorId: ego, hops: Number.isInteger(hops) && hops >= 1 && hops <= 3 ? hops : 1 };
  const actor = params.get('actor');
  if (actor) state.actorId = actor;
  const whatIf = params.get('whatIf');
  if (whatIf) state.whatIf = whatIf;
  const tab = params.get('tab');
  if (TABS.includes(tab as Tab)) state.tab = tab as Tab;
  const diff = period(params.get('diffFrom'), params.get('diffTo'));
  if (diff) state.diff = diff;
  return state;
}
