import type { z } from 'zod';

/** One problem with an input, at a path such as `partnerships[3].participants[0].actorId`. */
export interface Issue {
  path: string;
  message: string;
}

export type PathSegment = string | number;

/** Renders a path the way a user reads it in their file: `partnerships[3].endDate`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    const name = String(segment);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** Base of our errors: `code` is what the GraphQL layer puts in `extensions.code`. */
export abstract class DomainError extends Error {
  abstract readonly code:
    | 'BAD_USER_INPUT'
    | 'NOT_FOUND'
    | 'CONFLICT'
    | 'SERVICE_UNAVAILABLE'
    | 'ANALYTICS_LIMIT_EXCEEDED'
    | 'UNAUTHENTICATED'
    | 'FORBIDDEN';
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input rejected; `issues` lists every problem found, not only the first. Nothing was changed. */
export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly issues: Issue[],
    what = 'input',
  ) {
    super(
      `invalid ${what}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
    );
  }

  /** Converts zod's issues, prefixing their paths (e.g. with the row they came from). */
  static fromZod(error: z.ZodError, prefix: readonly PathSegment[] = [], what?: string): ValidationError {
    return new ValidationError(zodIssues(error, prefix), what);
  }
}

/** zod issues as ours; an unknown key is reported at its own path rather than at its parent's. */
export function zodIssues(error: z.ZodError, prefix: readonly PathSegment[] = []): Issue[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: 'unknown field' }));
    return [{ path: formatPath(path), message: issue.message }];
  });
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  /** `argument`: where the id was given (e.g. `filter.excludeActorIds[1]`), when it was an argument's. */
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly argument?: string,
  ) {
    super(`${entity} "${id}" does not exist${argument ? ` (${argument})` : ''}`);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
}

/**
 * A write made with `expectedRevision` found the store at another revision: someone else wrote first.
 * Safe to retry after reading again (the API's read-modify-write mutations do so).
 */
export class StaleRevisionError extends ConflictError {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`the network changed since revision ${expected} (it is at ${actual}); read it again and retry`);
  }
}

/** The store cannot serve the request (e.g. database unreachable, store closed). */
export class UnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE' as const;
}

/** No valid credentials: a missing key where one is needed, or a key that is not one of ours. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
}

/** A valid key whose role does not allow the operation. Raised before anything is read, so it says nothing of the data. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
}
