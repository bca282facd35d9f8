import { z } from 'zod';
import { IdSchema, ValidationError, optional } from '../../domain';

/** A filter as the store takes it: fields the client sent as null are gone. */
export type Defined<T> = { [K in keyof T]?: Exclude<T[K], null> };

/** Drops the fields a client sent as null, so "null" means "no condition" as in every connection. */
export function definedFields<T extends object>(value: T | null | undefined): Defined<T> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined),
  ) as Defined<T>;
}

/**
 * A filter argument with its id lists checked by the domain's IdSchema (GraphQL only knows they are
 * strings) and its null fields dropped. A bad id is a BAD_USER_INPUT naming its place, e.g.
 * `filter.actorIds[1]`, rather than a silent "nothing matches".
 */
export function checkedFilter<T extends object>(
  value: T | null | undefined,
  idLists: readonly (keyof T & string)[],
  argument = 'filter',
): Defined<T> {
  if (value === null || value === undefined) return {};
  const parsed = idListsSchema(idLists).safeParse(value);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error, [argument], 'argument');
  return definedFields(value);
}

/**
 * The schema checking these id lists, made once per set of lists: building a zod schema (and its
 * compiled fast path) costs far more than using one, and every connection request checks its filter.
 */
const idListSchemas = new Map<string, z.ZodType>();
function idListsSchema(idLists: readonly string[]): z.ZodType {
  const key = idLists.join(',');
  let schema = idListSchemas.get(key);
  if (!schema) {
    schema = z.looseObject(Object.fromEntries(idLists.map((field) => [field, optional(z.array(IdSchema))])));
    idListSchemas.set(key, schema);
  }
  return schema;
}
