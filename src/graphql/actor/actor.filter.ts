import { Field, ID, InputType } from 'type-graphql';
import type { ActorKind as ActorKindValue, Sector as SectorValue } from '../../domain';
import type { ActorOrder as StoreActorOrder } from '../../store/network-store';
import { ActorKind, ActorOrderField, Sector, SortDirection } from '../common/enums';

@InputType({ description: 'Which actors to list; all given conditions must hold.' })
export class ActorFilter {
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
}

@InputType()
export class ActorOrder {
  @Field(() => ActorOrderField, { defaultValue: 'NAME' })
  field!: StoreActorOrder['field'];

  @Field(() => SortDirection, { defaultValue: 'ASC' })
  direction!: StoreActorOrder['direction'];
}
