import { withDescendants, type Area, type AreaLevel, type TargetGroup, type Theme } from '../domain';
import { AnalyticsArgumentError, AnalyticsLimitError } from './errors';
import type { ActorNetwork } from './projection';
import { byName } from './reach';

export interface CoverageOptions {
  /** The level of the cells' areas (default MUNICIPALITY). */
  areaLevel?: AreaLevel;
  /** Cells per target group too (default false). */
  byTargetGroup?: boolean;
  /** A covered cell with fewer distinct actors than this is thin (default 2, at least 1). */
  minActors?: number;
  /** A partnership in an area also covers the areas inside it (default false). */
  includeParentAreas?: boolean;
  /** The filter's areas: cells are restricted to them and the areas inside them. */
  areaIds?: readonly string[];
  /** The filter's themes: cells are restricted to them. */
  themeIds?: readonly string[];
}

const DEFAULTS = {
  areaLevel: 'MUNICIPALITY',
  byTargetGroup: false,
  minActors: 2,
  includeParentAreas: false,
} as const;

/** Beyond this many cells a report is unreadable and slow to build: narrow the areas, themes or level instead. */
export const MAX_CELLS = 250_000;

export interface CoverageCell {
  area: Area;
  theme: Theme;
  /** Undefined unless the report is by target group. */
  targetGroup?: TargetGroup;
  /** Distinct actors (network nodes) taking part in the partnerships covering the cell. */
  actors: number;
  /**
   * The area's people × (1 − the area's coverage), people being its childPopulation where known, else its
   * population (priorityBasis says which); undefined where neither is known.
   */
  priority?: number;
  priorityBasis?: PriorityBasis;
}

export interface AreaCoverage {
  area: Area;
  coverage: number;
}

export interface ThemeCoverage {
  theme: Theme;
  coverage: number;
}

export interface CoverageReport {
  cells: number;
  /** Covered cells / cells; 0 when there are no cells. */
  coverage: number;
  uncovered: CoverageCell[];
  thin: CoverageCell[];
  byArea: AreaCoverage[];
  byTheme: ThemeCoverage[];
}

/**
 * Coverage gaps (docs/design.md §4): cells area × theme [× target group]; a partnership of the snapshot covers a
 * cell when it is on the theme, in the area or an area inside it (with `includeParentAreas`, in an area
 * containing it too) and for the group (a partnership for no group is for all). Uncovered cells have no
 * actor, thin ones 1 to minActors − 1; both ordered by priority (highest first, unknown last), then area,
 * theme and group name. byArea and byTheme are ordered by name. O(cells + Σ partnerships' cell hits).
 */
export function coverageGaps(network: ActorNetwork, options: CoverageOptions = {}): CoverageReport {
  const { areaLevel, byTargetGroup, minActors, includeParentAreas, areaIds, themeIds } = {
    ...DEFAULTS,
    ...options,
  };
  if (!Number.isInteger(minActors) || minActors < 1)
    throw new AnalyticsArgumentError('coverageGaps', 'minActors', 'must be a whole number ≥ 1');

  const { cellAreas, themes, groups, actorsOf } = coverageCells(network, 'coverageGaps', {
    areaLevel,
    byTargetGroup,
    includeParentAreas,
    areaIds,
    themeIds,
  });
  const cells = actorsOf.length;

  const perArea = cellAreas.map(() => 0);
  const perTheme = themes.map(() => 0);
  let covered = 0;
  actorsOf.forEach((set, cell) => {
    if (!set) return;
    covered++;
    perArea[Math.floor(cell / (themes.length * groups.length))]! += 1;
    perTheme[Math.floor(cell / groups.length) % themes.length]! += 1;
  });
  const ratio = (count: number, of: number) => (of === 0 ? 0 : count / of);
  const areaCoverage = perArea.map((c) => ratio(c, themes.length * groups.length));

  const uncovered: CoverageCell[] = [];
  const thin: CoverageCell[] = [];
  for (let cell = 0; cell < cells; cell++) {
    const actors = actorsOf[cell]?.size ?? 0;
    if (actors >= minActors) continue;
    const a = Math.floor(cell / (themes.length * groups.length));
    const area = cellAreas[a]!;
    const group = groups[cell % groups.length];
    (actors === 0 ? uncovered : thin).push({
      area,
      theme: themes[Math.floor(cell / groups.length) % themes.length]!,
      ...(group ? { targetGroup: group } : {}),
      actors,
      ...priorityOf(area, areaCoverage[a]!),
    });
  }
  // Cells were generated in area, theme, group name order; a stable sort by priority keeps it within ties.
  const byPriority = (x: CoverageCell, y: CoverageCell) => (y.priority ?? -1) - (x.priority ?? -1);
  return {
    cells,
    coverage: ratio(covered, cells),
    uncovered: uncovered.sort(byPriority),
    thin: thin.sort(byPriority),
    byArea: cellAreas.map((area, i) => ({ area, coverage: areaCoverage[i]! })),
    byTheme: themes.map((theme, i) => ({
      theme,
      coverage: ratio(perTheme[i]!, cellAreas.length * groups.length),
    })),
  };
}

/** What a coverage priority counts: children where the area's child population is known, else everyone. */
export const PRIORITY_BASES = ['CHILD_POPULATION', 'POPULATION'] as const;
export type PriorityBasis = (typeof PRIORITY_BASES)[number];

/** A cell's priority in `area` of coverage `coverage`, and its basis; nothing where no population is known. */
function priorityOf(area: Area, coverage: number): Pick<CoverageCell, 'priority' | 'priorityBasis'> {
  if (area.childPopulation !== undefined)
    return { priority: area.childPopulation * (1 - coverage), priorityBasis: 'CHILD_POPULATION' };
  if (area.population !== undefined)
    return { priority: area.population * (1 - coverage), priorityBasis: 'POPULATION' };
  return {};
}

/** Area × theme counts of distinct actors, for a heat map. */
export interface CoverageMatrix {
  /** Every area of the level (within the filter's areas), by name: covered or not. */
  rows: Area[];
  /** Every theme (of the filter's themes), by name. */
  columns: Theme[];
  /** counts[row][column]: the distinct actors (network nodes) of the partnerships covering that cell. */
  counts: number[][];
  /** The highest count; 0 when nothing is covered. */
  max: number;
}

/**
 * The coverage of coverageGaps (same cells, same rule of covering, same actors) as a full area × theme
 * matrix of actor counts, zero rows included. Options as coverageGaps's, without target groups and
 * minActors. O(cells + Σ partnerships' cell hits).
 */
export function coverageMatrix(
  network: ActorNetwork,
  options: Omit<CoverageOptions, 'byTargetGroup' | 'minActors'> = {},
): CoverageMatrix {
  const { areaLevel, includeParentAreas } = { ...DEFAULTS, ...options };
  const { cellAreas, themes, actorsOf } = coverageCells(network, 'coverageMatrix', {
    ...options,
    areaLevel,
    includeParentAreas,
    byTargetGroup: false,
  });
  const counts = cellAreas.map((_, a) => themes.map((_, t) => actorsOf[a * themes.length + t]?.size ?? 0));
  const max = counts.reduce((most, row) => row.reduce((m, count) => Math.max(m, count), most), 0);
  return { rows: cellAreas, columns: themes, counts, max };
}

/** The cells of a coverage report or matrix and the distinct actors covering each. */
interface CoverageCells {
  cellAreas: Area[];
  themes: Theme[];
  groups: (TargetGroup | undefined)[];
  /** Cell (area × themes + theme) × groups + group: its distinct actors (node indices); undefined: none. */
  actorsOf: (Set<number> | undefined)[];
}

/**
 * The cells area × theme [× group] of `options` (areas of areaLevel within areaIds, themes of themeIds,
 * each by name) and the actors of the partnerships covering each: the one definition of coverage
 * (docs/design.md §4) that coverageGaps and coverageMatrix share. Over MAX_CELLS, an AnalyticsLimitError of
 * `module`.
 */
function coverageCells(
  network: ActorNetwork,
  module: string,
  options: Required<Pick<CoverageOptions, 'areaLevel' | 'byTargetGroup' | 'includeParentAreas'>> &
    Pick<CoverageOptions, 'areaIds' | 'themeIds'>,
): CoverageCells {
  const { areaLevel, byTargetGroup, includeParentAreas, areaIds, themeIds } = options;
  const { records } = network;
  const areaById = new Map(records.areas.map((a) => [a.id, a]));
  const childrenOf = new Map<string, string[]>();
  for (const area of records.areas) {
    if (area.parentId === undefined) continue;
    const siblings = childrenOf.get(area.parentId);
    if (siblings) siblings.push(area.id);
    else childrenOf.set(area.parentId, [area.id]);
  }
  const below = (ids: Iterable<string>) => withDescendants(ids, (id) => childrenOf.get(id) ?? []);

  const scope = areaIds ? below(areaIds) : undefined;
  const cellAreas = byName(records.areas.filter((a) => a.level === areaLevel && (!scope || scope.has(a.id))));
  const themeScope = themeIds ? new Set(themeIds) : undefined;
  const themes = byName(records.themes.filter((t) => !themeScope || themeScope.has(t.id)));
  const groups: (TargetGroup | undefined)[] = byTargetGroup ? byName(records.targetGroups) : [undefined];
  const cells = cellAreas.length * themes.length * groups.length;
  if (cells > MAX_CELLS)
    throw new AnalyticsLimitError(
      module,
      `${cells} cells is more than ${MAX_CELLS}`,
      'narrow filter.areaIds or filter.themeIds, choose a coarser areaLevel, or leave byTargetGroup off',
    );

  // Cell index = (area × themes + theme) × groups + group; each cell collects its distinct actors.
  const areaIndex = new Map(cellAreas.map((a, i) => [a.id, i]));
  const themeIndex = new Map(themes.map((t, i) => [t.id, i]));
  const groupIndex = new Map(groups.map((g, i) => [g?.id, i]));
  const actorsOf: (Set<number> | undefined)[] = new Array(cells);

  for (const { partnership, members } of network.partnerships) {
    const touched = new Set<string>();
    for (const areaId of partnership.areaIds) {
      for (const id of ancestorsAndSelf(areaId, areaById)) touched.add(id);
      if (includeParentAreas) for (const id of below([areaId])) touched.add(id);
    }
    const groupsFor =
      !byTargetGroup || partnership.targetGroups.length === 0
        ? [...groups.keys()]
        : indices(
            groupIndex,
            partnership.targetGroups.map((g) => g.targetGroupId),
          );
    for (const a of indices(areaIndex, touched))
      for (const t of indices(themeIndex, partnership.themeIds))
        for (const g of groupsFor) {
          const cell = (a * themes.length + t) * groups.length + g;
          const set = (actorsOf[cell] ??= new Set());
          for (const m of members) set.add(m);
        }
  }
  return { cellAreas, themes, groups, actorsOf };
}

/** The positions of the ids that have one (ids outside the cells' areas, themes or groups have none). */
function indices(index: ReadonlyMap<string | undefined, number>, ids: Iterable<string>): number[] {
  const found: number[] = [];
  for (const id of ids) {
    const i = index.get(id);
    if (i !== undefined) found.push(i);
  }
  return found;
}

/** The area and the areas containing it, innermost first; stops at a repeat, so a malformed tree cannot loop. */
function ancestorsAndSelf(areaId: string, areaById: ReadonlyMap<string, Area>): string[] {
  const chain: string[] = [];
  for (
    let id: string | undefined = areaId;
    id !== undefined && !chain.includes(id);
    id = areaById.get(id)?.parentId
  )
    chain.push(id);
  return chain;
}
