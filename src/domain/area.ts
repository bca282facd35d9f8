import { z } from 'zod';
import { AREA_LEVELS, AreaLevel, AreaLevelSchema } from './enums';
import { CountSchema, IdSchema, NameSchema, SourceSchema, crossFieldRule, optional } from './fields';

/** A place: country → region (district) → municipality. */
const areaShape = {
  id: IdSchema,
  name: NameSchema,
  altName: optional(NameSchema),
  /** Other names people use for it (e.g. a district by its town: "Prishtinë", "Priština"), matched by imports and search. */
  alternativeNames: optional(z.array(NameSchema)),
  level: AreaLevelSchema,
  parentId: optional(IdSchema),
  population: optional(CountSchema),
  childPopulation: optional(CountSchema),
  /** Where `population` (and `childPopulation`) come from, when not from `source`. */
  populationSource: optional(SourceSchema),
  source: optional(SourceSchema),
};

const notOwnParent = (a: { id: string; parentId?: string }) => a.parentId !== a.id;
const countryHasNoParent = (a: { level: AreaLevel; parentId?: string }) =>
  a.level !== 'COUNTRY' || a.parentId === undefined;
const childrenWithinPopulation = (a: { population?: number; childPopulation?: number }) =>
  a.population === undefined || a.childPopulation === undefined || a.childPopulation <= a.population;

/** The rules across an area's fields, each a refinement of AreaSchema (also checked by parseCanonical). */
export const AREA_RULES = [notOwnParent, countryHasNoParent, childrenWithinPopulation] as const;

export const AreaSchema = z
  .strictObject(areaShape)
  .refine(
    ...crossFieldRule(areaShape, ['id', 'parentId'], notOwnParent, {
      path: 'parentId',
      message: 'an area cannot be its own parent',
    }),
  )
  .refine(
    ...crossFieldRule(areaShape, ['level', 'parentId'], countryHasNoParent, {
      path: 'parentId',
      message: 'a COUNTRY has no parent area',
    }),
  )
  .refine(
    ...crossFieldRule(areaShape, ['population', 'childPopulation'], childrenWithinPopulation, {
      path: 'childPopulation',
      message: 'must not exceed population',
    }),
  );
export type Area = z.output<typeof AreaSchema>;
export type AreaInput = z.input<typeof AreaSchema>;

/** True when an area of level `parent` may contain one of level `child`: parents are strictly coarser, which also rules out cycles. */
export function canContain(parent: AreaLevel, child: AreaLevel): boolean {
  return AREA_LEVELS.indexOf(parent) < AREA_LEVELS.indexOf(child);
}

/**
 * The given areas and all areas below them. `childrenOf` answers one level down; the walk stops at areas
 * already seen, so even a malformed hierarchy cannot loop.
 */
export function withDescendants(
  areaIds: Iterable<string>,
  childrenOf: (id: string) => Iterable<string>,
): Set<string> {
  const scope = new Set<string>();
  const queue = [...areaIds];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (scope.has(id)) continue;
    scope.add(id);
    for (const child of childrenOf(id)) queue.push(child);
  }
  return scope;
}
