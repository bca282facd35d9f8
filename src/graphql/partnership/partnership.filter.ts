import { ArgsType, Field, ID, InputType } from 'type-graphql';
import {
  withDefaultEvidence,
  type Evidence as EvidenceValue,
  type PartnershipKind as PartnershipKindValue,
  type Role as RoleValue,
} from '../../domain';
import type {
  PartnershipFilter as StorePartnershipFilter,
  PartnershipOrder as StorePartnershipOrder,
} from '../../store/network-store';
import { PageArgs } from '../common/connection';
import { PartnershipKind, PartnershipOrderField, Role, SortDirection } from '../common/enums';
import { checkedFilter } from '../common/filter-args';
import { DateScalar } from '../common/scalars';
import { Evidence, evidenceOptions } from '../provenance/provenance.type';

@InputType({ description: 'Which partnerships to list; all given conditions must hold.' })
export class PartnershipFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [PartnershipKind], { nullable: true })
  kinds?: PartnershipKindValue[];

  @Field(() => [ID], {
    nullable: true,
    description:
      'Partnerships with at least one of these actors among participants (in one of `roles`, if given).',
  })
  actorIds?: string[];

  @Field(() => [Role], { nullable: true, description: 'With a participant in one of these roles.' })
  roles?: RoleValue[];

  @Field(() => [ID], { nullable: true, description: 'Partnerships in these areas or inside them.' })
  areaIds?: string[];

  @Field(() => [ID], { nullable: true })
  themeIds?: string[];

  @Field(() => [ID], { nullable: true })
  targetGroupIds?: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Partnerships active on this date.' })
  asOf?: string;

  @Field(() => String, { nullable: true, description: 'Part of the title; case and accents are ignored.' })
  text?: string;

  @Field(() => [Evidence], {
    nullable: true,
    description:
      'Partnerships of these evidences, and only their participations and area links of these evidences count ' +
      'for actorIds, roles and areaIds; default DOCUMENTED and INFERRED.',
  })
  evidence?: EvidenceValue[];
}

@InputType()
export class PartnershipOrder {
  @Field(() => PartnershipOrderField, { defaultValue: 'TITLE' })
  field!: StorePartnershipOrder['field'];

  @Field(() => SortDirection, { defaultValue: 'ASC' })
  direction!: StorePartnershipOrder['direction'];
}

/** The store's filter for a `filter: PartnershipFilter` argument, ids checked (BAD_USER_INPUT otherwise). */
export function storePartnershipFilter(filter: PartnershipFilter | undefined): StorePartnershipFilter {
  return withDefaultEvidence(
    checkedFilter(filter, ['ids', 'actorIds', 'areaIds', 'themeIds', 'targetGroupIds']),
  );
}

/** Arguments of the partnership connections nested in an area, a theme or a target group. */
@ArgsType()
export class PartnershipPageArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Only partnerships active on this date.' })
  asOf?: string;

  @Field(() => PartnershipOrder, { nullable: true })
  orderBy?: PartnershipOrder;

  @Field(
    () => [Evidence],
    evidenceOptions(
      'Partnerships of these evidences, through participations and area links of these evidences',
    ),
  )
  evidence?: EvidenceValue[];
}

/** Actor.partnerships also narrows by the actor's own role and by kind. */
@ArgsType()
export class ActorPartnershipArgs extends PartnershipPageArgs {
  @Field(() => [Role], { nullable: true, description: "The actor's own role in the partnership." })
  roles?: RoleValue[];

  @Field(() => [PartnershipKind], { nullable: true })
  kinds?: PartnershipKindValue[];
}
