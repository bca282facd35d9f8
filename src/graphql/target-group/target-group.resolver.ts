import { Resolver } from 'type-graphql';
import { VocabularyResolver } from '../common/vocabulary-term.resolver';
import { TargetGroup } from './target-group.type';

@Resolver(() => TargetGroup)
export class TargetGroupResolver extends VocabularyResolver(
  TargetGroup,
  'targetGroups',
  (store) => store.listTargetGroups(),
  { list: 'All target groups, by name.', partnerships: 'The partnerships for this group.' },
) {}
