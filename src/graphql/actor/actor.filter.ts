import { Field, Float, ID, InputType } from 'type-graphql';
import type { CentralityMetric as CentralityMetricValue } from '../../analytics/centrality';
import {
  ValidationError,
  withDefaultEvidence,
  type Evidence as EvidenceValue,
  type NetworkFilter as DomainNetworkFilter,
  ActorKind as ActorKindValue,
  PartnershipKind as PartnershipKindValue,
  Role as RoleValue,
  Sector as SectorValue,
} from '../../domain';
import { NetworkFilter, networkFilterArg } from '../analytics/network-filter.input';
import type {
  ActorOrder as StoreActorOrder,
  ActorFilter as StoreActorFilter,
} from '../../store/network-store';
import {
  ActorKind,
  ActorOrderField,
  CentralityMetric,
  PartnershipKind,
  Role,
  Sector,
  SortDirection,
} from '../common/enums';
import { checkedFilter, definedFields } from '../common/filter-args';
import { DateScalar } from '../common/scalars';
import { OrganisationIdentifierFilter } from './organisation-identifier.type';
import { Evidence } from '../provenance/provenance.type';

@InputType({
  description: 'Actors whose value of a centrality metric is within [min, max] (bounds included).',
})
export class MetricRange {
  @Field(() => CentralityMetric)
  name!: CentralityMetricValue;

  @Field(() => Float, { nullable: true })
  min?: number;

  @Field(() => Float, { nullable: true })
  max?: number;
}

@InputType({
  description:
    'Which actors to list; all given conditions must hold. The partnership conditions (areaIds, themeIds, ' +
    'targetGroupIds, partnershipKinds, roles, asOf) must all hold for one and the same partnership of the actor.',
})
export class ActorFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [Sector], { nullable: true })
  sectors?: SectorValue[];

  @Field(() => [ActorKind], { nullable: true })
  kinds?: ActorKindValue[];

  @Field(() => [ID], { nullable: true, description: 'Actors based in these areas or inside them.' })
  homeAreaIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or acronym; case and accents are ignored.',
  })
  text?: string;

  @Field(() => [OrganisationIdentifierFilter], {
    nullable: true,
    description: 'Actors with one of these organisation identifiers (the case of ids is ignored).',
  })
  identifiers?: OrganisationIdentifierFilter[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Working in these areas or inside them through a partnership.',
  })
  areaIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Working on one of these themes through a partnership.' })
  themeIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Working for one of these groups through a partnership.',
  })
  targetGroupIds?: string[];

  @Field(() => [PartnershipKind], {
    nullable: true,
    description: 'Taking part in a partnership of these kinds.',
  })
  partnershipKinds?: PartnershipKindValue[];

  @Field(() => [Role], { nullable: true, description: 'Taking part in a partnership in one of these roles.' })
  roles?: RoleValue[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Taking part in a partnership active on this date.',
  })
  asOf?: string;

  @Field(() => MetricRange, {
    nullable: true,
    description:
      'Only actors with a value of this metric in the range, computed in the network of `network`: actors ' +
      'outside that network, or without a value (CONSTRAINT, EFFECTIVE_SIZE of an isolate), are left out.',
  })
  metric?: MetricRange;

  @Field(() => NetworkFilter, {
    nullable: true,
    description:
      'The network the metrics of `metric` and `orderBy.metric` are computed in (default: the whole network).',
  })
  network?: NetworkFilter;

  @Field(() => [Evidence], {
    nullable: true,
    description:
      'Actors of these evidences (and, with partnership conditions, through participations of these evidences); ' +
      'default DOCUMENTED and INFERRED.',
  })
  evidence?: EvidenceValue[];
}

@InputType({
  description:
    'By `field`, or by the value of a centrality `metric` (in the network of `filter.network`) in `direction`, ' +
    'equal values by `field` ascending and actors without a value (not in that network, or CONSTRAINT/EFFECTIVE_SIZE ' +
    'of an isolate) last whatever the direction.',
})
export class ActorOrder {
  @Field(() => ActorOrderField, { defaultValue: 'NAME' })
  field!: StoreActorOrder['field'];

  @Field(() => SortDirection, { defaultValue: 'ASC' })
  direction!: StoreActorOrder['direction'];

  @Field(() => CentralityMetric, { nullable: true })
  metric?: CentralityMetricValue;
}

/** What a listing by computed metric needs: the network, the range filter and the metric order, when given. */
export interface MetricListing {
  network: DomainNetworkFilter;
  range?: { name: CentralityMetricValue; min?: number; max?: number };
  orderBy?: CentralityMetricValue;
}

/**
 * The metric part of `actors` arguments, checked (a min above max, a bad network filter are BAD_USER_INPUT
 * naming the field); undefined when neither a metric filter nor a metric order is asked for.
 */
export function metricListing(
  filter: ActorFilter | null | undefined,
  order: ActorOrder | null | undefined,
): MetricListing | undefined {
  const range = filter?.metric ?? undefined;
  const orderBy = order?.metric ?? undefined;
  if (!range && !orderBy) return undefined;
  const network = networkFilterArg(filter?.network, 'filter.network');
  if (range && range.min != null && range.max != null && range.min > range.max)
    throw new ValidationError([{ path: 'filter.metric.max', message: `must not be below min ${range.min}` }]);
  return {
    network,
    ...(range
      ? { range: { name: range.name, min: range.min ?? undefined, max: range.max ?? undefined } }
      : {}),
    ...(orderBy ? { orderBy } : {}),
  };
}

/**
 * The store's filter for a `filter: ActorFilter` argument, ids checked (BAD_USER_INPUT otherwise). The
 * partnership conditions become `partnerships` only when one is given: without any, an actor with no
 * partnership still passes.
 */
export function storeActorFilter(filter: ActorFilter | undefined): StoreActorFilter {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the metric conditions are not the store's
  const { areaIds, themeIds, targetGroupIds, partnershipKinds, roles, asOf, metric, network, ...own } =
    checkedFilter(filter, ['ids', 'homeAreaIds', 'areaIds', 'themeIds', 'targetGroupIds']);
  const partnerships = definedFields({
    areaIds,
    themeIds,
    targetGroupIds,
    kinds: partnershipKinds,
    roles,
    asOf,
  });
  const actors = withDefaultEvidence(own);
  return Object.keys(partnerships).length > 0
    ? { ...actors, partnerships: { ...partnerships, evidence: actors.evidence } }
    : actors;
}
