import { ForbiddenError, UnauthenticatedError } from '../../domain';
import type { KeyRing } from './api-keys';
import { hasRole, type Role } from './roles';

/**
 * Who is asking: the holder of one of our keys, nobody (no Authorization header), or someone presenting a
 * key that is not ours. A wrong key is kept apart from no key: it is a mistake its sender must hear about,
 * even where anonymous reading is allowed.
 */
export type Principal =
  { kind: 'key'; keyId: string; role: Role } | { kind: 'anonymous'; canRead: boolean } | { kind: 'invalid' };

/** How the audit names who did something. */
export function principalName(principal: Principal): { keyId: string; role: string } {
  return principal.kind === 'key'
    ? { keyId: principal.keyId, role: principal.role }
    : { keyId: principal.kind, role: principal.kind };
}

/**
 * Who is asking, as limits per caller count it: the key's id; without a valid key, the client's address
 * (anonymous callers are told apart only by where they call from).
 */
export function callerKey(principal: Principal, address: string | undefined): string {
  return principal.kind === 'key' ? `key ${principal.keyId}` : `${principal.kind} ${address ?? 'unknown'}`;
}

/** The principal of an `Authorization` header value (`Bearer <key>`); anything else that is present is invalid. */
export function principalOf(
  authorization: string | undefined,
  keys: KeyRing,
  allowAnonymousRead: boolean,
): Principal {
  if (authorization === undefined || authorization === '')
    return { kind: 'anonymous', canRead: allowAnonymousRead };
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  const entry = match ? keys.verify(match[1]!) : undefined;
  return entry ? { kind: 'key', keyId: entry.id, role: entry.role } : { kind: 'invalid' };
}

/**
 * Lets the request through when the principal may act as `needed`, else throws: UnauthenticatedError for
 * a wrong key, or for no key where one is needed; ForbiddenError for a key whose role is too weak. It looks
 * at nothing but the principal, so a refusal says nothing about the data.
 */
export function authorize(principal: Principal, needed: Role): void {
  switch (principal.kind) {
    case 'invalid':
      throw new UnauthenticatedError('the API key is not valid (send "Authorization: Bearer <key>")');
    case 'anonymous':
      if (needed === 'reader' && principal.canRead) return;
      throw new UnauthenticatedError(
        `this needs an API key with the ${needed} role ("Authorization: Bearer <key>")`,
      );
    case 'key':
      if (hasRole(principal.role, needed)) return;
      throw new ForbiddenError(
        `this needs the ${needed} role; key "${principal.keyId}" has ${principal.role}`,
      );
    default: {
      const unknown: never = principal;
      throw new Error(`unknown principal ${JSON.stringify(unknown)}`);
    }
  }
}

/** True when the principal may act as `needed` (the non-throwing authorize, for field-level rules). */
export function mayAct(principal: Principal, needed: Role): boolean {
  try {
    authorize(principal, needed);
    return true;
  } catch {
    return false;
  }
}
