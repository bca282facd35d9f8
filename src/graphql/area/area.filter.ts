import { ArgsType, Field } from 'type-graphql';
import type { Evidence as EvidenceValue, Sector as SectorValue } from '../../domain';
import { ActorOrder } from '../actor/actor.filter';
import { PageArgs } from '../common/connection';
import { Sector } from '../common/enums';
import { DateScalar } from '../common/scalars';
import { Evidence, evidenceOptions } from '../provenance/provenance.type';

/** Arguments of Area.actors: the actors working in an area through its partnerships. */
@ArgsType()
export class AreaActorArgs extends PageArgs {
  @Field(() => [Sector], { nullable: true })
  sectors?: SectorValue[];

  @Field(() => DateScalar, { nullable: true, description: 'Through partnerships active on this date.' })
  asOf?: string;

  @Field(() => ActorOrder, { nullable: true })
  orderBy?: ActorOrder;

  @Field(
    () => [Evidence],
    evidenceOptions('Actors of these evidences, through partnerships of these evidences'),
  )
  evidence?: EvidenceValue[];
}
