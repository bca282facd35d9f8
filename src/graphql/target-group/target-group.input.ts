import { TargetGroupSchema } from '../../domain';
import { VOCABULARY_TERM_FIELDS, entityInputTypes } from '../write/input-types';

export const { Input: TargetGroupInput, Patch: TargetGroupPatch } = entityInputTypes(
  'TargetGroup',
  TargetGroupSchema,
  VOCABULARY_TERM_FIELDS,
  'A target group of the controlled vocabulary, as in the JSON import format.',
);
