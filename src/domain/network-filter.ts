import { z } from 'zod';
import type { Actor } from './actor';
import { PartnershipKindSchema, SectorSchema } from './enums';
import { IdSchema, IsoDateSchema, optional } from './fields';
import { isActiveAt, type Partnership } from './partnership';

/**
 * The filter every analytics field takes (DESIGN.md §5). Nodes are the actors passing `sectors`; ties come
 * from the partnerships passing the other fields.
 */
export const NetworkFilterSchema = z.strictObject({
  asOf: optional(IsoDateSchema),
  sectors: optional(z.array(SectorSchema)),
  partnershipKinds: optional(z.array(PartnershipKindSchema)),
  themeIds: optional(z.array(IdSchema)),
  areaIds: optional(z.array(IdSchema)),
});
export type NetworkFilter = z.output<typeof NetworkFilterSchema>;

export function actorPasses(actor: Actor, filter: NetworkFilter): boolean {
  return !filter.sectors || filter.sectors.includes(actor.sector);
}

/**
 * Whether a partnership passes the filter. `areaScope` is the set of the filter's areas and all their
 * descendants (a filter on a district keeps partnerships in its municipalities); the caller expands it
 * once, since that needs the area hierarchy.
 */
export function partnershipPasses(
  p: Partnership,
  filter: NetworkFilter,
  areaScope?: ReadonlySet<string>,
): boolean {
  if (filter.asOf && !isActiveAt(p, filter.asOf)) return false;
  if (filter.partnershipKinds && !filter.partnershipKinds.includes(p.kind)) return false;
  if (filter.themeIds && !p.themeIds.some((id) => filter.themeIds!.includes(id))) return false;
  if (filter.areaIds && !p.areaIds.some((id) => areaScope?.has(id) ?? filter.areaIds!.includes(id)))
    return false;
  return true;
}
