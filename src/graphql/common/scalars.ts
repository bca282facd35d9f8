import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
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
