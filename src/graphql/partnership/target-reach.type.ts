import { Field, Int, ObjectType } from 'type-graphql';

/** A partnership's target group with its counts; `group` is resolved by TargetReachResolver from `targetGroupId`. */
@ObjectType({
  description: 'A target group a partnership is for: how many it means to reach and has reached.',
})
export class TargetReach {
  targetGroupId!: string;

  @Field(() => Int, { nullable: true })
  targeted?: number;

  @Field(() => Int, { nullable: true })
  reached?: number;
}
