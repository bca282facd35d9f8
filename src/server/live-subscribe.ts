import { ApolloServerErrorCode } from '@apollo/server/errors';
import {
  GraphQLError,
  getOperationAST,
  getVariableValues,
  parse,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { GraphQLContext } from '../graphql/context';
import { MAX_QUERY_TOKENS } from '../graphql/limits/cost';
import { checkQueryLimits, type QueryLimits } from '../graphql/limits/query-limits.plugin';
import type { PersistedQueries } from './persisted-queries';

/** What a subscribe message is checked against: the same schema, limits and persisted queries as HTTP. */
export interface SubscribeRules {
  schema: GraphQLSchema;
  limits: QueryLimits;
  persistedQueries: PersistedQueries;
}

/**
 * The execution of a subscribe message, or the errors that refuse it (coded as Apollo codes them): only
 * subscriptions, each held to the same token, depth and cost limits as over HTTP. `contextValue` is made
 * only for a message that passes.
 */
export async function prepareSubscription(
  payload: SubscribePayload,
  { schema, limits, persistedQueries }: SubscribeRules,
  contextValue: () => GraphQLContext,
): Promise<ExecutionArgs | readonly GraphQLError[]> {
  const refuse = (code: string, errors: readonly GraphQLError[]) =>
    errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code } }));
  let query, document;
  try {
    query = await persistedQueries.resolve(payload.query, payload.extensions);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  try {
    document = parse(query, { maxTokens: MAX_QUERY_TOKENS });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return refuse(ApolloServerErrorCode.GRAPHQL_PARSE_FAILED, [error]);
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return refuse(ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, invalid);
  const operation = getOperationAST(document, payload.operationName);
  if (!operation)
    return refuse(ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, [
      new GraphQLError('name the operation to run (operationName): the document has none or several'),
    ]);
  if (operation.operation !== 'subscription')
    return refuse(ApolloServerErrorCode.BAD_REQUEST, [
      new GraphQLError(`only subscriptions are served over WebSocket: send a ${operation.operation} by HTTP`),
    ]);
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
  if (variables.errors) return refuse(ApolloServerErrorCode.BAD_USER_INPUT, variables.errors);
  try {
    checkQueryLimits(limits, schema, document, operation, payload.variables ?? undefined);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  return {
    schema,
    document,
    operationName: payload.operationName,
    variableValues: payload.variables,
    contextValue: contextValue(),
  };
}
