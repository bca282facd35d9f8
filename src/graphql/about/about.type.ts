import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What is serving this API.' })
export class About {
  @Field()
  version!: string;

  @Field({ description: '"embedded" or "neo4j".' })
  store!: string;

  @Field(() => Int, { description: 'Bumped by every write that changes data: cache analytics on it.' })
  revision!: number;
}
