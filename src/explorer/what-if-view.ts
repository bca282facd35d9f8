import type { ApiClient } from './api';
import { byId, el, fill } from './dom';
import { networkFilter, type ExplorerFilter } from './explorer-state';
import { swatch } from './filter-controls';
import { formatValue, plural } from './format';
import { WHAT_IF, type ScenarioState, type WhatIfAnswer } from './queries';

/** What the page does with a scenario's answer besides showing it: mark it, follow its links, close it. */
export interface WhatIfHost {
  api: ApiClient;
  /** Marks the report on the drawing and the heat map; returns how many drawn ties it marked lost. */
  mark(actorId: string, name: string, answer: WhatIfAnswer): number;
  select(actorId: string): void;
  closed(): void;
  fail(error: unknown): void;
}

/** The rows of the before/after table: what each number is, and how to read it from a state. */
const ROWS: [string, (state: ScenarioState) => string][] = [
  ['Actors', (s) => formatValue(s.actorCount)],
  ['Ties', (s) => formatValue(s.tieCount)],
  ['Connected components', (s) => formatValue(s.componentCount)],
  [
    'Largest component',
    (s) => `${formatValue(s.largestComponentSize)} (${Math.round(s.largestComponentShare * 100)}%)`,
  ],
  ['Isolated actors', (s) => formatValue(s.isolatedCount)],
  ['Children’s groups with a voice gap', (s) => formatValue(s.voiceGapCount)],
];

/**
 * "What if this actor left?": the `whatIf` report of the actor leaving the filtered network, in the
 * actor's panel. Before and after (components, the largest one's share, isolates, the voice gap, the top
 * brokers), the actors cut off, the coverage cells left uncovered, the partnerships that end and the
 * reach they took with them; the lost ties are marked on the drawing and the cells on the heat map.
 */
export class WhatIfView {
  private readonly root = byId('whatif');
  private request = 0;
  private actorId: string | undefined;

  constructor(private readonly host: WhatIfHost) {}

  get scenario(): string | undefined {
    return this.actorId;
  }

  /** Runs the scenario of `actorId` (called `name`) leaving the network of `filter`, and shows it. */
  async open(actorId: string, name: string, filter: ExplorerFilter): Promise<void> {
    this.actorId = actorId;
    const request = ++this.request;
    this.root.hidden = false;
    byId('panel').hidden = false;
    fill(this.root, el('h2', {}, `If ${name} left`), el('p', { class: 'muted' }, 'Working it out…'));
    const scenario = networkFilter(filter);
    try {
      const answer = await this.host.api.query<WhatIfAnswer>(WHAT_IF, {
        remove: { actorIds: [actorId] },
        filter: scenario,
        after: { ...scenario, excludeActorIds: [actorId] },
      });
      if (request !== this.request) return;
      const lostTies = this.host.mark(actorId, name, answer);
      this.render(name, answer, lostTies);
    } catch (error) {
      if (request !== this.request) return;
      fill(this.root, el('h2', {}, `If ${name} left`), el('p', { class: 'note' }, (error as Error).message));
      this.host.fail(error);
    }
  }

  close(): void {
    if (this.actorId === undefined) return;
    this.actorId = undefined;
    this.request++;
    this.root.hidden = true;
    fill(this.root);
    this.host.closed();
  }

  private render(name: string, { whatIf: report }: WhatIfAnswer, lostTies: number): void {
    const close = el('button', { type: 'button', id: 'whatif-close' }, 'End the scenario');
    close.addEventListener('click', () => this.close());
    const actorLink = (actor: { id: string; name: string; sector?: string }) => {
      const link = el(
        'button',
        { type: 'button', class: 'link' },
        actor.sector && swatch(actor.sector),
        actor.name,
      );
      link.addEventListener('click', () => this.host.select(actor.id));
      return link;
    };
    const brokers = (state: ScenarioState) =>
      el(
        'ol',
        { class: 'brokers' },
        state.topBrokers.slice(0, 5).map((b) => el('li', {}, actorLink(b.actor))),
      );
    fill(
      this.root,
      el('h2', {}, `If ${name} left`),
      el(
        'p',
        { class: 'hint' },
        `${plural(lostTies, 'tie')} drawn would be lost (red on the drawing); the coverage cells left uncovered are outlined on the Gaps tab’s heat map.`,
      ),
      el(
        'table',
        { class: 'metrics', id: 'whatif-numbers' },
        el(
          'tr',
          {},
          el('th', {}, ''),
          el('th', { scope: 'col' }, 'Before'),
          el('th', { scope: 'col' }, 'After'),
        ),
        ROWS.map(([label, read]) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, label),
            el('td', {}, read(report.before)),
            el('td', {}, read(report.after)),
          ),
        ),
      ),
      el('h3', {}, `Cut off (${report.cutOffActors.length})`),
      el('p', { class: 'hint' }, 'Left isolated, or left without any path to a government actor.'),
      this.list('whatif-cut-off', report.cutOffActors.map(actorLink)),
      el('h3', {}, `Coverage cells left uncovered (${report.uncoveredCells.length})`),
      this.list(
        'whatif-cells',
        report.uncoveredCells.map((cell) => `${cell.area.name} × ${cell.theme.name}`),
      ),
      el('h3', {}, `Partnerships that end (${report.endedPartnerships.length})`),
      this.list(
        'whatif-ended',
        report.endedPartnerships.map((p) => p.title),
      ),
      report.lostReach.length > 0 && [
        el('h3', {}, 'Reach lost'),
        this.list(
          'whatif-reach',
          report.lostReach.map((r) =>
            [
              r.group.name,
              r.targeted !== null && `${formatValue(r.targeted)} targeted`,
              r.reached !== null && `${formatValue(r.reached)} reached`,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      ],
      el('h3', {}, 'Top brokers (betweenness)'),
      el(
        'div',
        { class: 'columns two' },
        el('div', {}, el('b', {}, 'Before'), brokers(report.before)),
        el('div', {}, el('b', {}, 'After'), brokers(report.after)),
      ),
      close,
    );
  }

  private list(id: string, items: (Node | string)[]): HTMLElement {
    return items.length === 0
      ? el('p', { class: 'muted', id }, 'None.')
      : el(
          'ul',
          { class: 'links', id },
          items.map((item) => el('li', {}, item)),
        );
  }
}
