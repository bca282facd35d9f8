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
};

/** The rule across a partnership's fields, a refinement of PartnershipSchema (also checked by parseCanonical). */
export const datesInOrder = (p: { startDate?: string; endDate?: string }) =>
  p.startDate === undefined || p.endDate === undefined || p.startDate <= p.endDate;

export const PartnershipSchema = z.strictObject(partnershipShape).refine(
  ...crossFieldRule(partnershipShape, ['startDate', 'endDate'], datesInOrder, {
    path: 'endDate',
    message: (p) => `must not be before startDate ${p.startDate}`,
  }),
);
export type Partnership = z.output<typeof PartnershipSchema>;
export type PartnershipInput = z.input<typeof PartnershipSchema>;

/** Active at date d ⇔ (startDate ≤ d or none) and (endDate ≥ d or none); ISO dates compare as strings. */
export function isActiveAt(p: Pick<Partnership, 'startDate' | 'endDate'>, date: string): boolean {
  return (p.startDate === undefined || p.startDate <= date) && (p.endDate === undefined || p.endDate >= date);
}
