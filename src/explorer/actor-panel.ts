import type { ApiClient } from './api';
import { byId, el, fill } from './dom';
import { networkFilter, type ExplorerState } from './explorer-state';
import { swatch } from './filter-controls';
import { formatValue, humanise, plural } from './format';
import { ACTOR, ACTOR_METRICS, type ActorDetails, type ActorMetricsAnswer, type Provenance } from './queries';

type Actor = NonNullable<ActorDetails['actor']>;
type Metrics = NonNullable<NonNullable<ActorMetricsAnswer['actor']>['metrics']>;

export interface ActorPanelHost {
  api: ApiClient;
  state(): ExplorerState;
  /** Whether the actor is drawn now (a filter may leave it out). */
  isDrawn(actorId: string): boolean;
  /** Another actor was chosen from the panel (a partner). */
  select(actorId: string): void;
  showEgo(actorId: string, hops: number): void;
  /** "What if this actor left?" */
  whatIf(actorId: string, name: string): void;
  /** The panel was closed. */
  closed(): void;
  fail(error: unknown): void;
}

const METRICS: [keyof Metrics, string][] = [
  ['degree', 'Degree'],
  ['strength', 'Strength'],
  ['betweenness', 'Betweenness'],
  ['closeness', 'Closeness'],
  ['harmonic', 'Harmonic'],
  ['pagerank', 'PageRank'],
  ['eigenvector', 'Eigenvector'],
  ['constraint', 'Constraint'],
  ['effectiveSize', 'Effective size'],
  ['community', 'Community'],
];

/**
 * How the actor is known, in words: documented (with the words of its source), inferred (with the reason)
 * or illustrative (made up to show what such an actor looks like, left out of the analytics by default).
 */
function provenanceNote(provenance: Provenance): HTMLElement {
  const from = provenance.source ? ` (${provenance.source})` : '';
  const quote = provenance.quote ? ` “${provenance.quote}”${from}` : from;
  const text =
    provenance.evidence === 'DOCUMENTED'
      ? `Documented:${quote}`
      : provenance.evidence === 'INFERRED'
        ? `Inferred from${quote}: ${provenance.reason ?? ''}`
        : `Illustrative, not documented: ${provenance.reason ?? ''} Left out of the network unless the evidence filter includes illustrative records.`;
  return el('p', { class: `provenance ${provenance.evidence.toLowerCase()}`, id: 'panel-provenance' }, text);
}

/** A website link only for http(s) addresses: a `javascript:` one from the data must not become a link. */
const safeLink = (url: string) =>
  /^https?:\/\//i.test(url) ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url) : url;

/**
 * The side panel of one actor: who it is, its metrics and reach (1 to 3 hops) in the filtered network, its
 * partners and partnerships under the filter's date, kinds and sectors, and the way into its ego network.
 * What the API withholds (contact details without the right key) is said, not hidden silently.
 */
export class ActorPanel {
  private readonly box = byId('panel');
  private readonly root = byId('panel-body');
  private actorId: string | undefined;
  private hops = 1;
  private request = 0;

  constructor(private readonly host: ActorPanelHost) {}

  get openActor(): string | undefined {
    return this.actorId;
  }

  async open(actorId: string): Promise<void> {
    this.actorId = actorId;
    this.box.hidden = false;
    const request = ++this.request;
    const { filter } = this.host.state();
    try {
      const data = await this.host.api.query<ActorDetails>(ACTOR, {
        id: actorId,
        filter: networkFilter(filter),
        asOf: filter.asOf,
        kinds: filter.partnershipKinds,
        sectors: filter.sectors,
        evidence: filter.evidence,
        hops: this.hops,
      });
      if (request !== this.request) return;
      if (!data.actor) {
        fill(this.root, this.closeButton(), el('p', {}, `No actor has the id ${actorId}.`));
        return;
      }
      this.render(data.actor, data.reach);
    } catch (error) {
      if (request === this.request) this.host.fail(error);
      return;
    }
    try {
      // Asked once the panel shows: on a large network its first computation takes seconds, and the
      // server must not spend them before answering the rest of the panel.
      const answer = await this.host.api.query<ActorMetricsAnswer>(ACTOR_METRICS, {
        id: actorId,
        filter: networkFilter(filter),
      });
      if (request === this.request) this.showMetrics(answer.actor?.metrics ?? null);
    } catch (error) {
      // A metric over the time budget (ANALYTICS_TIME_BUDGET_MS) leaves the rest of the panel standing.
      if (request === this.request)
        fill(
          byId('panel-metrics'),
          el('p', { class: 'note' }, `Metrics not computed: ${(error as Error).message}`),
        );
    }
  }

  private showMetrics(metrics: Metrics | null): void {
    fill(
      byId('panel-metrics'),
      metrics
        ? el(
            'table',
            { class: 'metrics' },
            METRICS.map(([key, label]) =>
              el('tr', {}, el('th', {}, label), el('td', {}, formatValue(metrics[key]))),
            ),
          )
        : el('p', { class: 'note' }, 'No metrics: the actor is not in the filtered network.'),
    );
  }

  /** Shows the open actor again under the current filter. */
  refresh(): void {
    if (this.actorId !== undefined) void this.open(this.actorId);
  }

  close(): void {
    this.actorId = undefined;
    this.request++;
    this.box.hidden = true;
    fill(this.root);
    this.host.closed();
  }

  private closeButton(): HTMLButtonElement {
    const button = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    button.addEventListener('click', () => this.close());
    return button;
  }

  private render(actor: Actor, reach: ActorDetails['reach']): void {
    const hops = el(
      'select',
      { id: 'panel-hops', 'aria-label': 'Hops' },
      [1, 2, 3].map((n) => el('option', { value: n, selected: n === this.hops }, plural(n, 'hop'))),
    );
    hops.addEventListener('change', () => {
      this.hops = Number(hops.value);
      this.refresh();
    });
    const ego = el('button', { type: 'button', id: 'panel-ego' }, 'Show its ego network');
    ego.addEventListener('click', () => this.host.showEgo(actor.id, this.hops));
    const whatIf = el('button', { type: 'button', id: 'panel-whatif' }, 'What if this actor left?');
    whatIf.addEventListener('click', () => this.host.whatIf(actor.id, actor.name));
    fill(
      this.root,
      this.closeButton(),
      el('h2', { id: 'panel-title' }, actor.name),
      el(
        'p',
        { class: 'subtitle' },
        swatch(actor.sector),
        humanise(actor.sector),
        ' · ',
        humanise(actor.kind),
        actor.acronym && ` · ${actor.acronym}`,
        actor.homeArea && ` · ${actor.homeArea.name}`,
      ),
      this.host.isDrawn(actor.id)
        ? null
        : el('p', { class: 'note' }, 'Not in the network drawn now: the filters leave it out.'),
      actor.description && el('p', { class: 'description' }, actor.description),
      provenanceNote(actor.provenance),
      el(
        'dl',
        { class: 'facts' },
        actor.website && [el('dt', {}, 'Website'), el('dd', {}, safeLink(actor.website))],
        el('dt', {}, 'Contact'),
        el(
          'dd',
          { id: 'panel-contact' },
          actor.contact ?? el('span', { class: 'withheld' }, contactWithheld(actor.sector)),
        ),
      ),
      el('div', { class: 'row' }, hops, ego),
      el('div', { class: 'row' }, whatIf),
      el('h3', {}, 'Metrics'),
      el('div', { id: 'panel-metrics' }, el('p', { class: 'muted' }, 'Computing its metrics…')),
      el('h3', {}, `Reach in ${plural(this.hops, 'hop')}`),
      el(
        'p',
        {},
        `${plural(
          reach.bySector.reduce((sum, s) => sum + s.count, 0),
          'actor',
        )} through ${plural(reach.partnerships, 'partnership')}`,
      ),
      el(
        'ul',
        { class: 'inline', id: 'panel-reach' },
        reach.bySector.map((s) => el('li', {}, swatch(s.sector), `${humanise(s.sector)} ${s.count}`)),
      ),
      reach.themes.length > 0 &&
        el('p', {}, el('b', {}, 'Themes: '), reach.themes.map((t) => t.name).join(', ')),
      reach.areas.length > 0 &&
        el('p', {}, el('b', {}, 'Areas: '), reach.areas.map((a) => a.name).join(', ')),
      reach.targetGroups.length > 0 &&
        el(
          'p',
          {},
          el('b', {}, 'For: '),
          reach.targetGroups
            .map((g) =>
              g.reached === null
                ? g.group.name
                : `${g.group.name} (${g.reached.toLocaleString('en')} reached)`,
            )
            .join(', '),
        ),
      el('h3', {}, `Partners (${actor.partners.length})`),
      el(
        'ul',
        { class: 'links', id: 'panel-partners' },
        actor.partners.map((partner) => this.partnerItem(partner)),
      ),
      el('h3', {}, `Partnerships (${actor.partnerships.totalCount})`),
      el(
        'ul',
        { id: 'panel-partnerships' },
        actor.partnerships.edges.map(({ node }) =>
          el(
            'li',
            {},
            node.title,
            el(
              'span',
              { class: 'muted' },
              ` · ${humanise(node.kind)} · ${node.startDate ?? '?'} – ${node.endDate ?? ''}`,
            ),
            node.provenance.evidence !== 'DOCUMENTED' &&
              el(
                'span',
                {
                  class: `evidence ${node.provenance.evidence.toLowerCase()}`,
                  title: node.provenance.reason ?? '',
                },
                ` · ${humanise(node.provenance.evidence).toLowerCase()}`,
              ),
          ),
        ),
      ),
    );
  }

  private partnerItem(partner: Actor['partners'][number]): HTMLLIElement {
    const link = el(
      'button',
      { type: 'button', class: 'link' },
      swatch(partner.actor.sector),
      partner.actor.name,
    );
    link.addEventListener('click', () => this.host.select(partner.actor.id));
    return el('li', {}, link, el('span', { class: 'muted' }, ` ${plural(partner.count, 'partnership')}`));
  }
}

/** Why the API gave no contact: personal data needs a key, a children's group's needs an editor's. */
function contactWithheld(sector: string): string {
  return sector === 'CHILDREN_AND_YOUTH'
    ? 'none recorded, or withheld: a children’s or youth group’s contact needs an editor key'
    : 'none recorded, or withheld: contacts need an API key';
}
