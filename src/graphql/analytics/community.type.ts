import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actor/actor.type';
import { SectorCount } from './sector-count.type';

@ObjectType({ description: 'A community: actors more tied to each other than to the rest.' })
export class Community {
  @Field(() => Int, {
    name: 'index',
    description: '0 for the largest community, then by size (ties: the smaller actor id first).',
  })
  id!: number;

  @Field(() => Int, { name: 'actorCount' })
  size!: number;

  @Field(() => [Actor], { description: 'Its actors, by id.' })
  actors!: Actor[];

  @Field(() => [SectorCount], { description: 'Its actors by sector, most first.' })
  sectors!: SectorCount[];
}

@ObjectType({
  description: 'Louvain communities of a network (weighted) and the modularity of that partition.',
})
export class CommunityReport {
  @Field(() => Float, { description: 'Weighted modularity of the partition at the resolution used.' })
  modularity!: number;

  @Field(() => [Community], { description: 'Largest first; an isolate is a community of its own.' })
  communities!: Community[];
}
