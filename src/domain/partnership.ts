import { z } from 'zod';
import { PartnershipKindSchema, RoleSchema } from './enums';
import {
  CountSchema,
  DescriptionSchema,
  IdSchema,
  IsoDateSchema,
  NameSchema,
  SourceSchema,
  TEXT_LIMITS,
  crossFieldRule,
  optional,
  uniqueList,
} from './fields';
import {
  AreaProvenanceSchema,
  DatePrecisionSchema,
  ProvenanceSchema,
  admits,
  type Evidence,
} from './provenance';

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 currency code such as "EUR"' });
export const AmountSchema = z
  .number()
  .refine(Number.isFinite, { error: 'must be a number' })
  .refine((n) => n >= 0, { error: 'must be ≥ 0' });

export const ParticipationSchema = z.strictObject({
  actorId: IdSchema,
  role: RoleSchema,
  /** How this actor's part is known (absent: the partnership's provenance). */
  provenance: optional(ProvenanceSchema),
});
export type Participation = z.output<typeof ParticipationSchema>;

/** How many of a target group a partnership means to reach and has reached. */
export const TargetReachSchema = z.strictObject({
  targetGroupId: IdSchema,
  targeted: optional(CountSchema),
  reached: optional(CountSchema),
});
export type TargetReach = z.output<typeof TargetReachSchema>;

/**
 * A partnership is a node, not an edge: it has several parties, places, themes and groups (docs/design.md §3).
 * The same shape is `PartnershipInput` and our JSON import row.
 */
const partnershipShape = {
  id: IdSchema,
  title: NameSchema,
  kind: PartnershipKindSchema,
  startDate: optional(IsoDateSchema),
  endDate: optional(IsoDateSchema),
  description: optional(DescriptionSchema),
  participants: uniqueList(ParticipationSchema, (p) => `${p.actorId} as ${p.role}`, 'participant').refine(
    (participants) => participants.length > 0,
    { error: 'a partnership needs at least one participant' },
  ),
  areaIds: uniqueList(IdSchema, (id) => id, 'area'),
  themeIds: uniqueList(IdSchema, (id) => id, 'theme'),
  targetGroups: uniqueList(TargetReachSchema, (t) => t.targetGroupId, 'target group'),
  source: optional(SourceSchema),
  /** ISO 4217 code of the totals below; required when either is given. */
  currency: optional(CurrencySchema),
  /** What funders committed to the partnership in all (IATI: the sum of its outgoing commitments). */
  totalCommitment: optional(AmountSchema),
  /** What was paid out to it in all (IATI: the sum of its disbursements). */
  totalDisbursement: optional(AmountSchema),
  /** How the partnership is known (absent: DOCUMENTED by `source`). */
  provenance: optional(ProvenanceSchema),
  /** Absent when empty, like the two lists below, so records written before these fields read back unchanged. */
  tags: nonEmpty(uniqueList(z.string().trim().min(1).max(TEXT_LIMITS.tag), (tag) => tag, 'tag')),
  startDatePrecision: optional(DatePrecisionSchema),
  endDatePrecision: optional(DatePrecisionSchema),
  startDateProvenance: optional(ProvenanceSchema),
  endDateProvenance: optional(ProvenanceSchema),
  /** Provenance of single area links; the areas not listed share the partnership's. */
  areaProvenance: nonEmpty(uniqueList(AreaProvenanceSchema, (a) => a.areaId, 'area provenance')),
};

/** A list that is absent rather than empty. */
function nonEmpty<T extends z.ZodType<unknown[] | undefined>>(schema: T) {
  return optional(schema.transform((items) => (items && items.length > 0 ? items : undefined)));
}

/** The rules across a partnership's fields, refinements of PartnershipSchema (also checked by parseCanonical). */
export const datesInOrder = (p: { startDate?: string; endDate?: string }) =>
  p.startDate === undefined || p.endDate === undefined || p.startDate <= p.endDate;

/**
 * A partnership known only by its end (a workshop, a march) has a start too: with an open start it would
 * count as active on every earlier date (docs/design.md §3). Stores load their records without the schema,
 * so one written before this rule still opens; such a record gains a start when it is next changed.
 */
export const startKnownWhenEnded = (p: { startDate?: string; endDate?: string }) =>
  p.endDate === undefined || p.startDate !== undefined;

/** Totals mean nothing without their currency. */
export const totalsHaveCurrency = (p: {
  currency?: string;
  totalCommitment?: number;
  totalDisbursement?: number;
}) => p.currency !== undefined || (p.totalCommitment === undefined && p.totalDisbursement === undefined);

/** Area provenance is about an area link the partnership has. */
export const areaProvenanceLinked = (p: { areaIds: string[]; areaProvenance?: { areaId: string }[] }) =>
  (p.areaProvenance ?? []).every((a) => p.areaIds.includes(a.areaId));

/** A date's precision or provenance is about a date the partnership has. */
export const startPartsDated = (p: {
  startDate?: string;
  startDatePrecision?: unknown;
  startDateProvenance?: unknown;
}) => p.startDate !== undefined || (p.startDatePrecision ?? p.startDateProvenance) === undefined;
export const endPartsDated = (p: {
  endDate?: string;
  endDatePrecision?: unknown;
  endDateProvenance?: unknown;
}) => p.endDate !== undefined || (p.endDatePrecision ?? p.endDateProvenance) === undefined;

export const PartnershipSchema = z
  .strictObject(partnershipShape)
  .refine(
    ...crossFieldRule(partnershipShape, ['startDate', 'endDate'], datesInOrder, {
      path: 'endDate',
      message: (p) => `must not be before startDate ${p.startDate}`,
    }),
  )
  .refine(
    ...crossFieldRule(partnershipShape, ['startDate', 'endDate'], startKnownWhenEnded, {
      path: 'startDate',
      message: (p) =>
        `is needed with endDate ${p.endDate}: give the event's own day, or an approximate start ` +
        '(startDatePrecision YEAR or APPROXIMATE), so the partnership is not active on every earlier date',
    }),
  )
  .refine(
    ...crossFieldRule(
      partnershipShape,
      ['currency', 'totalCommitment', 'totalDisbursement'],
      totalsHaveCurrency,
      { path: 'currency', message: 'is required when totalCommitment or totalDisbursement is given' },
    ),
  )
  .refine(
    ...crossFieldRule(partnershipShape, ['areaIds', 'areaProvenance'], areaProvenanceLinked, {
      path: 'areaProvenance',
      message: (p) =>
        `names an area the partnership is not in: ${(p.areaProvenance ?? [])
          .filter((a) => !p.areaIds.includes(a.areaId))
          .map((a) => a.areaId)
          .join(', ')} (add it to areaIds)`,
    }),
  )
  .refine(
    ...crossFieldRule(
      partnershipShape,
      ['startDate', 'startDatePrecision', 'startDateProvenance'],
      startPartsDated,
      {
        path: 'startDate',
        message: 'is needed with startDatePrecision or startDateProvenance: they describe it',
      },
    ),
  )
  .refine(
    ...crossFieldRule(partnershipShape, ['endDate', 'endDatePrecision', 'endDateProvenance'], endPartsDated, {
      path: 'endDate',
      message: 'is needed with endDatePrecision or endDateProvenance: they describe it',
    }),
  );
export type Partnership = z.output<typeof PartnershipSchema>;
export type PartnershipInput = z.input<typeof PartnershipSchema>;

/** Active at date d ⇔ (startDate ≤ d or none) and (endDate ≥ d or none); ISO dates compare as strings. */
export function isActiveAt(p: Pick<Partnership, 'startDate' | 'endDate'>, date: string): boolean {
  return (p.startDate === undefined || p.startDate <= date) && (p.endDate === undefined || p.endDate >= date);
}

/**
 * The partnership as seen through an evidence filter: only the participations and area links whose
 * evidence passes (the same object when all do); undefined when the partnership itself does not pass.
 * `evidence` undefined: no filter.
 */
export function withEvidence(
  p: Partnership,
  evidence: readonly Evidence[] | undefined,
): Partnership | undefined {
  if (evidence === undefined) return p;
  if (!admits(evidence, p.provenance)) return undefined;
  const inherited = p.provenance;
  const participants = p.participants.filter((x) => admits(evidence, x.provenance ?? inherited));
  const linkProvenance = new Map((p.areaProvenance ?? []).map((a) => [a.areaId, a.provenance]));
  const areaIds = p.areaIds.filter((id) => admits(evidence, linkProvenance.get(id) ?? inherited));
  if (participants.length === p.participants.length && areaIds.length === p.areaIds.length) return p;
  return {
    ...p,
    participants,
    areaIds,
    areaProvenance: p.areaProvenance?.filter((a) => areaIds.includes(a.areaId)),
  };
}
