import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { z } from 'zod';
import { IsoDateSchema } from '../../domain';

/** A string scalar checked on input by a zod schema: the API and the importers reject the same values. */
function checkedStringScalar(spec: {
  name: string;
  description: string;
  schema: z.ZodType<string>;
  /** What a literal of another kind is told it must be, e.g. 'a string YYYY-MM-DD'. */
  shape: string;
  /** What a string that fails the check is told, after its value. */
  invalid: string;
}) {
  const parse = (value: unknown): string => {
    const parsed = spec.schema.safeParse(value);
    if (!parsed.success) throw new GraphQLError(`${spec.name} ${JSON.stringify(value)} ${spec.invalid}`);
    return parsed.data;
  };
  return new GraphQLScalarType<string, string>({
    name: spec.name,
    description: spec.description,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING)
        throw new GraphQLError(`${spec.name} must be ${spec.shape}`, { nodes: ast });
      return parse(ast.value);
    },
  });
}

/**
 * A calendar date as the domain stores it: an ISO `YYYY-MM-DD` string that exists (no 2023-02-30),
 * checked with the domain's own schema.
 */
export const DateScalar = checkedStringScalar({
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD` (e.g. "2024-03-31").',
  schema: IsoDateSchema,
  shape: 'a string YYYY-MM-DD',
  invalid: 'is not a valid ISO date YYYY-MM-DD',
});

/**
 * An instant: an ISO 8601 date-time with its offset (`2025-01-31T12:00:00Z`), as audit entries are dated.
 * Output as stored (UTC); input checked, so `since: "yesterday"` is a BAD_USER_INPUT naming the argument.
 */
export const DateTimeScalar = checkedStringScalar({
  name: 'DateTime',
  description: 'An instant, ISO 8601 date-time with an offset (e.g. "2025-01-31T12:00:00Z").',
  schema: z.iso.datetime({ offset: true }),
  shape: 'a string such as "2025-01-31T12:00:00Z"',
  invalid: 'is not an ISO date-time with an offset, e.g. 2025-01-31T12:00:00Z',
});
