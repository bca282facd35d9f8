import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AboutResolver } from './about/about.resolver';
import { ActorResolver } from './actor/actor.resolver';
import { AreaResolver } from './area/area.resolver';

/** The executable schema. Arguments are validated with the domain's zod schemas, not class-validator. */
export function buildNetworkSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [AboutResolver, ActorResolver, AreaResolver],
    validate: false,
  });
}
