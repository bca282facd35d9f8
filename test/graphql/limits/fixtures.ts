import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';

/**
 * A small schema with the shapes the limits care about (a connection with `first`, a list without
 * arguments, a ranked list with `top`, an analytics root field, an actor's metrics), so expected costs
 * can be worked out by hand from cost.ts's rules.
 */
export const schema = buildSchema(`
  type Query {
    about: About!
    actor(id: ID!): Actor
    actors(first: Int, after: String): ActorConnection!
    search(query: String!, first: Int = 20): [Actor!]!
    centrality(top: Int): [ActorScore!]!
  }
  type About { version: String! }
  type ActorConnection { edges: [ActorEdge!]! totalCount: Int! }
  type ActorEdge { node: Actor! cursor: String! }
  type Actor { id: ID! name: String! partners: [Actor!]! homeArea: Area metrics: Metrics }
  type Area { id: ID! parent: Area }
  type Metrics { degree: Float }
  type ActorScore { actor: Actor! value: Float }
`);

/** The document and its first operation. */
export function operationOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d) => d.kind === 'OperationDefinition',
  ) as OperationDefinitionNode;
  return { document, operation };
}
