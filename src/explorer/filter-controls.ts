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
/** How the date controls filter: not at all, on one day (asOf), or over a period (from–to). */
type DateMode = 'any' | 'on' | 'period';

export class FilterControls {
  private readonly kinds: string[];
  private readonly slider = byId<HTMLInputElement>('asof-slider');
  private readonly from = byId<HTMLInputElement>('period-from');
  private readonly to = byId<HTMLInputElement>('period-to');
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
    for (const slider of [this.slider, this.from, this.to]) {
      slider.min = String(first ? dayOf(first) : today - 3650);
      slider.max = String(today);
      slider.value = String(today);
    }
    this.from.value = this.from.min;
    this.showDate();
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="date-mode"]'))
      radio.addEventListener('change', () => {
        this.showDate();
        this.changed();
      });
    // The two ends of the period never cross: moving one past the other takes the other along.
    this.from.addEventListener('input', () => {
      if (Number(this.from.value) > Number(this.to.value)) this.to.value = this.from.value;
    });
    this.to.addEventListener('input', () => {
      if (Number(this.to.value) < Number(this.from.value)) this.from.value = this.to.value;
    });
    for (const slider of [this.slider, this.from, this.to]) {
      slider.addEventListener('input', () => this.showDate());
      slider.addEventListener('change', () => this.changed());
    }
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

  private dateMode(): DateMode {
    const mode = document.querySelector<HTMLInputElement>('input[name="date-mode"]:checked')?.value;
    return mode === 'on' || mode === 'period' ? mode : 'any';
  }

  /** Shows the sliders of the date mode and says what they select. */
  private showDate(): void {
    const mode = this.dateMode();
    this.slider.hidden = mode !== 'on';
    byId('period-sliders').hidden = mode !== 'period';
    const { asOf, period } = this.dates();
    this.dateLabel.value = asOf
      ? `active on ${asOf}`
      : period
        ? `active at any time from ${period.from} to ${period.to}`
        : 'whatever their dates';
  }

  /** The date or the period the controls select (the API takes one of them, never both). */
  private dates(): Pick<ExplorerFilter, 'asOf' | 'period'> {
    const mode = this.dateMode();
    switch (mode) {
      case 'any':
        return {};
      case 'on':
        return { asOf: isoDay(Number(this.slider.value)) };
      case 'period':
        return { period: { from: isoDay(Number(this.from.value)), to: isoDay(Number(this.to.value)) } };
      default: {
        const never: never = mode;
        throw new Error(`filter-controls: unknown date mode ${String(never)}`);
      }
    }
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
      ...this.dates(),
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
    this.set({}, this.sizeMetric());
    this.changed();
  }

  /**
   * Sets the controls to `filter` and `sizeMetric` (a shared link's), without calling onChange. What the
   * controls do not offer (a sector this server does not have) is left out: read `filter()` afterwards.
   */
  set(filter: ExplorerFilter, sizeMetric: string): void {
    const lists: [string, string[] | undefined, readonly string[] | undefined][] = [
      ['sector', filter.sectors, undefined],
      ['kind', filter.partnershipKinds, undefined],
      ['evidence', filter.evidence, DEFAULT_EVIDENCE],
    ];
    for (const [name, chosen, byDefault] of lists)
      for (const box of document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`))
        box.checked = (chosen ?? byDefault)?.includes(box.value) ?? true;
    for (const [select, chosen] of [
      [this.themes, filter.themeIds],
      [this.areas, filter.areaIds],
    ] as const)
      for (const option of select.options) option.selected = chosen?.includes(option.value) ?? false;
    const mode: DateMode = filter.period ? 'period' : filter.asOf ? 'on' : 'any';
    byId<HTMLInputElement>(`date-${mode}`).checked = true;
    if (filter.asOf) this.slider.value = String(dayOf(filter.asOf));
    if (filter.period) {
      this.from.value = String(dayOf(filter.period.from));
      this.to.value = String(dayOf(filter.period.to));
    }
    if ([...this.metric.options].some((option) => option.value === sizeMetric))
      this.metric.value = sizeMetric;
    this.showDate();
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
