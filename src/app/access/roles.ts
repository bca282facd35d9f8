import { z } from 'zod';

/** The roles of API keys, weakest first: each can do what the ones before it can. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];
// The message echoes the value, as the domain's enums do, so a typo is seen without opening the file.
export const RoleSchema = z.enum(ROLES, {
  error: (issue) => `must be one of ${ROLES.join(', ')}, not ${JSON.stringify(issue.input)}`,
});

/** True when `role` is `needed` or stronger. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
