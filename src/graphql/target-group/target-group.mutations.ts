import { Resolver } from 'type-graphql';
import { EntityMutations } from '../write/entity-mutations';
import { TargetGroupInput, TargetGroupPatch } from './target-group.input';
import { TargetGroup } from './target-group.type';

/** createTargetGroup, updateTargetGroup, deleteTargetGroup (deleting a group removes it from partnerships). */
@Resolver()
export class TargetGroupMutations extends EntityMutations({
  kind: 'targetGroups',
  name: 'TargetGroup',
  type: TargetGroup,
  input: TargetGroupInput,
  patch: TargetGroupPatch,
}) {}
