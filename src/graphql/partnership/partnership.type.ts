import { Field, ID, ObjectType } from 'type-graphql';
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
