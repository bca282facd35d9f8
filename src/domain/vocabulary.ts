import { z } from 'zod';
import { DescriptionSchema, IdSchema, NameSchema, SourceSchema, optional } from './fields';

/** Themes and target groups are small controlled vocabularies with the same shape. */
const VocabularyTermSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  description: optional(DescriptionSchema),
  source: optional(SourceSchema),
});

export const ThemeSchema = VocabularyTermSchema;
export type Theme = z.output<typeof ThemeSchema>;
export type ThemeInput = z.input<typeof ThemeSchema>;

export const TargetGroupSchema = VocabularyTermSchema;
export type TargetGroup = z.output<typeof TargetGroupSchema>;
export type TargetGroupInput = z.input<typeof TargetGroupSchema>;
