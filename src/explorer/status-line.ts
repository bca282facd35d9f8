import { byId, el, fill } from './dom';
import type { ExplorerState } from './explorer-state';
import { SECTORS, swatch } from './filter-controls';
import { humanise, plural } from './format';
import type { NetworkView } from './queries';

/** The ties a "what if" scenario marked lost on the drawing, for the legend. */
export interface LostTies {
  name: string;
  ties: number;
}

/**
 * The line above the drawing (actors, ties, the size metric, the ego network) and the legend below it:
 * the sectors drawn, the dashed ties not documented and, during a scenario, the ties it loses.
 */
export function showNetworkStatus(network: NetworkView, state: ExplorerState, lost?: LostTies): void {
  const counts = new Map<string, number>();
  for (const node of network.nodes) counts.set(node.sector, (counts.get(node.sector) ?? 0) + 1);
  const undocumented = network.edges.filter((edge) => edge.evidence !== 'DOCUMENTED').length;
  byId('status').textContent =
    `${plural(network.nodeCount, 'actor')} · ${plural(network.edgeCount, 'tie')} · sized by ${humanise(state.sizeMetric).toLowerCase()}`;
  fill(
    byId('legend'),
    SECTORS.filter((sector) => counts.has(sector)).map((sector) =>
      el('li', {}, swatch(sector), `${humanise(sector)} ${counts.get(sector)}`),
    ),
    undocumented > 0 &&
      el(
        'li',
        { id: 'legend-undocumented' },
        el('span', { class: 'dash', 'aria-hidden': 'true' }),
        `Inferred or illustrative tie ${undocumented}`,
      ),
    lost &&
      el(
        'li',
        { id: 'legend-lost' },
        el('span', { class: 'dash lost', 'aria-hidden': 'true' }),
        `Lost if ${lost.name} left ${lost.ties}`,
      ),
  );
  const ego = state.ego;
  byId('ego-bar').hidden = ego === undefined;
  if (ego)
    byId('ego-label').textContent =
      `Ego network of ${network.nodes.find((n) => n.id === ego.actorId)?.name ?? ego.actorId}, ${plural(ego.hops, 'hop')}`;
}
