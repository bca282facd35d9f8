import { vocabularyMutationSuite } from './vocabulary-suite';

vocabularyMutationSuite({
  name: 'TargetGroup',
  list: 'targetGroups',
  used: 'children-with-disabilities',
  usedBy: (p) => p.targetGroups.map((t) => t.targetGroupId),
});
