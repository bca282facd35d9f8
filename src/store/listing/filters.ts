import {
  admits,
  foldText,
  identifierKey,
  isActiveAt,
  withEvidence,
  type Actor,
  type NetworkFilter,
  type OrganisationIdentifier,
  type Partnership,
} from '../../domain';
import type { ActorFilter, PartnershipFilter } from '../network-store';
import { folded } from './folded';

/**
 * Listing filters shared by every adapter. The embedded store runs these functions; the Neo4j store's
 * Cypher must agree with them, and the contract suite checks that it does.
 */

function textMatches(text: string | undefined, ...fields: (string | undefined)[]): boolean {
  if (text === undefined || text.trim() === '') return true;
  const needle = foldText(text);
  return fields.some((f) => f !== undefined && folded(f).includes(needle));
}

function hasIdentifier(actor: Actor, wanted: readonly OrganisationIdentifier[]): boolean {
  const keys = new Set(wanted.map(identifierKey));
  return (actor.identifiers ?? []).some((identifier) => keys.has(identifierKey(identifier)));
}

/**
 * `homeAreaScope` is `homeAreaIds` with their descendants, and `participants` the actors of
 * `participantsIn(filter.partnerships)`, both worked out once by the caller.
 */
export function actorMatches(
  actor: Actor,
  filter: ActorFilter,
  homeAreaScope?: ReadonlySet<string>,
  participants?: ReadonlySet<string>,
): boolean {
  if (filter.ids && !filter.ids.includes(actor.id)) return false;
  if (filter.partnerships && !participants?.has(actor.id)) return false;
  if (filter.sectors && !filter.sectors.includes(actor.sector)) return false;
  if (filter.kinds && !filter.kinds.includes(actor.kind)) return false;
  if (filter.homeAreaIds && !(actor.homeAreaId && homeAreaScope?.has(actor.homeAreaId))) return false;
  if (filter.identifiers && !hasIdentifier(actor, filter.identifiers)) return false;
  if (!admits(filter.evidence, actor.provenance)) return false;
  return textMatches(filter.text, actor.name, actor.acronym);
}

/** `areaScope` is `areaIds` with their descendants, expanded once by the caller. */
export function partnershipMatches(
  p: Partnership,
  filter: PartnershipFilter,
  areaScope?: ReadonlySet<string>,
): boolean {
  if (filter.ids && !filter.ids.includes(p.id)) return false;
  if (filter.kinds && !filter.kinds.includes(p.kind)) return false;
  if (filter.asOf && !isActiveAt(p, filter.asOf)) return false;
  const seen = withEvidence(p, filter.evidence);
  if (!seen) return false;
  if (filter.actorIds) {
    const { actorIds, roles } = filter;
    if (!seen.participants.some((x) => actorIds.includes(x.actorId) && (!roles || roles.includes(x.role))))
      return false;
  } else if (filter.roles && !seen.participants.some((x) => filter.roles!.includes(x.role))) return false;
  if (filter.areaIds && !seen.areaIds.some((id) => areaScope?.has(id))) return false;
  if (filter.themeIds && !p.themeIds.some((id) => filter.themeIds!.includes(id))) return false;
  if (filter.targetGroupIds && !p.targetGroups.some((t) => filter.targetGroupIds!.includes(t.targetGroupId)))
    return false;
  return textMatches(filter.text, p.title);
}

/**
 * The actors taking part in a partnership passing `filter` (`areaScope` as for partnershipMatches), in one of
 * its `roles` when given: what ActorFilter.partnerships selects.
 */
export function participantsIn(
  partnerships: Iterable<Partnership>,
  filter: PartnershipFilter,
  areaScope?: ReadonlySet<string>,
): Set<string> {
  const actors = new Set<string>();
  for (const p of partnerships) {
    if (!partnershipMatches(p, filter, areaScope)) continue;
    for (const x of withEvidence(p, filter.evidence)!.participants)
      if (!filter.roles || filter.roles.includes(x.role)) actors.add(x.actorId);
  }
  return actors;
}

/**
 * The analytics filter (docs/design.md §5) as listing filters, so that a snapshot and a listing select with one
 * matcher: nodes are the actors passing `sectors`, ties come from partnerships passing the rest.
 */
export function networkSelection(filter: NetworkFilter): {
  actors: ActorFilter;
  partnerships: PartnershipFilter;
} {
  const partnerships: PartnershipFilter = {
    ...(filter.asOf ? { asOf: filter.asOf } : {}),
    ...(filter.partnershipKinds ? { kinds: filter.partnershipKinds } : {}),
    ...(filter.themeIds ? { themeIds: filter.themeIds } : {}),
    ...(filter.areaIds ? { areaIds: filter.areaIds } : {}),
    ...(filter.evidence ? { evidence: filter.evidence } : {}),
  };
  return {
    actors: {
      ...(filter.sectors ? { sectors: filter.sectors } : {}),
      ...(filter.evidence ? { evidence: filter.evidence } : {}),
    },
    partnerships,
  };
}
