import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Actor as ActorRecord } from '../../domain';
import { Actor } from './actor.type';
import { OrganisationIdentifier } from './organisation-identifier.type';

@Resolver(() => Actor)
export class ActorIdentifiersResolver {
  // The domain leaves the field out when there are none; the API always answers with a list.
  @FieldResolver(() => [OrganisationIdentifier], {
    description:
      'Identifiers of the organisation in registries (IATI and others); imports match by these first.',
  })
  identifiers(@Root() actor: Pick<ActorRecord, 'identifiers'>): OrganisationIdentifier[] {
    return actor.identifiers ?? [];
  }
}
