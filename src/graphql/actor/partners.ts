import { isActiveAt, type EntityOf, type Partnership, type Sector } from '../../domain';
import { compareByName } from '../../store/listing';
import { entityLoader, loadExisting, type Loaders } from '../../app/loaders';
import { byTitle, partnershipsOf } from '../partnership/partnership-connection';
import { compareActorNames } from './actor-connection';
import type { Partner } from './partner.type';

/** An actor's partnerships, only those active on `asOf` when it is given. */
export async function actorPartnerships(
  loaders: Loaders,
  actorId: string,
  asOf?: string,
): Promise<Partnership[]> {
  const all = await partnershipsOf(loaders, 'actors', actorId);
  return asOf ? all.filter((p) => isActiveAt(p, asOf)) : all;
}

/**
 * The actors sharing at least one of `actorId`'s partnerships (active on `asOf`, if given), of `sectors` if
 * given: most shared partnerships first, then by name, so the closest partners lead the list.
 */
export async function partnersOf(
  loaders: Loaders,
  actorId: string,
  asOf?: string,
  sectors?: readonly Sector[],
): Promise<Partner[]> {
  const shared = new Map<string, Partnership[]>();
  for (const p of await actorPartnerships(loaders, actorId, asOf)) {
    // An actor may hold two roles in one partnership: it is still one shared partnership.
    for (const other of new Set(p.participants.map((x) => x.actorId))) {
      if (other === actorId) continue;
      const together = shared.get(other);
      if (together) together.push(p);
      else shared.set(other, [p]);
    }
  }
  const actors = await loadExisting(loaders.actors, [...shared.keys()]);
  return actors
    .filter((actor) => !sectors || sectors.includes(actor.sector))
    .map((actor) => {
      const partnerships = byTitle(shared.get(actor.id)!);
      return { actor, partnerships, count: partnerships.length };
    })
    .sort((a, b) => b.count - a.count || compareActorNames(a.actor, b.actor));
}

/**
 * The areas, themes or target groups that `partnerships` link to, each once, by name: what an actor works
 * on and where, derived from its partnerships.
 */
export async function linkedThrough<K extends 'areas' | 'themes' | 'targetGroups'>(
  loaders: Loaders,
  kind: K,
  partnerships: readonly Partnership[],
): Promise<EntityOf[K][]> {
  const ids = new Set(
    partnerships.flatMap((p) =>
      kind === 'areas'
        ? p.areaIds
        : kind === 'themes'
          ? p.themeIds
          : p.targetGroups.map((t) => t.targetGroupId),
    ),
  );
  return (await loadExisting(entityLoader(loaders, kind), [...ids])).sort(compareByName);
}
