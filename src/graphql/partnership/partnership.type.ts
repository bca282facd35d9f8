import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Node } from '../common/node';
import type {
  AreaProvenance,
  DatePrecision,
  PartnershipKind as PartnershipKindValue,
  Provenance,
} from '../../domain';
import { Connection } from '../common/connection';
import { PartnershipKind } from '../common/enums';
import { DateScalar } from '../common/scalars';
import type { Participation } from './participation.type';
import { TargetReach } from './target-reach.type';

/** The money fields of a partnership, described once for the type and its input. */
export const TOTALS = {
  currency: 'ISO 4217 code of totalCommitment and totalDisbursement.',
  totalCommitment: 'What funders committed in all (IATI: the sum of outgoing commitments), in currency.',
  totalDisbursement: 'What was paid out in all (IATI: the sum of disbursements), in currency.',
} as const;

/**
 * A partnership is a node, not an edge: several parties, places, themes and groups (docs/design.md §3). The
 * domain record is the resolver's root; `areas`, `themes` and `active` are field resolvers.
 */
@ObjectType({
  description: 'A partnership: who works together, on what, where, when and for whom.',
  implements: Node,
})
export class Partnership {
  @Field(() => ID, {
    name: 'slug',
    description: "The partnership's readable id, a slug: the id the filters, imports and exports use.",
  })
  id!: string;

  @Field()
  title!: string;

  @Field(() => PartnershipKind)
  kind!: PartnershipKindValue;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Where this record comes from (a document, a file).' })
  source?: string;

  @Field(() => String, { nullable: true, description: TOTALS.currency })
  currency?: string;

  @Field(() => Float, { nullable: true, description: TOTALS.totalCommitment })
  totalCommitment?: number;

  @Field(() => Float, { nullable: true, description: TOTALS.totalDisbursement })
  totalDisbursement?: number;

  // Resolved with each participation's provenance (PartnershipProvenanceResolver), like the fields below.
  participants!: Participation[];

  provenance?: Provenance;
  tags?: string[];
  startDatePrecision?: DatePrecision;
  endDatePrecision?: DatePrecision;
  startDateProvenance?: Provenance;
  endDateProvenance?: Provenance;
  areaProvenance?: AreaProvenance[];

  areaIds!: string[];

  themeIds!: string[];

  @Field(() => [TargetReach])
  targetGroups!: TargetReach[];
}

export const PartnershipConnection = Connection('Partnership', Partnership);
