import { Field, ID, InputType } from 'type-graphql';
import {
  NetworkFilterSchema,
  ValidationError,
  type NetworkFilter as DomainNetworkFilter,
  type PartnershipKind as PartnershipKindValue,
  type Sector as SectorValue,
} from '../../domain';
import { PartnershipKind, Sector } from '../common/enums';
import { definedFields } from '../common/filter-args';
import { DateScalar } from '../common/scalars';

@InputType({
  description:
    'The network every analytics field looks at (docs/design.md §4): nodes are the actors of `sectors` (isolates included); ' +
    'ties come from the partnerships active on `asOf` that pass `partnershipKinds`, `themeIds` and `areaIds` ' +
    '(an area includes the areas inside it).',
})
export class NetworkFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Only partnerships active on this date.' })
  asOf?: string;

  @Field(() => [Sector], { nullable: true })
  sectors?: SectorValue[];

  @Field(() => [PartnershipKind], { nullable: true })
  partnershipKinds?: PartnershipKindValue[];

  @Field(() => [ID], { nullable: true })
  themeIds?: string[];

  @Field(() => [ID], { nullable: true })
  areaIds?: string[];
}

/**
 * The argument checked by the domain's NetworkFilterSchema (ids are slugs, dates real), null fields
 * dropped. A bad value is a BAD_USER_INPUT naming its place, e.g. `filter.themeIds[0]`.
 */
export function networkFilterArg(
  value: NetworkFilter | null | undefined,
  argument = 'filter',
): DomainNetworkFilter {
  const parsed = NetworkFilterSchema.safeParse(definedFields(value));
  if (!parsed.success) throw ValidationError.fromZod(parsed.error, [argument], 'argument');
  return parsed.data;
}
