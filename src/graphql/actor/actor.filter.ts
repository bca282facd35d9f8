import { Field, ID, InputType } from 'type-graphql';
import type {
  ActorKind as ActorKindValue,
  PartnershipKind as PartnershipKindValue,
  Role as RoleValue,
  Sector as SectorValue,
} from '../../domain';
import type {
  ActorOrder as StoreActorOrder,
  ActorFilter as StoreActorFilter,
} from '../../store/network-store';
import { ActorKind, ActorOrderField, PartnershipKind, Role, Sector, SortDirection } from '../common/enums';
import { checkedFilter, definedFields } from '../common/filter-args';
import { DateScalar } from '../common/scalars';

@InputType({
  description:
    'Which actors to list; all given conditions must hold. The partnership conditions (areaIds, themeIds, ' +
    'targetGroupIds, partnershipKinds, roles, asOf) must all hold for one and the same partnership of the actor.',
})
export class ActorFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [Sector], { nullable: true })
  sectors?: SectorValue[];

  @Field(() => [ActorKind], { nullable: true })
  kinds?: ActorKindValue[];

  @Field(() => [ID], { nullable: true, description: 'Actors based in these areas or inside them.' })
  homeAreaIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or acronym; case and accents are ignored.',
  })
  text?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Working in these areas or inside them through a partnership.',
  })
  areaIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Working on one of these themes through a partnership.' })
  themeIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Working for one of these groups through a partnership.',
  })
  targetGroupIds?: string[];

  @Field(() => [PartnershipKind], {
    nullable: true,
    description: 'Taking part in a partnership of these kinds.',
  })
  partnershipKinds?: PartnershipKindValue[];

  @Field(() => [Role], { nullable: true, description: 'Taking part in a partnership in one of these roles.' })
  roles?: RoleValue[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Taking part in a partnership active on this date.',
  })
  asOf?: string;
}

@InputType()
export class ActorOrder {
  @Field(() => ActorOrderField, { defaultValue: 'NAME' })
  field!: StoreActorOrder['field'];

  @Field(() => SortDirection, { defaultValue: 'ASC' })
  direction!: StoreActorOrder['direction'];
}

/**
 * The store's filter for a `filter: ActorFilter` argument, ids checked (BAD_USER_INPUT otherwise). The
 * partnership conditions become `partnerships` only when one is given: without any, an actor with no
 * partnership still passes.
 */
export function storeActorFilter(filter: ActorFilter | undefined): StoreActorFilter {
  const { areaIds, themeIds, targetGroupIds, partnershipKinds, roles, asOf, ...own } = checkedFilter(filter, [
    'ids',
    'homeAreaIds',
    'areaIds',
    'themeIds',
    'targetGroupIds',
  ]);
  const partnerships = definedFields({
    areaIds,
    themeIds,
    targetGroupIds,
    kinds: partnershipKinds,
    roles,
    asOf,
  });
  return Object.keys(partnerships).length > 0 ? { ...own, partnerships } : own;
}
