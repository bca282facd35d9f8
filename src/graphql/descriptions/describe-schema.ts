import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import { ANALYTICS } from './analytics.descriptions';
import { RECORDS } from './records.descriptions';
import { VOCABULARY } from './vocabulary.descriptions';
import { WRITES } from './writes.descriptions';

/**
 * Descriptions of the schema parts whose decorators give none, by schema path: `Type`, `Type.field`,
 * `Type.field(argument)`, `Enum.VALUE`. Kept in the *.descriptions.ts files beside this one, by part of the
 * API, in the words of the people who use it, so that the types stay short;
 * test/graphql/descriptions.test.ts fails on any part left without one, and describeSchema fails on a path
 * there that the schema no longer has.
 */
const DESCRIPTIONS: Record<string, string> = { ...RECORDS, ...VOCABULARY, ...ANALYTICS, ...WRITES };

/** Descriptions of arguments that mean the same wherever they appear. */
const ARGUMENTS: Record<string, string> = {
  filter:
    'The network to look at: its actors and the partnerships making ties; the whole network when omitted.',
  id: 'Its slug, or its global id.',
  patch: 'The fields to change; those omitted keep their value.',
  input: 'The new record.',
};

/**
 * Gives every part of `schema` a description: its own, else the one in DESCRIPTIONS, else (for an input or
 * patch field) the description of the same field of the record type, else (for an argument) the one its
 * name always has. Throws on a path there that the schema does not have, so the lists cannot go stale.
 */
export function describeSchema(schema: GraphQLSchema): void {
  const used = new Set<string>();
  const describe = (path: string, part: { description?: string | null | undefined }, fallback?: string) => {
    if (part.description) return;
    const text = DESCRIPTIONS[path] ?? fallback;
    if (DESCRIPTIONS[path]) used.add(path);
    if (text) part.description = text;
  };
  const describeArgument = (path: string, arg: GraphQLArgument) => describe(path, arg, ARGUMENTS[arg.name]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    describe(type.name, type);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      const record = isInputObjectType(type) ? recordTypeOf(schema, type.name) : undefined;
      for (const field of Object.values(type.getFields())) {
        const path = `${type.name}.${field.name}`;
        describe(path, field, record?.getFields()[field.name]?.description ?? undefined);
        if ('args' in field) for (const arg of field.args) describeArgument(`${path}(${arg.name})`, arg);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) describe(`${type.name}.${value.name}`, value);
  }
  const stale = Object.keys(DESCRIPTIONS).filter((path) => !used.has(path) && !exists(schema, path));
  if (stale.length > 0)
    throw new Error(`graphql/descriptions: no such part of the schema: ${stale.join(', ')}`);
}

/** `ActorInput` and `ActorPatch` describe the fields of `Actor`. */
function recordTypeOf(schema: GraphQLSchema, inputName: string) {
  const type = schema.getType(inputName.replace(/(Input|Patch)$/, ''));
  return isObjectType(type) ? type : undefined;
}

/** Whether the schema has the part at `path` (it may have a description of its own by now: not stale). */
function exists(schema: GraphQLSchema, path: string): boolean {
  const [typeName, rest] = path.split('.', 2) as [string, string | undefined];
  const type = schema.getType(typeName);
  if (!type) return false;
  if (rest === undefined) return true;
  const [fieldName, argName] = rest.replace(')', '').split('(') as [string, string | undefined];
  if (isEnumType(type)) return type.getValue(fieldName) !== undefined;
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return false;
  const field = type.getFields()[fieldName];
  if (!field) return false;
  return argName === undefined || ('args' in field && field.args.some((a) => a.name === argName));
}
