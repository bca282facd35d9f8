import { Field, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.type';

@ObjectType({ description: 'A tie whose loss would split its component in two.' })
export class Bridge {
  @Field(() => Actor, { description: 'The end with the smaller id.' })
  a!: Actor;

  @Field(() => Actor)
  b!: Actor;

  @Field(() => Int, { name: 'partnershipCount', description: 'How many partnerships the two share.' })
  partnerships!: number;
}

@ObjectType({ description: 'A connected piece of the network.' })
export class NetworkComponent {
  @Field(() => Int, { name: 'actorCount' })
  size!: number;

  @Field(() => [Actor], { description: 'By id.' })
  actors!: Actor[];
}

@ObjectType({ description: 'Single points of failure of a network and the pieces it is in.' })
export class Fragility {
  @Field(() => [Actor], { description: 'Actors whose loss would disconnect others (by id).' })
  articulationPoints!: Actor[];

  @Field(() => [Bridge], { description: 'By the ids of their ends.' })
  bridges!: Bridge[];

  @Field(() => [NetworkComponent], { description: 'Largest first; isolates are components of one.' })
  components!: NetworkComponent[];
}
