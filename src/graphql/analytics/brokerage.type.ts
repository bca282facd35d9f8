import { Field, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.type';

@ObjectType({
  description:
    "Gould–Fernandez brokerage roles of an actor b by sector: over the pairs of b's partners a, c that are not " +
    'partners of each other, how many make b a coordinator, itinerant, representative or liaison.',
})
export class Brokerage {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Int, { name: 'coordinatorCount', description: 'a, b and c of one sector.' })
  coordinator!: number;

  @Field(() => Int, { name: 'itinerantCount', description: 'a and c of one sector, b of another.' })
  itinerant!: number;

  @Field(() => Int, {
    name: 'representativeCount',
    description: 'b shares its sector with exactly one of a, c (gatekeeper included).',
  })
  representative!: number;

  @Field(() => Int, {
    name: 'liaisonCount',
    description: 'a, b and c of three sectors: cross-helix brokering.',
  })
  liaison!: number;

  @Field(() => Int, { name: 'pairCount' })
  total!: number;
}
