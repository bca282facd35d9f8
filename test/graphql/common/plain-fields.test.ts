import { isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { buildNetworkSchema } from '../../../src/graphql/schema';
import { globalId } from '../../../src/graphql/common/node';

/** Plain fields read their property directly; fields with a resolver of their own keep it. */
describe('readPlainFieldsDirectly', () => {
  const resolverOf = async (type: string, field: string) => {
    const schema = await buildNetworkSchema();
    const object = schema.getType(type);
    if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
    return object.getFields()[field]!.resolve as GraphQLFieldResolver<unknown, unknown>;
  };
  const call = (resolve: GraphQLFieldResolver<unknown, unknown>, source: object) =>
    resolve(source, {}, {}, { fieldName: 'x' } as GraphQLResolveInfo);

  it('reads the property a renamed field stands for (slug is the record id)', async () => {
    expect(call(await resolverOf('Actor', 'slug'), { id: 'syri', name: 'Syri' })).toBe('syri');
    expect(call(await resolverOf('Actor', 'name'), { id: 'syri', name: 'Syri' })).toBe('Syri');
  });

  it("keeps the field resolver that replaces an interface's field (Node.id is the global id)", async () => {
    const resolve = await resolverOf('Actor', 'id');
    expect(await call(resolve, { id: 'syri' })).toBe(globalId('actors', 'syri'));
  });
});
