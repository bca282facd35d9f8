import { Field, ID, InputType } from 'type-graphql';
import {
  NetworkFilterSchema,
  ValidationError,
  deepFreeze,
  withDefaultEvidence,
  type Evidence as EvidenceValue,
  type NetworkFilter as DomainNetworkFilter,
  type Period,
  type PartnershipKind as PartnershipKindValue,
  type Sector as SectorValue,
} from '../../domain';
import { PartnershipKind, Sector } from '../common/enums';
import { definedFields } from '../common/filter-args';
import { DateScalar } from '../common/scalars';
import { Evidence } from '../provenance/provenance.type';

@InputType({ description: 'Days from `from` to `to`, both included.' })
export class PeriodInput implements Period {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar, { description: 'Not before `from`.' })
  to!: string;
}

@InputType({
  description:
    'The network every analytics field looks at (docs/design.md §4): nodes are the actors of `sectors` (isolates included); ' +
    'ties come from the partnerships active on `asOf` that pass `partnershipKinds`, `themeIds` and `areaIds` ' +
    '(an area includes the areas inside it). `excludeActorIds` and `excludePartnershipIds` ask the same of the ' +
    'network without them (an excluded actor leaves every partnership it is in).',
})
export class NetworkFilter {
  @Field(() => DateScalar, { nullable: true, description: 'Only partnerships active on this date.' })
  asOf?: string;

  @Field(() => PeriodInput, {
    nullable: true,
    description: 'Only partnerships active at any time in this period (not with asOf).',
  })
  period?: PeriodInput;

  @Field(() => [Sector], { nullable: true })
  sectors?: SectorValue[];

  @Field(() => [PartnershipKind], { nullable: true })
  partnershipKinds?: PartnershipKindValue[];

  @Field(() => [ID], { nullable: true })
  themeIds?: string[];

  @Field(() => [ID], { nullable: true })
  areaIds?: string[];

  @Field(() => [Evidence], {
    nullable: true,
    description:
      'Actors, partnerships, participations and area links of these evidences; default DOCUMENTED and INFERRED ' +
      '(ILLUSTRATIVE records only when asked).',
  })
  evidence?: EvidenceValue[];
  @Field(() => [ID], {
    nullable: true,
    description: 'The network without these actors (an unknown id is NOT_FOUND).',
  })
  excludeActorIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'The network without these partnerships (an unknown id is NOT_FOUND).',
  })
  excludePartnershipIds?: string[];
}

/**
 * What an absent filter parses to, parsed once: most analytics requests have none, and a cached answer
 * costs little more than this parse would. Frozen, since every such request shares it.
 */
const NO_FILTER: DomainNetworkFilter = deepFreeze(withDefaultEvidence(NetworkFilterSchema.parse({})));

/**
 * The argument checked by the domain's NetworkFilterSchema (ids are slugs, dates real), null fields
 * dropped, the default evidence filled in. A bad value is a BAD_USER_INPUT naming its place, e.g. `filter.themeIds[0]`.
 */
export function networkFilterArg(
  value: NetworkFilter | null | undefined,
  argument = 'filter',
): DomainNetworkFilter {
  if (value === null || value === undefined) return NO_FILTER;
  const fields = definedFields(value);
  const parsed = NetworkFilterSchema.safeParse(
    fields.period ? { ...fields, period: { ...fields.period } } : fields,
  );
  if (!parsed.success) throw ValidationError.fromZod(parsed.error, [argument], 'argument');
  return withDefaultEvidence(parsed.data);
}
