import { z } from 'zod';
import { PartnershipKindSchema, RoleSchema } from './enums';
import {
  CountSchema,
  DescriptionSchema,
  IdSchema,
  IsoDateSchema,
  NameSchema,
  SourceSchema,
  crossFieldRule,
  optional,
  uniqueList,
} from './fields';

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 currency code such as "EUR"' });
export const AmountSchema = z
  .number()
  .refine(Number.isFinite, { error: 'must be a number' })
  .refine((n) => n >= 0, { error: 'must be ≥ 0' });

export const ParticipationSchema = z.strictObject({ actorId: IdSchema, role: RoleSchema });
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
};

/** The rule across a partnership's fields, a refinement of PartnershipSchema (also checked by parseCanonical). */
export const datesInOrder = (p: { startDate?: string; endDate?: string }) =>
  p.startDate === undefined || p.endDate === undefined || p.startDate <= p.endDate;

/** Totals mean nothing without their currency. */
export const totalsHaveCurrency = (p: {
  currency?: string;
  totalCommitment?: number;
  totalDisbursement?: number;
}) => p.currency !== undefined || (p.totalCommitment === undefined && p.totalDisbursement === undefined);

export const PartnershipSchema = z
  .strictObject(partnershipShape)
  .refine(
    ...crossFieldRule(partnershipShape, ['startDate', 'endDate'], datesInOrder, {
      path: 'endDate',
      message: (p) => `must not be before startDate ${p.startDate}`,
    }),
  )
  .refine(
    ...crossFieldRule(
      partnershipShape,
      ['currency', 'totalCommitment', 'totalDisbursement'],
      totalsHaveCurrency,
      { path: 'currency', message: 'is required when totalCommitment or totalDisbursement is given' },
    ),
  );
export type Partnership = z.output<typeof PartnershipSchema>;
export type PartnershipInput = z.input<typeof PartnershipSchema>;

/** Active at date d ⇔ (startDate ≤ d or none) and (endDate ≥ d or none); ISO dates compare as strings. */
export function isActiveAt(p: Pick<Partnership, 'startDate' | 'endDate'>, date: string): boolean {
  return (p.startDate === undefined || p.startDate <= date) && (p.endDate === undefined || p.endDate >= date);
}
