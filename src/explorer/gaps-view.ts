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
export class GapsView {
  private readonly status = byId('gaps-status');
  private request = 0;

  constructor(
    private readonly api: ApiClient,
    private readonly select: (actorId: string) => void,
    private readonly fail: (error: unknown) => void,
  ) {}

  async load(filter: ExplorerFilter): Promise<void> {
    const request = ++this.request;
    this.status.textContent = 'Loading gaps…';
    try {
      const data = await this.api.query<GapsAnswer>(GAPS, { filter: networkFilter(filter) });
      if (request !== this.request) return;
      this.render(data);
    } catch (error) {
      if (request !== this.request) return;
      this.status.textContent = '';
      this.fail(error);
    }
  }

  private render({ coverageMatrix: matrix, networkGaps: gaps }: GapsAnswer): void {
    const uncovered = matrix.counts.flat().filter((count) => count === 0).length;
    this.status.textContent = `${plural(matrix.rows.length, 'municipality', 'municipalities')} × ${plural(matrix.columns.length, 'theme')}: ${plural(uncovered, 'cell')} uncovered`;
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
              this.cell(matrix.counts[r]?.[c] ?? 0, matrix.max, `${area.name} × ${theme.name}`),
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

  private cell(count: number, max: number, title: string): HTMLTableCellElement {
    const colour = cellColour(count, max);
    const td = el(
      'td',
      { title: `${title}: ${plural(count, 'actor')}`, class: count === 0 ? 'gap' : undefined },
      count,
    );
    td.style.background = colour.background;
    td.style.color = colour.text;
    return td;
  }
}
