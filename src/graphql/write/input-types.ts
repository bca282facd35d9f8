import { Field, ID, InputType, type ClassType } from 'type-graphql';
import type { z } from 'zod';
import { isRequired, type PatchOf } from '../../app/write/entity-schemas';

/** The GraphQL type of an input field, as type-graphql's `@Field` takes it. */
type TypeFunction = NonNullable<Parameters<typeof Field>[0]>;
type FieldSpec = TypeFunction | { type: TypeFunction; description: string };

/** One spec per field of the domain schema: an input type cannot forget a field or invent one. */
export type InputFields<S extends z.ZodObject> = { [K in keyof S['shape'] & string]: FieldSpec };

/**
 * A GraphQL input type that mirrors a domain schema field for field. Which fields are non-null is read
 * from the schema (see isRequired), so the SDL and the domain cannot disagree; `allOptional` makes every
 * field nullable (for patches). Validation stays with the domain: these types only shape the arguments.
 */
export function mirrorInputType<S extends z.ZodObject>(
  name: string,
  schema: S,
  fields: InputFields<S>,
  options: { description: string; allOptional?: boolean },
): ClassType {
  // Programmatic decorators: the fields come from a table, not from hand-written (and drifting) properties.
  class Input {}
  for (const [field, spec] of Object.entries(fields) as [string, FieldSpec][]) {
    const { type, description } = typeof spec === 'function' ? { type: spec, description: undefined } : spec;
    const nullable = options.allOptional === true || !isRequired(schema, field);
    Field(type, { nullable, ...(description ? { description } : {}) })(Input.prototype, field);
  }
  InputType(name, { description: options.description })(Input);
  return Input;
}

/**
 * The two input types of an entity: `<Name>Input` (create, upsertNetwork: the domain record) and
 * `<Name>Patch` (update: every field but `id`, optional; omitted keeps the value, null clears it).
 */
export function entityInputTypes<S extends z.ZodObject>(
  name: string,
  schema: S,
  fields: Omit<InputFields<S>, 'id'>,
  description: string,
) {
  const Input = mirrorInputType(name + 'Input', schema, { id: idField, ...fields } as InputFields<S>, {
    description,
  });
  // The patch leaves `id` out: it is the update's own argument, and an id never changes.
  const Patch = mirrorInputType(name + 'Patch', schema, fields as InputFields<S>, {
    description: `Changes to ${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}: omitted fields keep their value, null clears an optional field.`,
    allOptional: true,
  });
  return {
    Input: Input as ClassType<z.input<S>>,
    Patch: Patch as ClassType<PatchOf<z.input<S>>>,
  };
}

const idField: FieldSpec = {
  type: () => ID,
  description: 'A slug: lower-case letters, digits and single hyphens (e.g. "syri-i-vizionit").',
};

/** `source`, which every entity has. */
export const SOURCE_FIELD: FieldSpec = {
  type: () => String,
  description: 'Where this record comes from (a document, a file).',
};

/** Themes and target groups share one domain shape, so they share one field table. */
export const VOCABULARY_TERM_FIELDS = {
  name: () => String,
  description: () => String,
  source: SOURCE_FIELD,
} as const;
