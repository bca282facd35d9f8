import { Field, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.type';
import { Area } from '../area/area.type';
import { TargetReach } from '../partnership/target-reach.type';
import { Theme } from '../theme/theme.type';
import { SectorCount } from './sector-count.type';

@ObjectType({ description: 'An actor within reach, and how many ties away.' })
export class ReachedActor {
  @Field(() => Actor)
  actor!: Actor;

  @Field(() => Int)
  hops!: number;
}

@ObjectType({
  description:
    "What an actor reaches within some hops: the actors, and what the origin's and their partnerships cover " +
    '(each partnership counted once however many of them take part).',
})
export class Reach {
  @Field(() => [ReachedActor], { description: 'The actors reached, the origin excluded: by hops, then id.' })
  actors!: ReachedActor[];

  @Field(() => [SectorCount], {
    description:
      'Reached actors per sector, most first, then in Sector enum order; sectors with none left out.',
  })
  bySector!: SectorCount[];

  @Field(() => [Area], { description: 'Where the counted partnerships work, by name.' })
  areas!: Area[];

  @Field(() => [Theme], { description: 'What the counted partnerships work on, by name.' })
  themes!: Theme[];

  @Field(() => [TargetReach], {
    description:
      'The groups the counted partnerships are for, by name, with Σ targeted and Σ reached (null where no ' +
      'partnership gives a number).',
  })
  targetGroups!: TargetReach[];

  @Field(() => Int, {
    name: 'partnershipCount',
    description:
      'The partnerships counted: those of the network in which the origin or a reached actor takes part.',
  })
  partnerships!: number;
}
