import {
  admits,
  isActiveAt,
  withEvidence,
  type EntityOf,
  type Evidence,
  type Partnership,
  type Sector,
} from '../../domain';
import { compareByName } from '../../store/listing/sorting';
import { entityLoader, loadExisting, type Loaders } from '../../app/loaders';
import { byTitle, partnershipsOf } from '../partnership/partnership-connection';
import { compareActorNames } from './actor-connection';
import type { Partner } from './partner.type';

/** Which of an actor's partnerships count: those active on `asOf` (all when absent), seen through `evidence`. */
export interface PartnershipScope {
  asOf?: string;
  evidence: readonly Evidence[];
}

/**
 * An actor's partnerships in `scope`, each seen through the evidence filter (only the participations and
 * area links it admits), and only those where the actor's own part passes it.
 */
export async function actorPartnerships(
  loaders: Loaders,
  actorId: string,
  { asOf, evidence }: PartnershipScope,
): Promise<Partnership[]> {
  return (await partnershipsOf(loaders, 'actors', actorId)).flatMap((p) => {
    const seen = withEvidence(p, evidence);
    const counts =
      seen !== undefined &&
      (!asOf || isActiveAt(seen, asOf)) &&
      seen.participants.some((x) => x.actorId === actorId);
    return counts ? [seen] : [];
  });
}

/**
 * The actors sharing at least one of `actorId`'s partnerships in `scope`, of `sectors` if given and of the
 * scope's evidence: most shared partnerships first, then by name, so the closest partners lead the list.
 */
export async function partnersOf(
  loaders: Loaders,
  actorId: string,
  scope: PartnershipScope,
  sectors?: readonly Sector[],
): Promise<Partner[]> {
  const shared = new Map<string, Partnership[]>();
  for (const p of await actorPartnerships(loaders, actorId, scope)) {
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
    .filter(
      (actor) => (!sectors || sectors.includes(actor.sector)) && admits(scope.evidence, actor.provenance),
    )
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
