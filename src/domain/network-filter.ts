import { z } from 'zod';
import { PartnershipKindSchema, SectorSchema } from './enums';
import { IdSchema, IsoDateSchema, optional } from './fields';

/**
 * The filter every analytics field takes (docs/design.md §5). Nodes are the actors passing `sectors`; ties come
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
