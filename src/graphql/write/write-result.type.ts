import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The ids of the records a write created, updated or deleted, by kind.' })
export class ChangedIds {
  @Field(() => [ID], { name: 'actorIds' })
  actors!: string[];

  @Field(() => [ID], { name: 'partnershipIds' })
  partnerships!: string[];

  @Field(() => [ID], { name: 'areaIds' })
  areas!: string[];

  @Field(() => [ID], { name: 'themeIds' })
  themes!: string[];

  @Field(() => [ID], { name: 'targetGroupIds' })
  targetGroups!: string[];
}

/** The store's WriteResult as it is: the resolvers return it unchanged. */
@ObjectType({ description: 'What a write did. A write that changes nothing leaves the revision as it was.' })
export class WriteResult {
  @Field(() => Int, { description: 'The data revision after the write.' })
  revision!: number;

  @Field(() => Int, { name: 'createdCount' })
  created!: number;

  @Field(() => Int, {
    name: 'updatedCount',
    description: 'Records replaced, including those that lost links to deleted records.',
  })
  updated!: number;

  @Field(() => Int, { name: 'unchangedCount', description: 'Records written identical to what was stored.' })
  unchanged!: number;

  @Field(() => Int, {
    name: 'deletedCount',
    description: 'Records deleted, including partnerships left without a participant.',
  })
  deleted!: number;

  @Field(() => ChangedIds, { description: 'Every record created, updated or deleted, cascades included.' })
  changed!: ChangedIds;
}
