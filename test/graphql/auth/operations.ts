import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

/**
 * A request for one root field that passes GraphQL validation: every required argument gets a literal
 * built from its type (ids that exist nowhere, so an allowed mutation finds nothing to change), and the
 * selection asks for __typename only. Access control must decide before any of it is read.
 */
export function rootFieldRequest(
  operation: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): string {
  const args = field.args.filter((arg) => isNonNullType(arg.type)).map(argumentLiteral);
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${operation} { ${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection} }`;
}

function argumentLiteral(arg: GraphQLArgument): string {
  return `${arg.name}: ${literal(arg.type, 0)}`;
}

function literal(type: GraphQLInputType, depth: number): string {
  if (isNonNullType(type)) return literal(type.ofType, depth);
  if (isListType(type)) return `[${literal(type.ofType, depth)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    if (depth > 5) throw new Error(`input ${type.name} nests too deep for a generated literal`);
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'ID':
      return '"auth-matrix-nobody"';
    case 'String':
      return '"auth matrix"';
    case 'Int':
      return '1';
    case 'Float':
      return '1.0';
    case 'Boolean':
      return 'false';
    case 'Date':
      return '"2024-01-01"';
    default:
      throw new Error(`no literal for scalar ${type.name}: teach rootFieldRequest about it`);
  }
}
