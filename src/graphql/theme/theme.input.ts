import { ThemeSchema } from '../../domain';
import { VOCABULARY_TERM_FIELDS, entityInputTypes } from '../write/input-types';

export const { Input: ThemeInput, Patch: ThemePatch } = entityInputTypes(
  'Theme',
  ThemeSchema,
  VOCABULARY_TERM_FIELDS,
  'A theme of the controlled vocabulary, as in the JSON import format.',
);
