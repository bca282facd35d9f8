import { Field, Float, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.type';

@ObjectType({ description: 'A partner to propose to an actor, and the partners the two already share.' })
export class Recommendation {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Float, {
    description:
      'Adamic–Adar: Σ over common partners z of 1 / ln(number of partners of z), as networkx computes it.',
  })
  score!: number;

  @Field(() => [Actor], { description: 'The common partners, by id.' })
  commonPartners!: Actor[];
}
