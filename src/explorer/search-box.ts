import type { ApiClient } from './api';
import { byId, el, fill } from './dom';
import { SEARCH, type SearchAnswer } from './queries';

/**
 * The search box: actors whose name or acronym matches as the user types (the API's `search`), best first;
 * Enter or a click picks one.
 */
export class SearchBox {
  private readonly input = byId<HTMLInputElement>('search');
  private readonly list = byId<HTMLUListElement>('search-results');
  private hits: SearchAnswer['search'] = [];
  private request = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly pick: (actorId: string) => void,
    private readonly fail: (error: unknown) => void,
  ) {
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.lookUp(), 150);
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') void this.pickFirst();
      if (event.key === 'Escape') this.hide();
    });
    this.input.addEventListener('blur', () => setTimeout(() => this.hide(), 200));
  }

  /** Enter picks the best hit of what is typed now, even before the list has shown. */
  private async pickFirst(): Promise<void> {
    clearTimeout(this.timer);
    await this.lookUp();
    const first = this.hits[0];
    if (first) this.choose(first.id);
  }

  private async lookUp(): Promise<void> {
    const query = this.input.value.trim();
    const request = ++this.request;
    if (query === '') {
      this.hits = [];
      this.hide();
      return;
    }
    try {
      const { search } = await this.api.query<SearchAnswer>(SEARCH, { query });
      if (request !== this.request) return;
      this.hits = search.filter((hit) => hit.kind === 'ACTOR').slice(0, 10);
      this.show(query);
    } catch (error) {
      if (request === this.request) this.fail(error);
    }
  }

  private show(query: string): void {
    fill(
      this.list,
      this.hits.length === 0
        ? el('li', { class: 'muted' }, `No actor matches “${query}”.`)
        : this.hits.map((hit) => {
            const item = el('li', { role: 'option' }, hit.name);
            item.addEventListener('mousedown', (event) => {
              event.preventDefault();
              this.choose(hit.id);
            });
            return item;
          }),
    );
    this.list.hidden = false;
  }

  private choose(actorId: string): void {
    this.hide();
    this.pick(actorId);
  }

  private hide(): void {
    this.list.hidden = true;
  }
}
