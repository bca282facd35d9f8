import { z } from 'zod';
import { PartnershipKindSchema, SectorSchema } from './enums';
import { IdSchema, IsoDateSchema, crossFieldRule, optional } from './fields';
import type { Partnership } from './partnership';
import { EvidenceSchema, admittedEvidence } from './provenance';

const periodShape = { from: IsoDateSchema, to: IsoDateSchema };
const fromNotAfterTo = (p: { from: string; to: string }) => p.from <= p.to;

/** A closed range of days, `from` ≤ `to`. */
export const PeriodSchema = z.strictObject(periodShape).refine(
  ...crossFieldRule(periodShape, ['from', 'to'], fromNotAfterTo, {
    path: 'to',
    message: 'must not be before from',
  }),
);
export type Period = z.output<typeof PeriodSchema>;

const filterShape = {
  asOf: optional(IsoDateSchema),
  period: optional(PeriodSchema),
  sectors: optional(z.array(SectorSchema)),
  partnershipKinds: optional(z.array(PartnershipKindSchema)),
  themeIds: optional(z.array(IdSchema)),
  areaIds: optional(z.array(IdSchema)),
  excludeActorIds: optional(z.array(IdSchema)),
  excludePartnershipIds: optional(z.array(IdSchema)),
  /**
   * Actors, partnerships, participations and area links of these evidences. The store reads absent as
   * "any"; the entry points (API, export) put DEFAULT_EVIDENCE there first (withDefaultEvidence).
   */
  evidence: optional(z.array(EvidenceSchema)),
};

/**
 * The filter every analytics field takes (docs/design.md §5). Nodes are the actors passing `sectors` and not
 * excluded; ties come from the partnerships passing the other fields and not excluded. `asOf` is one day,
 * `period` a range of them (active at any time in it); a filter has at most one of the two.
 */
export const NetworkFilterSchema = z.strictObject(filterShape).refine(
  ...crossFieldRule(filterShape, ['asOf', 'period'], (f) => f.asOf === undefined || f.period === undefined, {
    path: 'period',
    message: 'cannot be given with asOf: asOf is one day, period a range of days',
  }),
);
export type NetworkFilter = z.output<typeof NetworkFilterSchema>;

/** Active at some day of `period` ⇔ (startDate ≤ to or none) and (endDate ≥ from or none). */
export function isActiveDuring(p: Pick<Partnership, 'startDate' | 'endDate'>, period: Period): boolean {
  return (
    (p.startDate === undefined || p.startDate <= period.to) &&
    (p.endDate === undefined || p.endDate >= period.from)
  );
}

/** The filter with DEFAULT_EVIDENCE when it names none: what every entry point hands on. */
export function withDefaultEvidence<F extends { evidence?: readonly z.infer<typeof EvidenceSchema>[] }>(
  filter: F,
): F & { evidence: z.infer<typeof EvidenceSchema>[] } {
  return { ...filter, evidence: [...admittedEvidence(filter.evidence)] };
}
