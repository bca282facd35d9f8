import { z } from 'zod';
import { PartnershipKindSchema, SectorSchema } from './enums';
import { IdSchema, IsoDateSchema, optional } from './fields';
import { EvidenceSchema, admittedEvidence } from './provenance';

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
  /**
   * Actors, partnerships, participations and area links of these evidences. The store reads absent as
   * "any"; the entry points (API, export) put DEFAULT_EVIDENCE there first (withDefaultEvidence).
   */
  evidence: optional(z.array(EvidenceSchema)),
});
export type NetworkFilter = z.output<typeof NetworkFilterSchema>;

/** The filter with DEFAULT_EVIDENCE when it names none: what every entry point hands on. */
export function withDefaultEvidence<F extends { evidence?: readonly z.infer<typeof EvidenceSchema>[] }>(
  filter: F,
): F & { evidence: z.infer<typeof EvidenceSchema>[] } {
  return { ...filter, evidence: [...admittedEvidence(filter.evidence)] };
}
