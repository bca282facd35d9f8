import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The size and shape of a network; each figure is that of its networkx function.' })
export class NetworkStats {
  @Field(() => Int, { name: 'actorCount', description: 'Nodes (isolates included).' })
  actors!: number;

  @Field(() => Int, { name: 'tieCount' })
  ties!: number;

  @Field(() => Float, { description: 'Ties / possible ties (nx.density).' })
  density!: number;

  @Field(() => Int, { name: 'componentCount' })
  components!: number;

  @Field(() => Float, { description: '2 × ties / actors.' })
  averageDegree!: number;

  @Field(() => Float, { description: 'nx.average_clustering, unweighted (actors with < 2 ties count as 0).' })
  averageClustering!: number;

  @Field(() => Float, { description: 'nx.transitivity: 3 × triangles / connected triples.' })
  transitivity!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Of the largest component, in hops; null for an empty network.',
  })
  diameter!: number | null;

  @Field(() => Int, { name: 'largestComponentSize', description: 'Actors in the largest component.' })
  largestComponent!: number;

  @Field(() => Int, { name: 'isolatedCount', description: 'Actors without any tie.' })
  isolates!: number;
}
