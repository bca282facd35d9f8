import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage, type AuthChecker } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { authorize } from '../../app/access/principal';
import { ROLES, type Role } from '../../app/access/roles';

/**
 * type-graphql's authChecker: `@Authorized('editor')` lets through keys with that role or a stronger one
 * (`@Authorized()` means reader). It throws rather than returning false, so the client gets UNAUTHENTICATED
 * or FORBIDDEN in our terms. It runs before the resolver reads its arguments or the store.
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context, info }, roles) => {
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0)
    throw new Error(`@Authorized on ${info.fieldName} names unknown roles: ${unknown.join(', ')}`);
  const needed = (roles as Role[]).reduce<Role>(
    (a, b) => (ROLES.indexOf(b) > ROLES.indexOf(a) ? b : a),
    'reader',
  );
  authorize(context.auth.principal, needed);
  return true;
};

/**
 * Refuses to build a schema with a mutation that declares no role (`@Authorized`), so that a mutation
 * added without one is never open by omission: the server does not start. Call it after buildSchema,
 * which is when type-graphql links each mutation to its roles.
 */
export function assertMutationRoles(): void {
  const open = getMetadataStorage()
    .mutations.filter((mutation) => mutation.roles === undefined)
    .map((mutation) => mutation.schemaName);
  if (open.length > 0)
    throw new Error(`auth: mutations without @Authorized, which nobody could be let use: ${open.join(', ')}`);
}

/**
 * The rule for root fields, on top of their own `@Authorized`: every query and subscription needs the
 * reader role (or anonymous reading); a mutation tells the write path which mutation it serves (mutations
 * run one after another, never concurrently).
 * It wraps the root fields' resolvers in the built schema rather than being a type-graphql global
 * middleware: a global middleware runs on every field of every object and makes each one async, which
 * tripled the time of a 5 000-actor `network` answer.
 */
export function guardRootFields(schema: GraphQLSchema): void {
  const fieldsOf = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});
  for (const field of [...fieldsOf(schema.getQueryType()), ...fieldsOf(schema.getSubscriptionType())]) {
    field.resolve = before(field.resolve, (context) => authorize(context.auth.principal, 'reader'));
    if (field.subscribe)
      field.subscribe = before(field.subscribe, (context) => authorize(context.auth.principal, 'reader'));
  }
  for (const field of fieldsOf(schema.getMutationType()))
    field.resolve = before(field.resolve, (context, fieldName) => (context.auth.operation = fieldName));
}

function before(
  resolve: GraphQLFieldResolver<unknown, GraphQLContext> | undefined,
  check: (context: GraphQLContext, fieldName: string) => void,
): GraphQLFieldResolver<unknown, GraphQLContext> {
  const inner = resolve ?? defaultFieldResolver;
  return (source, args, context, info) => {
    check(context, info.fieldName);
    return inner(source, args, context, info);
  };
}
