import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { QueryLimitError } from './errors';

/** How many `__schema` fields a document may ask for: one is the whole schema, more is only more work. */
export const MAX_SCHEMA_FIELDS = 1;

/**
 * How often an operation asks for `__schema`, and whether it asks for introspection at all (`__schema` or
 * `__type`; `__typename` is not introspection of the schema). Fragments count once per spread, memoised,
 * so 1,500 spreads of a fragment holding `__schema` count 1,500 in linear time; cycles count nothing
 * (validation has refused them already).
 */
export function introspectionUse(
  operation: OperationDefinitionNode,
  document: DocumentNode,
): { schemaFields: number; introspects: boolean } {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const counted = new Map<string, { schema: number; type: number }>();
  const counting = new Set<string>();
  const count = (set: SelectionSetNode | undefined): { schema: number; type: number } => {
    const total = { schema: 0, type: 0 };
    const add = (part: { schema: number; type: number }) => {
      total.schema += part.schema;
      total.type += part.type;
    };
    for (const selection of set?.selections ?? []) {
      switch (selection.kind) {
        case Kind.FIELD:
          if (selection.name.value === '__schema') total.schema += 1;
          else if (selection.name.value === '__type') total.type += 1;
          else add(count(selection.selectionSet));
          break;
        case Kind.INLINE_FRAGMENT:
          add(count(selection.selectionSet));
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || counting.has(name)) break;
          let known = counted.get(name);
          if (!known) {
            counting.add(name);
            known = count(fragment.selectionSet);
            counting.delete(name);
            counted.set(name, known);
          }
          add(known);
          break;
        }
        default: {
          const unexpected: never = selection;
          throw new Error(`unexpected selection ${String(unexpected)}`);
        }
      }
    }
    return total;
  };
  const { schema, type } = count(operation.selectionSet);
  return { schemaFields: schema, introspects: schema + type > 0 };
}

/**
 * Refuses an operation that asks for `__schema` more than once (QUERY_TOO_COMPLEX), or for introspection
 * where it is off for this caller (FORBIDDEN: production without a key, unless INTROSPECTION=on).
 */
export function checkIntrospection(
  operation: OperationDefinitionNode,
  document: DocumentNode,
  allowed: boolean,
): void {
  const { schemaFields, introspects } = introspectionUse(operation, document);
  if (introspects && !allowed)
    throw new GraphQLError(
      'introspection is off for requests without an API key in production (INTROSPECTION=on turns it on); the schema is in schema/schema.graphql',
      { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
    );
  if (schemaFields > MAX_SCHEMA_FIELDS)
    throw new QueryLimitError(
      'QUERY_TOO_COMPLEX',
      `a document may ask for __schema at most ${MAX_SCHEMA_FIELDS} time(s), this one asks ${schemaFields} times`,
      schemaFields,
      MAX_SCHEMA_FIELDS,
    );
}
