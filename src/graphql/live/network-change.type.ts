import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OUTSIDE_API, type AuditEntry } from '../../app/audit/audit-entry';

/** The topic of the server's ChangeFeed on which every NetworkChange is published. */
export const NETWORK_CHANGED = 'NETWORK_CHANGED';

@ObjectType({
  description:
    'A change to the network: the revision it made and the ids of the records it changed (records ' +
    'changed as a consequence included, e.g. a partnership that lost a deleted participant).',
})
export class NetworkChange {
  @Field(() => Int, { description: 'The revision of the network after the change.' })
  revision!: number;

  @Field(() => Int, {
    description:
      'The first revision the change stands for: `revision` itself for a write made through this server, ' +
      'earlier when it stands for several made elsewhere. Without narrowing arguments, when it is not the ' +
      'previous event’s revision + 1, events were missed (the client fell behind): reload everything.',
  })
  fromRevision!: number;

  @Field({
    description:
      'False for changes made outside this server (another API instance, npm run import): which records ' +
      'changed is not known, the id lists are empty, and a dashboard should reload everything it shows.',
  })
  idsKnown!: boolean;

  @Field(() => [ID])
  actorIds!: string[];

  @Field(() => [ID])
  partnershipIds!: string[];

  @Field(() => [ID])
  areaIds!: string[];

  @Field(() => [ID])
  themeIds!: string[];

  @Field(() => [ID])
  targetGroupIds!: string[];
}

/** The change an audit entry records: every entry, whether of a mutation or of writes made elsewhere. */
export function networkChangeOf(entry: AuditEntry): NetworkChange {
  const { changed } = entry;
  return {
    revision: entry.revision,
    fromRevision: entry.fromRevision ?? entry.revision,
    idsKnown: entry.operation !== OUTSIDE_API,
    actorIds: changed.actors,
    partnershipIds: changed.partnerships,
    areaIds: changed.areas,
    themeIds: changed.themes,
    targetGroupIds: changed.targetGroups,
  };
}
