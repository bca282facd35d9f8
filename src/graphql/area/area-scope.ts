import {
  admits,
  isActiveAt,
  withDescendants,
  withEvidence,
  type Actor,
  type Evidence,
  type Partnership,
} from '../../domain';
import { loadExisting, referrersOfAll, type Loaders } from '../../app/loaders';
import type { PartnershipScope } from '../actor/partners';

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

/**
 * The partnerships in an area or inside it (in id order), seen through `evidence`: a partnership whose
 * only link to the area is of another evidence is not in it.
 */
export async function partnershipsWithin(
  loaders: Loaders,
  areaId: string,
  evidence: readonly Evidence[],
): Promise<Partnership[]> {
  const scope = await areaScope(loaders, [areaId]);
  const ids = await referrersOfAll(loaders, 'areas', scope, 'partnerships');
  return (await loadExisting(loaders.partnerships, ids)).flatMap((p) => {
    const seen = withEvidence(p, evidence);
    return seen && seen.areaIds.some((id) => scope.has(id)) ? [seen] : [];
  });
}

/** The actors of `evidence` taking part in a partnership in `scope` in an area or inside it. */
export async function actorsWorkingWithin(
  loaders: Loaders,
  areaId: string,
  { asOf, evidence }: PartnershipScope,
): Promise<Actor[]> {
  const partnerships = (await partnershipsWithin(loaders, areaId, evidence)).filter(
    (p) => !asOf || isActiveAt(p, asOf),
  );
  const ids = new Set(partnerships.flatMap((p) => p.participants.map((x) => x.actorId)));
  return ofEvidence(await loadExisting(loaders.actors, [...ids]), evidence);
}

/** The actors of `evidence` based in an area or inside it. */
export async function actorsBasedWithin(
  loaders: Loaders,
  areaId: string,
  evidence: readonly Evidence[],
): Promise<Actor[]> {
  const ids = await referrersOfAll(loaders, 'areas', await areaScope(loaders, [areaId]), 'actors');
  return ofEvidence(await loadExisting(loaders.actors, ids), evidence);
}

function ofEvidence(actors: Actor[], evidence: readonly Evidence[]): Actor[] {
  return actors.filter((a) => admits(evidence, a.provenance));
}
