import type { GraphQLResolveInfo } from 'graphql';
import type { AuthChecker, MiddlewareFn } from 'type-graphql';
import { ForbiddenError } from '../../domain';
import type { GraphQLContext } from '../context';
import { authorize } from './principal';
import { ROLES, type Role } from './roles';

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
  if (isRoot(info)) context.auth.checked.add(responseKey(info));
  return true;
};

/**
 * The rule for root fields that carry no `@Authorized`, as a global middleware (it runs after the
 * authChecker): a query needs the reader role, or anonymous reading; a mutation is refused to everyone,
 * so a mutation added without declaring its role is closed until it does. It also tells the write path
 * which mutation it is serving (mutations run one after another, never concurrently).
 */
export const rootAccess: MiddlewareFn<GraphQLContext> = ({ context, info }, next) => {
  if (!isRoot(info)) return next();
  const { auth } = context;
  const isMutation = info.operation.operation === 'mutation';
  if (!auth.checked.has(responseKey(info))) {
    if (isMutation) {
      // Who asks is still checked first: a wrong key hears UNAUTHENTICATED, whatever it asked for.
      authorize(auth.principal, 'admin');
      throw new ForbiddenError(`${info.fieldName} declares no role, so nobody may use it`);
    }
    authorize(auth.principal, 'reader');
  }
  if (isMutation) auth.operation = info.fieldName;
  return next();
};

function isRoot(info: GraphQLResolveInfo): boolean {
  return info.path.prev === undefined;
}

/** Root fields are told apart by their response key: the same field may appear twice under aliases. */
function responseKey(info: GraphQLResolveInfo): string {
  return String(info.path.key);
}
