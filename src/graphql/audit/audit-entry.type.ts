import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Connection } from '../common/connection';
import { ChangedIds } from '../write/write-result.type';

export enum AuditChange {
  CREATED = 'created',
  UPDATED = 'updated',
  DELETED = 'deleted',
}
registerEnumType(AuditChange, { name: 'AuditChange' });

@ObjectType({
  description: 'A field a mutation changed. Values are JSON text; contact values read "[redacted]".',
})
export class AuditFieldChange {
  @Field()
  field!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value before, as JSON; null when there was none.',
  })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON; null when there is none.' })
  after!: string | null;
}

@ObjectType({ description: 'What a mutation did to one record.' })
export class AuditRecordChange {
  @Field({ description: 'actors, partnerships, areas, themes or targetGroups.' })
  kind!: string;

  @Field(() => ID, { name: 'slug' })
  id!: string;

  @Field(() => AuditChange)
  change!: AuditChange;

  @Field({
    description:
      'True for a record changed as a consequence of the mutation (a partnership that lost a deleted ' +
      'participant, or was deleted with it); such records list no fields.',
  })
  cascade!: boolean;

  @Field(() => [AuditFieldChange])
  fields!: AuditFieldChange[];
}

@ObjectType({
  description:
    'One mutation that changed data: who, when, which, and what it changed; or revisions made outside the API.',
})
export class AuditEntry {
  @Field(() => DateTimeScalar, { description: 'When, as an ISO date-time (UTC).' })
  at!: string;

  @Field({ description: 'The id of the API key used, or "anonymous".' })
  keyId!: string;

  @Field({ description: "The key's role when it was used." })
  role!: string;

  @Field({ description: 'The mutation, e.g. "updateActor", or "outsideApi".' })
  operation!: string;

  @Field(() => Int, { description: 'The data revision the mutation made.' })
  revision!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Set on an "outsideApi" entry (key "system"): revisions fromRevision..revision were made outside the ' +
      'API (the seed, npm run import, another program on the same database) or their entry was lost in a crash.',
  })
  fromRevision?: number;

  @Field(() => ChangedIds)
  changed!: ChangedIds;

  @Field(() => [AuditRecordChange])
  records!: AuditRecordChange[];
}

export const AuditEntryConnection = Connection('AuditEntry', AuditEntry);
