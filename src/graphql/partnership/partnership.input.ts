import { Float, ID, Int } from 'type-graphql';
import { ParticipationSchema, PartnershipSchema, TargetReachSchema } from '../../domain';
import { PartnershipKind, Role } from '../common/enums';
import { DateScalar } from '../common/scalars';
import { TOTALS } from './partnership.type';
import { AreaProvenanceInput, DatePrecision, ProvenanceInput } from '../provenance/provenance.type';
import { SOURCE_FIELD, entityInputTypes, mirrorInputType } from '../write/input-types';

export const ParticipationInput = mirrorInputType(
  'ParticipationInput',
  ParticipationSchema,
  {
    actorId: () => ID,
    role: () => Role,
    provenance: { type: () => ProvenanceInput, description: "Omitted: the partnership's provenance." },
  },
  { description: 'An actor taking part in a partnership, in one role.' },
);

export const TargetReachInput = mirrorInputType(
  'TargetReachInput',
  TargetReachSchema,
  {
    targetGroupId: () => ID,
    targeted: { type: () => Int, description: 'How many the partnership means to reach.' },
    reached: { type: () => Int, description: 'How many it has reached.' },
  },
  { description: 'A target group a partnership is for, with its counts.' },
);

export const { Input: PartnershipInput, Patch: PartnershipPatch } = entityInputTypes(
  'Partnership',
  PartnershipSchema,
  {
    title: () => String,
    kind: () => PartnershipKind,
    startDate: () => DateScalar,
    endDate: { type: () => DateScalar, description: 'Not before startDate.' },
    description: () => String,
    participants: { type: () => [ParticipationInput], description: 'At least one.' },
    areaIds: () => [ID],
    themeIds: () => [ID],
    targetGroups: () => [TargetReachInput],
    source: SOURCE_FIELD,
    currency: { type: () => String, description: TOTALS.currency },
    totalCommitment: { type: () => Float, description: TOTALS.totalCommitment },
    totalDisbursement: { type: () => Float, description: TOTALS.totalDisbursement },
    provenance: { type: () => ProvenanceInput, description: 'Omitted: DOCUMENTED by source.' },
    tags: () => [String],
    startDatePrecision: { type: () => DatePrecision, description: 'Omitted: DAY.' },
    endDatePrecision: { type: () => DatePrecision, description: 'Omitted: DAY.' },
    startDateProvenance: {
      type: () => ProvenanceInput,
      description: "Omitted: the partnership's provenance.",
    },
    endDateProvenance: { type: () => ProvenanceInput, description: "Omitted: the partnership's provenance." },
    areaProvenance: {
      type: () => [AreaProvenanceInput],
      description: "Provenance of single area links; the others share the partnership's.",
    },
  },
  'A partnership, as in the JSON import format.',
);
