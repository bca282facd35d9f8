import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { z } from 'zod';
import { IsoDateSchema } from '../../domain';

/**
 * A calendar date as the domain stores it: an ISO `YYYY-MM-DD` string that exists (no 2023-02-30).
 * Checked with the domain's own schema, so the API and the importers reject the same dates.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD` (e.g. "2024-03-31").',
  serialize: (value) => String(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD', { nodes: ast });
    return parseDate(ast.value);
  },
});

function parseDate(value: unknown): string {
  const parsed = IsoDateSchema.safeParse(value);
  if (!parsed.success)
    throw new GraphQLError(`Date ${JSON.stringify(value)} is not a valid ISO date YYYY-MM-DD`);
  return parsed.data;
}

const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * An instant: an ISO 8601 date-time with its offset (`2025-01-31T12:00:00Z`), as audit entries are dated.
 * Output as stored (UTC); input checked, so `since: "yesterday"` is a BAD_USER_INPUT naming the argument.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 date-time with an offset (e.g. "2025-01-31T12:00:00Z").',
  serialize: (value) => String(value),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be a string such as "2025-01-31T12:00:00Z"', { nodes: ast });
    return parseDateTime(ast.value);
  },
});

function parseDateTime(value: unknown): string {
  const parsed = IsoDateTimeSchema.safeParse(value);
  if (!parsed.success)
    throw new GraphQLError(
      `DateTime ${JSON.stringify(value)} is not an ISO date-time with an offset, e.g. 2025-01-31T12:00:00Z`,
    );
  return parsed.data;
}
