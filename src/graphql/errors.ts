import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AnalyticsLimitError } from '../analytics/errors';
import { DomainError, NotFoundError, ValidationError, type Issue } from '../domain';

/**
 * Whether an error is one we did not expect (a bug, a driver failure): not one of our domain errors, and
 * without a code of its own (`code`: its extensions.code). Such errors are masked by formatError and
 * logged by the server (server/graphql-plugins.ts), both deciding by this.
 */
export function isUnexpected(error: unknown, code: unknown): boolean {
  return (
    !(unwrapResolverError(error) instanceof DomainError) &&
    (code === undefined || code === 'INTERNAL_SERVER_ERROR')
  );
}

/**
 * The one place that turns internal errors into GraphQL errors: domain errors keep their message and get
 * `extensions.code` (and `issues` for bad input); anything unexpected (isUnexpected) is reported without
 * its internals, so a driver message or stack trace never reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: domainExtensions(original),
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'BAD_USER_INPUT' && formatted.extensions?.issues === undefined)
    return {
      ...formatted,
      extensions: { ...formatted.extensions, issues: [variableIssue(formatted.message)] },
    };
  if (isUnexpected(error, code)) {
    return {
      message: 'internal error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}

/** What a client is told of a domain error besides its message: its code, the issues of bad input, a suggestion. */
export function domainExtensions(error: DomainError): Record<string, unknown> {
  return {
    code: error.code,
    ...(error instanceof ValidationError ? { issues: error.issues } : {}),
    ...(error instanceof NotFoundError && error.argument ? { argument: error.argument } : {}),
    ...(error instanceof AnalyticsLimitError && error.suggestion ? { suggestion: error.suggestion } : {}),
  };
}

/**
 * The issue in one of graphql-js's variable coercion messages (`Variable "$input" got invalid value "x" at
 * "input.startDate"; Date "x" is not …`), so that every BAD_USER_INPUT carries `issues` as docs/design.md §5
 * promises, whether our resolvers or GraphQL itself rejected the value.
 */
export function variableIssue(message: string): Issue {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  const at = / at "([^"]+)"/.exec(message)?.[1];
  const reason = message.includes('; ') ? message.slice(message.indexOf('; ') + 2) : message;
  return { path: at ?? variable ?? '', message: reason };
}
