import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { loadRequired } from '../../app/loaders';
import { TargetGroup } from '../target-group/target-group.type';
import { TargetReach } from './target-reach.type';

@Resolver(() => TargetReach)
export class TargetReachResolver {
  @FieldResolver(() => TargetGroup)
  group(@Root() reach: TargetReach, @Ctx() { loaders }: GraphQLContext): Promise<TargetGroup> {
    return loadRequired(loaders, 'targetGroups', reach.targetGroupId);
  }
}
