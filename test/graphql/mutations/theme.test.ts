import { vocabularyMutationSuite } from './vocabulary-suite';

vocabularyMutationSuite({
  name: 'Theme',
  list: 'themes',
  used: 'child-protection',
  usedBy: (p) => p.themeIds,
});
