import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'An ego network: the actor and everyone within `hops` ties of it (0 to 10).' })
export class EgoInput {
  @Field(() => ID)
  actorId!: string;

  @Field(() => Int)
  hops!: number;
}
