import { GraphQLError } from 'graphql';
import { ConflictError, NotFoundError, UnavailableError, ValidationError } from '../../src/domain';
import { formatError, isUnexpected, variableIssue } from '../../src/graphql/errors';

/** Resolver errors reach formatError wrapped in a GraphQLError, as Apollo hands them over. */
function fromResolver(error: Error) {
  const wrapped = new GraphQLError(error.message, { path: ['actors'], originalError: error });
  return [
    { message: error.message, path: ['actors'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    wrapped,
  ] as const;
}

describe('formatError', () => {
  it('gives bad input its code and every issue', () => {
    const [formatted, error] = fromResolver(
      new ValidationError([
        { path: 'first', message: 'must be a whole number from 0 to 500' },
        { path: 'after', message: 'is not a cursor of this listing and order' },
      ]),
    );
    expect(formatError(formatted, error)).toEqual({
      message:
        'invalid input: first: must be a whole number from 0 to 500; after: is not a cursor of this listing and order',
      path: ['actors'],
      extensions: {
        code: 'BAD_USER_INPUT',
        issues: [
          { path: 'first', message: 'must be a whole number from 0 to 500' },
          { path: 'after', message: 'is not a cursor of this listing and order' },
        ],
      },
    });
  });

  it.each([
    [new NotFoundError('actor', 'x'), 'NOT_FOUND'],
    [new ConflictError('taken'), 'CONFLICT'],
    [new UnavailableError('the embedded store is closed'), 'SERVICE_UNAVAILABLE'],
  ])('maps %p to %s', (domainError, code) => {
    const [formatted, error] = fromResolver(domainError);
    expect(formatError(formatted, error)).toMatchObject({
      message: domainError.message,
      extensions: { code },
    });
  });

  it('hides the details of unexpected errors (the server logs them: test/server/logging.test.ts)', () => {
    const secret = new Error('connect ECONNREFUSED 10.0.0.7:7687 password=hunter2');
    const [formatted, error] = fromResolver(secret);
    expect(isUnexpected(error, formatted.extensions?.code)).toBe(true);
    expect(formatError(formatted, error)).toEqual({
      message: 'internal error',
      path: ['actors'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps GraphQL validation errors as they are', () => {
    const formatted = {
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(formatError(formatted, new GraphQLError(formatted.message))).toBe(formatted);
  });

  it('gives issues to the bad input GraphQL itself rejects in variables', () => {
    const message =
      'Variable "$input" got invalid value "2023-02-30" at "input.startDate"; Date "2023-02-30" is not a valid ISO date YYYY-MM-DD';
    const error = new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatError({ message, extensions: { code: 'BAD_USER_INPUT' } }, error)).toEqual({
      message,
      extensions: {
        code: 'BAD_USER_INPUT',
        issues: [
          { path: 'input.startDate', message: 'Date "2023-02-30" is not a valid ISO date YYYY-MM-DD' },
        ],
      },
    });
    expect(
      variableIssue('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"'),
    ).toEqual({
      path: 'first',
      message: 'Int cannot represent non-integer value: "x"',
    });
  });
});
