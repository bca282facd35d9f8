import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Plain fields (a property of the record, no field resolver, no role, no middleware) read their property
 * straight: type-graphql wraps each in a resolver that runs an (empty) middleware chain and allocates its
 * arguments on every call, once per field of every row of every page. The value is the same property
 * type-graphql's resolver returns (`slug` reads `id`); call it after buildSchema.
 */
export function readPlainFieldsDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const interfaceFields = storage.interfaceTypes
      .filter((i) => objectType.interfaceClasses?.includes(i.target))
      .flatMap((i) => i.fields ?? []);
    // As type-graphql builds the type: interface fields first, a field of the same name later wins (a
    // field resolver named `id` replaces Node's `id`).
    const fields = new Map([...interfaceFields, ...(objectType.fields ?? [])].map((f) => [f.schemaName, f]));
    for (const [schemaName, field] of fields) {
      const resolved = storage.fieldResolvers.some(
        (r) => r.getObjectType?.() === field.target && r.methodName === field.name,
      );
      if (resolved || field.roles !== undefined || (field.middlewares ?? []).length > 0) continue;
      const built = type.getFields()[schemaName];
      if (!built) continue;
      const property = field.name;
      built.resolve = (source: Record<string, unknown>) => source[property];
    }
  }
}
