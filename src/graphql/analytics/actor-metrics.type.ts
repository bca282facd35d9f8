import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'Every centrality of one actor in a network (docs/design.md §4), with its Louvain community (seed 0): values ' +
    'are those of the whole-network computations `centrality` and `communities` return.',
})
export class ActorMetrics {
  @Field(() => Float)
  degree!: number;

  @Field(() => Float)
  strength!: number;

  @Field(() => Float, { description: 'Exact.' })
  betweenness!: number;

  @Field(() => Float)
  closeness!: number;

  @Field(() => Float)
  harmonic!: number;

  @Field(() => Float)
  pagerank!: number;

  @Field(() => Float)
  eigenvector!: number;

  @Field(() => Float, { nullable: true, description: 'Null for an isolate.' })
  constraint!: number | null;

  @Field(() => Float, { nullable: true, description: 'Null for an isolate.' })
  effectiveSize!: number | null;

  @Field(() => Int, { description: 'The id of its community in `communities` (seed 0, resolution 1).' })
  community!: number;
}
