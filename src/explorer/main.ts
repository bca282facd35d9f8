import type Sigma from 'sigma';
import { ActorPanel } from './actor-panel';
import { ApiClient, ApiError, keyStore } from './api';
import { ChangesView } from './changes-view';
import { byId } from './dom';
import { DownloadMenu } from './download-menu';
import { TABS, initialState, type ExplorerState, type Period, type Tab } from './explorer-state';
import { FilterControls } from './filter-controls';
import { GapsView } from './gaps-view';
import { KeyForm } from './key-form';
import { LiveChanges } from './live-changes';
import { NetworkCanvas } from './network-canvas';
import { NetworkLoader } from './network-loader';
import { CATALOGUE, type Catalogue, type NetworkView, type WhatIfAnswer } from './queries';
import { SearchBox } from './search-box';
import { showNetworkStatus, type LostTies } from './status-line';
import { stateFromSearch, stateToSearch } from './url-state';
import { WhatIfView } from './what-if-view';

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
    whatIf: (id, name) => {
      this.update({ whatIf: id });
      void this.whatIf.open(id, name, this.state.filter);
    },
    closed: () => {
      this.update({ actorId: undefined });
      this.whatIf.close();
    },
    fail: (error) => this.fail(error),
  });
  private readonly whatIf = new WhatIfView({
    api: this.api,
    mark: (id, name, answer) => this.markScenario(id, name, answer),
    select: (id) => this.select(id),
    closed: () => this.scenarioEnded(),
    fail: (error) => this.fail(error),
  });
  private readonly changes = new ChangesView(
    this.api,
    (diff) => {
      this.update({ diff });
      this.changesStale = true;
      this.loadChanges();
    },
    (id) => this.select(id),
    (error) => this.fail(error),
  );
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
  private changesStale = true;
  private request = 0;
  private readonly loader = new NetworkLoader(this.api);
  /** The network drawn, and the ties a scenario marks lost on it. */
  private drawn: NetworkView | undefined;
  private lost: LostTies | undefined;

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
    byId('tab-changes').addEventListener('click', () => this.showTab('changes'));
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
    this.gaps.forget();
    this.changesStale = true;
    if (this.state.tab === 'gaps') this.loadGaps();
    if (this.state.tab === 'changes') this.loadChanges();
    this.panel.refresh();
  }

  /** Marks a scenario's answer on the drawing, its legend and the heat map; returns the drawn ties lost. */
  private markScenario(actorId: string, name: string, answer: WhatIfAnswer): number {
    const ties = this.canvas.mark({
      removed: [actorId],
      cutOff: answer.whatIf.cutOffActors.map((actor) => actor.id),
      remaining: answer.after.edges,
    });
    this.gaps.mark({ cells: answer.whatIf.uncoveredCells, scenario: `if ${name} left` });
    this.lost = { name, ties };
    if (this.drawn) showNetworkStatus(this.drawn, this.state, this.lost);
    return ties;
  }

  private scenarioEnded(): void {
    this.update({ whatIf: undefined });
    // A linked scenario may have opened the side panel without an actor: it closes with the scenario.
    if (this.state.actorId === undefined) byId('panel').hidden = true;
    this.canvas.mark(undefined);
    this.gaps.mark(undefined);
    this.lost = undefined;
    if (this.drawn) showNetworkStatus(this.drawn, this.state);
  }

  private async loadNetwork(): Promise<void> {
    const request = ++this.request;
    this.status.textContent = 'Loading the network…';
    try {
      const network = await this.loader.fetch(this.state);
      if (request !== this.request) return;
      this.canvas.show(network);
      this.drawn = network;
      this.lost = undefined;
      // A linked actor's panel opened before its network was drawn: select it on the drawing now.
      if (this.state.actorId !== undefined) this.canvas.select(this.state.actorId, false);
      showNetworkStatus(network, this.state);
      this.say(undefined);
      // A scenario is worked out again on the network now drawn, and marked on it.
      const whatIf = this.state.whatIf;
      if (whatIf !== undefined) void this.whatIf.open(whatIf, this.canvas.nameOf(whatIf), this.state.filter);
    } catch (error) {
      if (request !== this.request) return;
      this.status.textContent = 'Not loaded.';
      this.fail(error);
    }
  }

  private loadGaps(): void {
    if (!this.gapsStale) return;
    this.gapsStale = false;
    void this.gaps.load(this.state.filter);
  }

  private loadChanges(): void {
    if (!this.changesStale) return;
    this.changesStale = false;
    void this.changes.load(this.state.diff ?? defaultDiff(), this.state.filter);
  }

  private showTab(tab: Tab): void {
    this.update({ tab });
    for (const each of TABS) {
      byId(`${each}-tab`).hidden = tab !== each;
      byId(`tab-${each}`).setAttribute('aria-selected', String(tab === each));
    }
    switch (tab) {
      case 'network':
        this.canvas.resize();
        break;
      case 'gaps':
        this.loadGaps();
        break;
      case 'changes':
        this.loadChanges();
        break;
      default: {
        const never: never = tab;
        throw new Error(`explorer: unknown tab ${String(never)}`);
      }
    }
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

/** The changes tab's first comparison: the last five years, from the first of January to today. */
function defaultDiff(): Period {
  const today = new Date().toISOString().slice(0, 10);
  return { from: `${Number(today.slice(0, 4)) - 5}-01-01`, to: today };
}

void new Explorer().start();
