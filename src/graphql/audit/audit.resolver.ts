import { Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import type { AuditEntry as AuditRecord } from '../../app/audit/audit-entry';
import { entryIds } from '../../app/audit/audit-entry';
import { pageOf } from '../../store/listing/paging';
import type { Role } from '../../app/access/roles';
import { PageArgs, readConnection } from '../common/connection';
import { DateTimeScalar } from '../common/scalars';
import type { GraphQLContext } from '../context';
import { AuditChange, AuditEntry, AuditEntryConnection } from './audit-entry.type';

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only the entries of this API key id ("anonymous" too).',
  })
  keyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the entries that changed the record with this id.' })
  entityId?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Only the entries at or after this instant.' })
  since?: string;
}

/** Sequence numbers as fixed-width strings, so the listing's string keys sort as numbers. */
const seqKey = (entry: { seq: number }) => [String(entry.seq).padStart(15, '0')];

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized<Role>('admin')
  @Query(() => AuditEntryConnection, {
    description:
      'Every mutation that changed data, newest first (admin only). Refused and failed mutations are not ' +
      'recorded: they change nothing.',
  })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() { audit }: GraphQLContext) {
    const since = args.since === undefined || args.since === null ? undefined : Date.parse(args.since);
    const entries = (await audit.entries()).filter(
      (entry) =>
        (args.keyId == null || entry.keyId === args.keyId) &&
        (args.entityId == null || entryIds(entry).includes(args.entityId)) &&
        (since === undefined || Date.parse(entry.at) >= since),
    );
    const rows = entries.map(asGraphQL);
    return readConnection(args, 'audit-log', 'audit-log:oldest-first', (reversed, page) =>
      pageOf(rows, seqKey, reversed ? 'audit-log:oldest-first' : 'audit-log', !reversed, page),
    );
  }
}

/** An entry as the GraphQL types show it: changes as enum values, field values as JSON text. */
function asGraphQL(entry: AuditRecord): Omit<AuditRecord, 'records'> & Pick<AuditEntry, 'records'> {
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  return {
    ...entry,
    records: entry.records.map((record) => ({
      ...record,
      change: record.change as AuditChange,
      fields: record.fields.map((f) => ({ field: f.field, before: json(f.before), after: json(f.after) })),
    })),
  };
}
