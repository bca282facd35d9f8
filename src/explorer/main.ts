import { ActorPanel } from './actor-panel';
import { ApiClient, ApiError, keyStore } from './api';
import { byId, el, fill } from './dom';
import { DownloadMenu } from './download-menu';
import type Sigma from 'sigma';
import {
  initialState,
  networkVariables,
  placed,
  type ExplorerState,
  type Positions,
  type Tab,
} from './explorer-state';
import { FilterControls, SECTORS, swatch } from './filter-controls';
import { humanise, plural } from './format';
import { GapsView } from './gaps-view';
import { KeyForm } from './key-form';
import { LiveChanges } from './live-changes';
import { NetworkCanvas } from './network-canvas';
import {
  CATALOGUE,
  NETWORK,
  POSITIONS,
  type Catalogue,
  type NetworkView,
  type PositionsAnswer,
} from './queries';
import { SearchBox } from './search-box';
import { stateFromSearch, stateToSearch } from './url-state';

declare global {
  interface Window {
    /** The drawing's sigma renderer, for what reads the drawing as drawn (tests, the browser's console). */
    partnerNetwork?: { sigma: Sigma };
  }
}

/**
 * The explorer page: one state (filters, size metric, ego network, open actor, tab), kept in the page's
 * address so that a link to it opens the same view, and every view redrawn from the API when it changes.
 * Each view drops answers to requests it has since replaced, so a slow answer never overwrites a newer one.
 */
class Explorer {
  /** The address's state until the controls can take it (they are built from the API's catalogue). */
  private state: ExplorerState = initialState();
  private readonly linked = stateFromSearch(new URLSearchParams(window.location.search));
  /** The server's address: the page is served at <root>/explore/. */
  private readonly root = new URL('../', window.location.href);
  private readonly api = new ApiClient(this.root, keyStore.get);
  private readonly canvas = new NetworkCanvas(byId('graph'), (id) => this.select(id));
  private readonly keys = new KeyForm(() => void this.start());
  private readonly panel = new ActorPanel({
    api: this.api,
    state: () => this.state,
    isDrawn: (id) => this.canvas.has(id),
    select: (id) => this.select(id),
    showEgo: (id, hops) => this.showEgo(id, hops),
    closed: () => this.update({ actorId: undefined }),
    fail: (error) => this.fail(error),
  });
  private readonly gaps = new GapsView(
    this.api,
    (id) => this.select(id),
    (error) => this.fail(error),
  );
  private readonly status = byId('status');
  private readonly live = new LiveChanges(this.root, () => this.networkChanged());
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  private filters: FilterControls | undefined;
  private gapsStale = true;
  private request = 0;
  /** The whole network's positions, at the revision they were laid out for. */
  private whole: { revision: number; positions: Positions } | undefined;

  constructor() {
    new SearchBox(
      this.api,
      (id) => this.select(id),
      (error) => this.fail(error),
    );
    new DownloadMenu(
      this.api,
      () => this.state,
      (error) => this.fail(error),
    );
    byId('tab-network').addEventListener('click', () => this.showTab('network'));
    byId('tab-gaps').addEventListener('click', () => this.showTab('gaps'));
    byId('ego-exit').addEventListener('click', () => this.showEgo(undefined));
    window.partnerNetwork = { sigma: this.canvas.sigma };
  }

  /** Changes the state and writes it into the address (replacing it: the back button leaves the page). */
  private update(patch: Partial<ExplorerState>): void {
    this.state = { ...this.state, ...patch };
    const search = stateToSearch(this.state).toString();
    const url = new URL(window.location.href);
    url.search = search;
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  }

  /**
   * Loads what the controls offer (once it has been read), then every view; again when the API key
   * changes, since what the API shows depends on it.
   */
  async start(): Promise<void> {
    this.say(undefined);
    if (this.filters === undefined) {
      this.status.textContent = 'Loading…';
      try {
        const catalogue = await this.api.query<Catalogue>(CATALOGUE);
        this.filters = new FilterControls(catalogue, (filter, sizeMetric) => {
          this.update({ filter, sizeMetric });
          this.changed();
        });
        // The view the address asks for, as far as this server's controls can show it.
        this.filters.set(this.linked.filter, this.linked.sizeMetric);
        this.update({ ...this.linked, filter: this.filters.filter(), sizeMetric: this.filters.sizeMetric() });
        document.title = `Partner network explorer · ${catalogue.about.store} store`;
      } catch (error) {
        this.status.textContent = 'Not loaded.';
        this.fail(error);
        return;
      }
    }
    this.live.watch(keyStore.get());
    this.showTab(this.state.tab);
    this.changed();
    if (this.state.actorId !== undefined) void this.panel.open(this.state.actorId);
  }

  /** A write somewhere: redraw once the burst is over (an import is many changes at once). */
  private networkChanged(): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => this.changed(), 300);
  }

  private changed(): void {
    void this.loadNetwork();
    this.gapsStale = true;
    if (!byId('gaps-tab').hidden) this.loadGaps();
    this.panel.refresh();
  }

  private async loadNetwork(): Promise<void> {
    const request = ++this.request;
    this.status.textContent = 'Loading the network…';
    try {
      const network = await this.fetchNetwork();
      if (request !== this.request) return;
      this.canvas.show(network);
      // A linked actor's panel opened before its network was drawn: select it on the drawing now.
      if (this.state.actorId !== undefined) this.canvas.select(this.state.actorId, false);
      this.showStatus(network);
      this.say(undefined);
    } catch (error) {
      if (request !== this.request) return;
      this.status.textContent = 'Not loaded.';
      this.fail(error);
    }
  }

  /** The network to draw, placed: by its own layout, or (filtered) where its actors stand in the whole. */
  private async fetchNetwork(): Promise<NetworkView> {
    const variables = networkVariables(this.state);
    const { network } = await this.api.query<{ network: NetworkView }>(NETWORK, variables);
    if (variables.layout) {
      if (variables.ego === undefined)
        this.whole = { revision: network.revision, positions: positionsOf(network.nodes) };
      return network;
    }
    const whole = await this.wholePositions(network.revision);
    const nodes = whole && placed(network.nodes, whole);
    if (nodes) return { ...network, nodes };
    // The whole network is too large to lay out (over 10 000 actors), or an actor its layout does not
    // know was written in between: lay this view out on its own.
    return (await this.api.query<{ network: NetworkView }>(NETWORK, { ...variables, layout: true })).network;
  }

  /** The whole network's positions at `revision`, or undefined where the server will not lay it out. */
  private async wholePositions(revision: number): Promise<Positions | undefined> {
    if (this.whole?.revision === revision) return this.whole.positions;
    try {
      const { network } = await this.api.query<PositionsAnswer>(POSITIONS);
      this.whole = { revision: network.revision, positions: positionsOf(network.nodes) };
      return this.whole.positions;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ANALYTICS_LIMIT_EXCEEDED') return undefined;
      throw error;
    }
  }

  private showStatus(network: NetworkView): void {
    const counts = new Map<string, number>();
    for (const node of network.nodes) counts.set(node.sector, (counts.get(node.sector) ?? 0) + 1);
    const undocumented = network.edges.filter((edge) => edge.evidence !== 'DOCUMENTED').length;
    this.status.textContent = `${plural(network.nodeCount, 'actor')} · ${plural(network.edgeCount, 'tie')} · sized by ${humanise(this.state.sizeMetric).toLowerCase()}`;
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
    );
    const ego = this.state.ego;
    byId('ego-bar').hidden = ego === undefined;
    if (ego)
      byId('ego-label').textContent =
        `Ego network of ${network.nodes.find((n) => n.id === ego.actorId)?.name ?? ego.actorId}, ${plural(ego.hops, 'hop')}`;
  }

  private loadGaps(): void {
    if (!this.gapsStale) return;
    this.gapsStale = false;
    void this.gaps.load(this.state.filter);
  }

  private showTab(tab: Tab): void {
    this.update({ tab });
    byId('network-tab').hidden = tab !== 'network';
    byId('gaps-tab').hidden = tab !== 'gaps';
    byId('tab-network').setAttribute('aria-selected', String(tab === 'network'));
    byId('tab-gaps').setAttribute('aria-selected', String(tab === 'gaps'));
    if (tab === 'gaps') this.loadGaps();
    else this.canvas.resize();
  }

  /** Opens an actor's panel and, when it is drawn, highlights it and moves the view onto it. */
  private select(actorId: string): void {
    this.update({ actorId });
    // The panel's request first: redrawing a large network takes a moment of the page's thread.
    void this.panel.open(actorId);
    this.canvas.select(actorId);
  }

  private showEgo(actorId: string | undefined, hops = 1): void {
    this.update({ ego: actorId === undefined ? undefined : { actorId, hops } });
    this.showTab('network');
    void this.loadNetwork();
  }

  /** Says what went wrong; a missing or weak key opens the key menu. */
  private fail(error: unknown): void {
    if (error instanceof ApiError && error.needsKey) {
      this.say(`${error.message}. Enter an API key that may read this.`);
      this.keys.ask();
      return;
    }
    this.say(error instanceof Error ? error.message : String(error));
  }

  private say(message: string | undefined): void {
    const box = byId('message');
    box.hidden = message === undefined;
    box.textContent = message ?? '';
  }
}

function positionsOf(nodes: readonly { id: string; x: number | null; y: number | null }[]): Positions {
  return new Map(nodes.map((node) => [node.id, { x: node.x ?? 0, y: node.y ?? 0 }]));
}

void new Explorer().start();
