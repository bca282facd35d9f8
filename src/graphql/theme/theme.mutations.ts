import { Resolver } from 'type-graphql';
import { EntityMutations } from '../write/entity-mutations';
import { ThemeInput, ThemePatch } from './theme.input';
import { Theme } from './theme.type';

/** createTheme, updateTheme, deleteTheme (deleting a theme removes it from partnerships). */
@Resolver()
export class ThemeMutations extends EntityMutations({
  kind: 'themes',
  name: 'Theme',
  type: Theme,
  input: ThemeInput,
  patch: ThemePatch,
}) {}
