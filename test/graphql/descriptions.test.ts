import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLInputType,
  type GraphQLOutputType,
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

/**
 * One name, one meaning (docs/development.md, "Schema rules"): `id` is a Node's global id and nothing else,
 * a number of records ends in Count, a list of slugs in Ids.
 */
describe('schema naming', () => {
  it('keeps id for Node types, …Count for counts and …Ids for id lists', async () => {
    const schema = await buildNetworkSchema();
    const wrong: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
      const node =
        isInterfaceType(type) || (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'));
      for (const field of Object.values(type.getFields())) {
        const args: readonly { name: string; type: GraphQLInputType }[] = 'args' in field ? field.args : [];
        const parts = [
          { name: field.name, type: field.type as GraphQLInputType | GraphQLOutputType },
          ...args,
        ];
        for (const { name, type: fieldType } of parts) {
          const named = getNamedType(fieldType).name;
          const list = isListType(getNullableType(fieldType));
          const where = `${type.name}.${field.name}${name === field.name ? '' : `(${name})`}`;
          if (name === field.name && name === 'id' && isObjectType(type) && !node)
            wrong.push(`${where}: id off a Node`);
          // Arguments and inputs are settings (minActors, samples), not counts of records.
          const output = name === field.name && !isInputObjectType(type);
          if (
            output &&
            named === 'Int' &&
            !list &&
            /s$/.test(name) &&
            !name.endsWith('Count') &&
            name !== 'hops'
          )
            wrong.push(`${where}: a count not named …Count`);
          if (named === 'ID' && list && !/(^ids|Ids)$/.test(name))
            wrong.push(`${where}: an id list not named …Ids`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
