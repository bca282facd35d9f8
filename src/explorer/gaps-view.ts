import type { ApiClient } from './api';
import { byId, el, fill } from './dom';
import { networkFilter, type ExplorerFilter } from './explorer-state';
import { swatch } from './filter-controls';
import { humanise, plural } from './format';
import { cellColour } from './heat-scale';
import { GAPS, type GapsAnswer } from './queries';

/**
 * The gaps tab: the municipality × theme coverage heat map (`coverageMatrix`), the children's and youth
 * groups with no short path to government (`networkGaps.voiceGap`) and the sector pairs without ties,
 * all under the explorer's filter.
 */
/** Coverage cells a scenario would leave uncovered, and what to call the scenario in their tooltips. */
export interface LostCells {
  cells: readonly { area: { id: string }; theme: { id: string } }[];
  scenario: string;
}

export class GapsView {
  private readonly status = byId('gaps-status');
  private request = 0;
  private shown: GapsAnswer | undefined;
  private lost: LostCells | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly select: (actorId: string) => void,
    private readonly fail: (error: unknown) => void,
  ) {}

  async load(filter: ExplorerFilter): Promise<void> {
    const request = ++this.request;
    this.status.textContent = 'Loading gaps…';
    this.forget();
    try {
      const data = await this.api.query<GapsAnswer>(GAPS, { filter: networkFilter(filter) });
      if (request !== this.request) return;
      this.shown = data;
      this.render(data);
    } catch (error) {
      if (request !== this.request) return;
      this.status.textContent = '';
      this.fail(error);
    }
  }

  /**
   * The filters changed: the heat map on the page is no longer the network's, so a scenario marked before
   * the next load waits for it rather than marking the old counts.
   */
  forget(): void {
    this.shown = undefined;
  }

  /** Marks on the heat map the cells a scenario leaves uncovered (undefined: none). */
  mark(lost: LostCells | undefined): void {
    this.lost = lost;
    if (this.shown) this.render(this.shown);
  }

  private render({ coverageMatrix: matrix, networkGaps: gaps }: GapsAnswer): void {
    const lost = new Set(this.lost?.cells.map((cell) => `${cell.area.id}\n${cell.theme.id}`));
    const uncovered = matrix.counts.flat().filter((count) => count === 0).length;
    const more = this.lost ? ` · ${plural(lost.size, 'more cell')} (outlined red) ${this.lost.scenario}` : '';
    this.status.textContent = `${plural(matrix.rows.length, 'municipality', 'municipalities')} × ${plural(matrix.columns.length, 'theme')}: ${plural(uncovered, 'cell')} uncovered${more}`;
    fill(
      byId('heatmap'),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Municipality'),
          matrix.columns.map((theme) =>
            el('th', { scope: 'col', class: 'theme', title: theme.name }, el('span', {}, theme.name)),
          ),
        ),
      ),
      el(
        'tbody',
        {},
        matrix.rows.map((area, r) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, area.name),
            matrix.columns.map((theme, c) =>
              this.cell(
                matrix.counts[r]?.[c] ?? 0,
                matrix.max,
                `${area.name} × ${theme.name}`,
                lost.has(`${area.id}\n${theme.id}`) ? this.lost?.scenario : undefined,
              ),
            ),
          ),
        ),
      ),
    );
    fill(
      byId('voice-gap'),
      gaps.voiceGap.length === 0
        ? el('li', {}, 'None: every children’s and youth group is close to government.')
        : gaps.voiceGap.map((actor) => {
            const link = el(
              'button',
              { type: 'button', class: 'link' },
              swatch('CHILDREN_AND_YOUTH'),
              actor.name,
            );
            link.addEventListener('click', () => this.select(actor.id));
            return el('li', {}, link);
          }),
    );
    fill(
      byId('sector-pairs'),
      gaps.sectorPairsWithoutTies.length === 0
        ? el('li', {}, 'None: every pair of sectors works together.')
        : gaps.sectorPairsWithoutTies.map((pair) =>
            el('li', {}, swatch(pair.a), humanise(pair.a), ' and ', swatch(pair.b), humanise(pair.b)),
          ),
    );
  }

  /** A cell of the heat map; `lostIf` names the scenario that would leave it uncovered. */
  private cell(count: number, max: number, title: string, lostIf?: string): HTMLTableCellElement {
    const colour = cellColour(count, max);
    const classes = [count === 0 && 'gap', lostIf !== undefined && 'lost'].filter(Boolean).join(' ');
    const td = el(
      'td',
      {
        title: `${title}: ${plural(count, 'actor')}${lostIf ? `; none ${lostIf}` : ''}`,
        class: classes || undefined,
      },
      count,
    );
    td.style.background = colour.background;
    td.style.color = colour.text;
    return td;
  }
}
