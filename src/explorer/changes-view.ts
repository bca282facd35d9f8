import type { ApiClient } from './api';
import { byId, el, fill } from './dom';
import { networkFilter, type ExplorerFilter, type Period } from './explorer-state';
import { humanise, plural } from './format';
import { NETWORK_DIFF, type DatedPartnership, type DiffAnswer, type RankChange } from './queries';

/** Longer lists show their first entries and say how many more there are. */
const SHOWN = 100;

/**
 * The changes tab: `networkDiff` between two dates under the explorer's other filters (its date or period
 * does not apply: the two dates are the question). Ties added and removed, partnerships started and
 * ended, the top risers and fallers by degree and betweenness; an actor's name opens its panel.
 */
export class ChangesView {
  private readonly from = byId<HTMLInputElement>('diff-from');
  private readonly to = byId<HTMLInputElement>('diff-to');
  private readonly status = byId('diff-status');
  private request = 0;

  constructor(
    private readonly api: ApiClient,
    /** The dates were changed: the page keeps them in its state and asks for the comparison again. */
    private readonly onDates: (dates: Period) => void,
    private readonly select: (actorId: string) => void,
    private readonly fail: (error: unknown) => void,
  ) {
    byId('diff-form').addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.from.value > this.to.value) {
        this.status.textContent = 'The first date must not be after the second.';
        return;
      }
      this.onDates({ from: this.from.value, to: this.to.value });
    });
  }

  /** Compares the network of `filter` as of `dates.from` and as of `dates.to`. */
  async load(dates: Period, filter: ExplorerFilter): Promise<void> {
    this.from.value = dates.from;
    this.to.value = dates.to;
    const request = ++this.request;
    this.status.textContent = 'Comparing…';
    fill(byId('diff-result'));
    // networkDiff takes no date of its own filter: the two dates are the question.
    const { asOf: _asOf, period: _period, ...others } = filter;
    try {
      const { networkDiff: diff } = await this.api.query<DiffAnswer>(NETWORK_DIFF, {
        ...dates,
        filter: networkFilter(others),
      });
      if (request !== this.request) return;
      this.status.textContent = `From ${dates.from} to ${dates.to}: ${plural(diff.tiesAdded.length, 'tie')} added, ${plural(diff.tiesRemoved.length, 'tie')} removed, ${plural(diff.partnershipsStarted.length, 'partnership')} started, ${plural(diff.partnershipsEnded.length, 'partnership')} ended.`;
      const sections: [string, string, (Node | string)[]][] = [
        ['Ties added', 'diff-ties-added', diff.tiesAdded.map((tie) => this.tie(tie))],
        ['Ties removed', 'diff-ties-removed', diff.tiesRemoved.map((tie) => this.tie(tie))],
        ['Partnerships started', 'diff-started', diff.partnershipsStarted.map((p) => dated(p, p.startDate))],
        ['Partnerships ended', 'diff-ended', diff.partnershipsEnded.map((p) => dated(p, p.endDate))],
        ['Rose most', 'diff-risers', diff.risers.map((change) => this.rank(change))],
        ['Fell most', 'diff-fallers', diff.fallers.map((change) => this.rank(change))],
      ];
      fill(
        byId('diff-result'),
        sections.map(([title, id, items]) => this.section(title, id, items)),
      );
    } catch (error) {
      if (request !== this.request) return;
      this.status.textContent = '';
      this.fail(error);
    }
  }

  private section(title: string, id: string, items: (Node | string)[]): HTMLElement {
    const more = items.length - SHOWN;
    return el(
      'section',
      {},
      el('h3', {}, `${title} (${items.length})`),
      items.length === 0
        ? el('p', { class: 'muted', id }, 'None.')
        : el(
            'ul',
            { class: 'links', id },
            items.slice(0, SHOWN).map((item) => el('li', {}, item)),
          ),
      more > 0 && el('p', { class: 'muted' }, `and ${plural(more, 'more')}`),
    );
  }

  private actor(actor: { id: string; name: string }): HTMLButtonElement {
    const link = el('button', { type: 'button', class: 'link' }, actor.name);
    link.addEventListener('click', () => this.select(actor.id));
    return link;
  }

  private tie(tie: DiffAnswer['networkDiff']['tiesAdded'][number]): HTMLSpanElement {
    return el('span', {}, this.actor(tie.source), ' — ', this.actor(tie.target));
  }

  private rank(change: RankChange): HTMLSpanElement {
    return el(
      'span',
      {},
      this.actor(change.actor),
      el(
        'span',
        { class: 'muted' },
        ` ${humanise(change.metric).toLowerCase()}: ${change.rankBefore ?? 'absent'} → ${change.rankAfter ?? 'absent'}`,
      ),
    );
  }
}

function dated(partnership: DatedPartnership, date: string | null): string {
  return `${partnership.title} (${date ?? 'undated'})`;
}
