import type { z } from 'zod';
import {
  ActorSchema,
  AreaSchema,
  PartnershipSchema,
  TargetGroupSchema,
  ThemeSchema,
  ValidationError,
  type EntityKind,
  type EntityOf,
  type Issue,
} from '../../domain';

/** The domain schema of each kind: what the write side checks inputs and patches against. */
export const ENTITY_SCHEMAS = {
  actors: ActorSchema,
  partnerships: PartnershipSchema,
  areas: AreaSchema,
  themes: ThemeSchema,
  targetGroups: TargetGroupSchema,
} as const satisfies Record<EntityKind, z.ZodObject>;

/** A record of a kind as a client sends it (before the domain schema normalises it). */
export type EntityInput<K extends EntityKind> = z.input<(typeof ENTITY_SCHEMAS)[K]>;

/** What an update takes: every field but the id, each optional; null clears an optional field. */
export type PatchOf<T> = { [F in Exclude<keyof T, 'id'>]?: T[F] | null };
export type EntityPatch<K extends EntityKind> = PatchOf<EntityInput<K>>;

/**
 * True when the domain rejects a record without this field (e.g. an actor's `name`, a partnership's
 * `participants`). Asking the schema itself keeps GraphQL's `!`s and the patch rules in step with it.
 */
export function isRequired(schema: z.ZodObject, field: string): boolean {
  const fieldSchema = schema.shape[field];
  return fieldSchema !== undefined && !fieldSchema.safeParse(undefined).success;
}

/**
 * The record with a patch applied: an omitted (undefined) field keeps its value, null clears an optional
 * field (a list becomes empty) and is refused for a required one, anything else replaces the value. The
 * result is checked whole by the store's write, so a patch is held to the same rules as a create.
 */
export function applyPatch<K extends EntityKind>(
  kind: K,
  current: EntityOf[K],
  patch: EntityPatch<K>,
): EntityInput<K> {
  const next: Record<string, unknown> = { ...current };
  const issues: Issue[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value !== null) next[field] = value;
    else if (isRequired(ENTITY_SCHEMAS[kind], field))
      issues.push({ path: `patch.${field}`, message: 'is required: it can be changed but not cleared' });
    else delete next[field];
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return next as EntityInput<K>;
}
