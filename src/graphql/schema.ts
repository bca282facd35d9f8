import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AboutResolver } from './about/about.resolver';
import { ActorMutations } from './actor/actor.mutations';
import { AreaMutations } from './area/area.mutations';
import { PartnershipMutations } from './partnership/partnership.mutations';
import { TargetGroupMutations } from './target-group/target-group.mutations';
import { ThemeMutations } from './theme/theme.mutations';
import { NetworkMutations } from './write/network.mutations';
import { ActorResolver } from './actor/actor.resolver';
import { AreaResolver } from './area/area.resolver';
import { ParticipationResolver } from './partnership/participation.resolver';
import { PartnershipResolver } from './partnership/partnership.resolver';
import { TargetReachResolver } from './partnership/target-reach.resolver';
import { SearchResolver } from './search/search.resolver';
import { TargetGroupResolver } from './target-group/target-group.resolver';
import { ThemeResolver } from './theme/theme.resolver';

/** The executable schema. Arguments are validated with the domain's zod schemas, not class-validator. */
export function buildNetworkSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AboutResolver,
      ActorResolver,
      AreaResolver,
      PartnershipResolver,
      ParticipationResolver,
      TargetReachResolver,
      ThemeResolver,
      TargetGroupResolver,
      SearchResolver,
      // Mutations (the write side): thin resolvers over write/network-writer.ts.
      ActorMutations,
      PartnershipMutations,
      AreaMutations,
      ThemeMutations,
      TargetGroupMutations,
      NetworkMutations,
    ],
    validate: false,
  });
}
