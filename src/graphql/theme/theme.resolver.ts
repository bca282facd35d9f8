import { Resolver } from 'type-graphql';
import { VocabularyResolver } from '../common/vocabulary-term.resolver';
import { Theme } from './theme.type';

@Resolver(() => Theme)
export class ThemeResolver extends VocabularyResolver(Theme, 'themes', (store) => store.listThemes(), {
  list: 'All themes, by name.',
  partnerships: 'The partnerships on this theme.',
}) {}
