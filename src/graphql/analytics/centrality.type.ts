import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.type';

@ObjectType({ description: "An actor's value of a centrality metric and its rank." })
export class ActorScore {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Float, {
    nullable: true,
    description: 'Null where the metric has no value (CONSTRAINT and EFFECTIVE_SIZE of an isolate).',
  })
  value!: number | null;

  @Field(() => Int, {
    description:
      'Position in the ranking, 1 = most central: highest value first, except CONSTRAINT (lowest first); ' +
      'equal values by actor id; actors without a value last.',
  })
  rank!: number;
}
