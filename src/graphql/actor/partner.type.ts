import { Field, Int, ObjectType } from 'type-graphql';
import { Partnership } from '../partnership/partnership.type';
import { Actor } from './actor.type';

@ObjectType({ description: 'An actor sharing partnerships with another, and the partnerships they share.' })
export class Partner {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => [Partnership], { description: 'The shared partnerships, by title.' })
  partnerships!: Partnership[];

  @Field(() => Int, { name: 'partnershipCount', description: 'How many partnerships they share.' })
  count!: number;
}
