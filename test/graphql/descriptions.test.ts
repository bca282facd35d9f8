import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { buildNetworkSchema } from '../../src/graphql/schema';

/** Every type, field, argument and enum value of the schema that has no description, by its schema path. */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (path: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(path);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        if ('args' in field)
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    if (isEnumType(type))
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

describe('schema descriptions', () => {
  it('describe every type, field, argument and enum value', async () => {
    expect(undescribed(await buildNetworkSchema())).toEqual([]);
  });

  it('mention no document outside the repository', async () => {
    const sdl = JSON.stringify(
      Object.values((await buildNetworkSchema()).getTypeMap()).map((type) => type.toConfig()),
    );
    expect(sdl).not.toMatch(/DESIGN\.md|seed 00\d|\.\.\/shared/);
  });
});
