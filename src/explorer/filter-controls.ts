import { SECTOR_COLOURS } from '../analytics/views/sector-palette';
import { byId, el, fill } from './dom';
import { listChoice, type ExplorerFilter } from './explorer-state';
import { humanise } from './format';
import type { Catalogue } from './queries';

export const SECTORS = Object.keys(SECTOR_COLOURS);
const EVIDENCE = ['DOCUMENTED', 'INFERRED', 'ILLUSTRATIVE'];

/** A dot in a sector's colour (set through the style object: the page's CSP refuses style attributes). */
export function swatch(sector: string): HTMLSpanElement {
  const dot = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  dot.style.background = SECTOR_COLOURS[sector as keyof typeof SECTOR_COLOURS]?.hex ?? '#999999';
  return dot;
}

const DAY = 86_400_000;
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);

/**
 * The NetworkFilter controls and the node-size choice, built from what the server offers (its themes,
 * areas, partnership kinds and metrics). Every change calls `onChange` with the whole filter.
 */
export class FilterControls {
  private readonly kinds: string[];
  private readonly any = byId<HTMLInputElement>('asof-any');
  private readonly slider = byId<HTMLInputElement>('asof-slider');
  private readonly dateLabel = byId<HTMLOutputElement>('asof-label');
  private readonly themes = byId<HTMLSelectElement>('theme-filter');
  private readonly areas = byId<HTMLSelectElement>('area-filter');
  private readonly metric = byId<HTMLSelectElement>('size-metric');

  constructor(
    catalogue: Catalogue,
    private readonly onChange: (filter: ExplorerFilter, sizeMetric: string) => void,
  ) {
    this.kinds = catalogue.kinds?.enumValues.map((value) => value.name) ?? [];
    this.buildChecks('sector-filter', 'sector', SECTORS, swatch);
    this.buildChecks('kind-filter', 'kind', this.kinds);
    this.buildChecks('evidence-filter', 'evidence', EVIDENCE, undefined, DEFAULT_EVIDENCE);
    fill(
      this.themes,
      catalogue.themes.map((theme) => el('option', { value: theme.id }, theme.name)),
    );
    fill(this.areas, areaOptions(catalogue));
    fill(
      this.metric,
      (catalogue.metrics?.enumValues ?? []).map((metric) =>
        el('option', { value: metric.name, title: metric.description ?? undefined }, humanise(metric.name)),
      ),
    );
    const today = Math.floor(Date.now() / DAY);
    const first = catalogue.earliest.edges.map((edge) => edge.node.startDate).find((date) => date);
    this.slider.min = String(first ? dayOf(first) : today - 3650);
    this.slider.max = String(today);
    this.slider.value = String(today);
    this.showDate();
    this.any.addEventListener('change', () => {
      this.slider.disabled = this.any.checked;
      this.showDate();
      this.changed();
    });
    this.slider.addEventListener('input', () => this.showDate());
    this.slider.addEventListener('change', () => this.changed());
    for (const control of [this.themes, this.areas, this.metric])
      control.addEventListener('change', () => this.changed());
    byId('reset-filters').addEventListener('click', () => this.reset());
  }

  /** The sector filter colours the checkboxes like the nodes, so it is a legend too. */
  private buildChecks(
    id: string,
    name: string,
    values: string[],
    decorate?: (value: string) => Node,
    checked: readonly string[] = values,
  ): void {
    const fieldset = byId(id);
    for (const value of values) {
      const box = el('input', { type: 'checkbox', name, value, checked: checked.includes(value) });
      box.addEventListener('change', () => this.changed());
      fieldset.appendChild(el('label', { class: 'check' }, box, decorate?.(value), humanise(value)));
    }
  }

  private showDate(): void {
    this.dateLabel.value = this.any.checked
      ? 'whatever their dates'
      : `active on ${isoDay(Number(this.slider.value))}`;
  }

  private checked(name: string): string[] {
    return [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
      (box) => box.value,
    );
  }

  filter(): ExplorerFilter {
    const selected = (select: HTMLSelectElement) => [...select.selectedOptions].map((option) => option.value);
    const themes = selected(this.themes);
    const areas = selected(this.areas);
    return {
      asOf: this.any.checked ? undefined : isoDay(Number(this.slider.value)),
      sectors: listChoice(this.checked('sector'), SECTORS),
      partnershipKinds: listChoice(this.checked('kind'), this.kinds),
      themeIds: themes.length > 0 ? themes : undefined,
      areaIds: areas.length > 0 ? areas : undefined,
      evidence: evidenceChoice(this.checked('evidence')),
    };
  }

  sizeMetric(): string {
    return this.metric.value;
  }

  private changed(): void {
    this.onChange(this.filter(), this.sizeMetric());
  }

  private reset(): void {
    for (const box of document.querySelectorAll<HTMLInputElement>('#filters input[type="checkbox"]'))
      box.checked = box.name !== 'evidence' || DEFAULT_EVIDENCE.includes(box.value);
    this.slider.disabled = true;
    this.showDate();
    for (const option of [...this.themes.options, ...this.areas.options]) option.selected = false;
    this.changed();
  }
}

/** The API's default: illustrative records only when asked for. */
const DEFAULT_EVIDENCE = ['DOCUMENTED', 'INFERRED'];

/** The evidence boxes' value for the filter: undefined when they say what the API does by default. */
function evidenceChoice(chosen: string[]): string[] | undefined {
  return chosen.length === DEFAULT_EVIDENCE.length && DEFAULT_EVIDENCE.every((e) => chosen.includes(e))
    ? undefined
    : chosen;
}

/** Areas as a tree in one list: regions, each followed by its municipalities, indented. */
function areaOptions(catalogue: Catalogue): HTMLOptionElement[] {
  const children = new Map<string, Catalogue['areas']>();
  for (const area of catalogue.areas) {
    const parent = area.parent?.id ?? '';
    children.set(parent, [...(children.get(parent) ?? []), area]);
  }
  const options: HTMLOptionElement[] = [];
  const walk = (parent: string, depth: number) => {
    for (const area of children.get(parent) ?? []) {
      options.push(el('option', { value: area.id }, `${'\u2003'.repeat(depth)}${area.name}`));
      walk(area.id, depth + 1);
    }
  };
  walk('', 0);
  return options;
}
