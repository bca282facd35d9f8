import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
import { AboutResolver } from './about/about.resolver';
import { ActorMutations } from './actor/actor.mutations';
import { AreaMutations } from './area/area.mutations';
import { PartnershipMutations } from './partnership/partnership.mutations';
import { TargetGroupMutations } from './target-group/target-group.mutations';
import { ThemeMutations } from './theme/theme.mutations';
import { NetworkMutations } from './write/network.mutations';
import { ImportResolver } from './import/import.resolver';
import { ActorResolver } from './actor/actor.resolver';
import { ActorIdentifiersResolver } from './actor/actor-identifiers.resolver';
import { AreaResolver } from './area/area.resolver';
import { ParticipationResolver } from './partnership/participation.resolver';
import {
  ActorProvenanceResolver,
  AreaLinkResolver,
  PartnershipProvenanceResolver,
} from './provenance/provenance.resolver';
import { PartnershipResolver } from './partnership/partnership.resolver';
import { TargetReachResolver } from './partnership/target-reach.resolver';
import { SearchResolver } from './search/search.resolver';
import { TargetGroupResolver } from './target-group/target-group.resolver';
import { ThemeResolver } from './theme/theme.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { ActorContactResolver } from './auth/actor-contact.resolver';
import { assertMutationRoles, authChecker, guardRootFields } from './auth/auth-checker';
import { ActorMetricsResolver } from './analytics/actor-metrics.resolver';
import { CentralityResolver } from './analytics/centrality.resolver';
import { CommunityResolver } from './analytics/community.resolver';
import { FragilityResolver } from './analytics/fragility.resolver';
import { NetworkStatsResolver } from './analytics/network-stats.resolver';
import { ShortestPathResolver } from './analytics/shortest-path.resolver';
import { BrokerageResolver } from './analytics/brokerage.resolver';
import { CoverageResolver } from './analytics/coverage.resolver';
import { FunderDependencyResolver, NetworkGapsResolver } from './analytics/network-gaps.resolver';
import { ReachResolver } from './analytics/reach.resolver';
import { RecommendationResolver } from './analytics/recommendation.resolver';
import { NetworkViewResolver } from './analytics/network-view.resolver';
import { ScenarioResolver } from './analytics/scenario.resolver';
import { ChangeFeed } from '../app/live/change-feed';
import { NetworkChangeResolver } from './live/network-change.resolver';
import { ExportResolver } from './export/export.resolver';
import { NODE_ID_RESOLVERS, NodeResolver } from './common/node.resolver';
import { describeSchema } from './descriptions/describe-schema';
import { readPlainFieldsDirectly } from './common/plain-fields';

/**
 * The executable schema. Arguments are validated with the domain's zod schemas, not class-validator.
 * Subscriptions listen to `pubSub`, the server's own (see live/change-feed.ts); without one they hear
 * nothing, which is enough to print or measure the schema.
 */
export async function buildNetworkSchema(pubSub: PubSub = new ChangeFeed()): Promise<GraphQLSchema> {
  declaredArgumentOrder();
  const schema = await buildSchema({
    resolvers: [
      AboutResolver,
      ActorResolver,
      ActorIdentifiersResolver,
      AreaResolver,
      PartnershipResolver,
      ParticipationResolver,
      ActorProvenanceResolver,
      PartnershipProvenanceResolver,
      AreaLinkResolver,
      TargetReachResolver,
      ThemeResolver,
      TargetGroupResolver,
      SearchResolver,
      // Relay's Global Object Identification: Node.id of each kind, node(id) and nodes(ids).
      NodeResolver,
      ...NODE_ID_RESOLVERS,
      // Mutations (the write side): thin resolvers over write/network-writer.ts.
      ActorMutations,
      PartnershipMutations,
      AreaMutations,
      ThemeMutations,
      TargetGroupMutations,
      NetworkMutations,
      ImportResolver,
      // Access control: field-level rules and the admin's audit log.
      ActorContactResolver,
      AuditResolver,
      // Analytics (part A): centrality, structure and metric values of actors.
      CentralityResolver,
      ActorMetricsResolver,
      CommunityResolver,
      FragilityResolver,
      NetworkStatsResolver,
      ShortestPathResolver,
      // Analytics (part B): reach, gaps, brokerage and partner recommendations.
      ReachResolver,
      CoverageResolver,
      NetworkGapsResolver,
      FunderDependencyResolver,
      BrokerageResolver,
      RecommendationResolver,
      // Network views for dashboards: the actor network to draw, by sector, and actor–partnership.
      NetworkViewResolver,
      ScenarioResolver,
      // Live updates: the networkChanged subscription.
      NetworkChangeResolver,
      // Exports of the network for other software (io/export).
      ExportResolver,
    ],
    // Roles: @Authorized next to each mutation (auth/auth-checker.ts); root fields without it are queries
    // for readers, and a mutation without it stops the build.
    authChecker,
    validate: false,
    pubSub,
  });
  describeSchema(schema);
  readPlainFieldsDirectly(schema);
  assertMutationRoles();
  guardRootFields(schema);
  return schema;
}

/**
 * TypeScript runs parameter decorators last to first, so type-graphql records a method's arguments in
 * reverse and prints `updateActor(patch, id)`. A stable sort by position restores the declared order
 * (each method's arguments are read from this list in its order).
 */
function declaredArgumentOrder(): void {
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
}
