import { isActiveAt, withDescendants, type Actor, type Partnership } from '../../domain';
import { loadExisting, referrersOfAll, type Loaders } from '../../app/loaders';

/**
 * The given areas and every area inside them, from the request's one listing of all areas: expanding the
 * scope of any number of areas costs one store call per request, not one per level or per area.
 */
export async function areaScope(loaders: Loaders, areaIds: readonly string[]): Promise<Set<string>> {
  const children = new Map<string, string[]>();
  for (const area of await loaders.allAreas())
    if (area.parentId) children.set(area.parentId, [...(children.get(area.parentId) ?? []), area.id]);
  return withDescendants(areaIds, (id) => children.get(id) ?? []);
}

/** The partnerships in an area or inside it (unfiltered, in id order). */
export async function partnershipsWithin(loaders: Loaders, areaId: string): Promise<Partnership[]> {
  const scope = await areaScope(loaders, [areaId]);
  const ids = await referrersOfAll(loaders, 'areas', scope, 'partnerships');
  return loadExisting(loaders.partnerships, ids);
}

/** The actors taking part in a partnership in an area or inside it (active on `asOf`, if given). */
export async function actorsWorkingWithin(loaders: Loaders, areaId: string, asOf?: string): Promise<Actor[]> {
  const partnerships = (await partnershipsWithin(loaders, areaId)).filter(
    (p) => !asOf || isActiveAt(p, asOf),
  );
  const ids = new Set(partnerships.flatMap((p) => p.participants.map((x) => x.actorId)));
  return loadExisting(loaders.actors, [...ids]);
}

/** The actors based in an area or inside it. */
export async function actorsBasedWithin(loaders: Loaders, areaId: string): Promise<Actor[]> {
  const ids = await referrersOfAll(loaders, 'areas', await areaScope(loaders, [areaId]), 'actors');
  return loadExisting(loaders.actors, ids);
}
