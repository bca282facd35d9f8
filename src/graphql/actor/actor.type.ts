import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../common/node';
import type { ActorKind as ActorKindValue, Sector as SectorValue } from '../../domain';
import { ActorKind, Sector } from '../common/enums';
import { Connection } from '../common/connection';

@ObjectType({ description: 'An organisation, body or group in the partner network.', implements: Node })
export class Actor {
  @Field(() => ID, {
    name: 'slug',
    description:
      'The actor\'s readable id, a slug such as "syri-i-vizionit": the id the filters, imports and exports use.',
  })
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  acronym?: string;

  @Field(() => Sector)
  sector!: SectorValue;

  @Field(() => ActorKind)
  kind!: ActorKindValue;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true })
  website?: string;

  homeAreaId?: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => String, { nullable: true, description: 'Where this record comes from (a document, a file).' })
  source?: string;
}

export const ActorConnection = Connection('Actor', Actor);
