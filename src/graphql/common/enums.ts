import { registerEnumType } from 'type-graphql';
import { CENTRALITY_METRICS } from '../../analytics/centrality';
import { PRIORITY_BASES } from '../../analytics/coverage';
import { ACTOR_KINDS, AREA_LEVELS, PARTNERSHIP_KINDS, ROLES, SECTORS } from '../../domain';
import { ACTOR_ORDER_FIELDS, PARTNERSHIP_ORDER_FIELDS, SORT_DIRECTIONS } from '../../store/network-store';

/** type-graphql wants an enum object; the domain's const lists stay the single source of the values. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const Sector = enumOf(SECTORS);
export const ActorKind = enumOf(ACTOR_KINDS);
export const Role = enumOf(ROLES);
export const PartnershipKind = enumOf(PARTNERSHIP_KINDS);
export const AreaLevel = enumOf(AREA_LEVELS);
export const ActorOrderField = enumOf(ACTOR_ORDER_FIELDS);
export const SortDirection = enumOf(SORT_DIRECTIONS);
export const PartnershipOrderField = enumOf(PARTNERSHIP_ORDER_FIELDS);
export const CentralityMetric = enumOf(CENTRALITY_METRICS);
export const PriorityBasis = enumOf(PRIORITY_BASES);

registerEnumType(PriorityBasis, {
  name: 'PriorityBasis',
  description:
    "What a coverage cell's priority counts: the area's children, or (where they are not known) its people.",
});

registerEnumType(Sector, {
  name: 'Sector',
  description: 'The sector of an actor: the triple helix, civil society, children and youth, international.',
});
registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of organisation, body or group an actor is; refines its sector.',
});
registerEnumType(Role, { name: 'Role', description: 'How an actor takes part in a partnership.' });
registerEnumType(PartnershipKind, { name: 'PartnershipKind' });
registerEnumType(AreaLevel, {
  name: 'AreaLevel',
  description: 'COUNTRY contains REGIONs, which contain MUNICIPALITYs.',
});
registerEnumType(ActorOrderField, { name: 'ActorOrderField' });
registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(PartnershipOrderField, {
  name: 'PartnershipOrderField',
  description: 'TITLE; START_DATE (undated first, then by title); or ID.',
});
registerEnumType(CentralityMetric, {
  name: 'CentralityMetric',
  description:
    'A centrality of docs/design.md §4, each equal to its networkx reference. CONSTRAINT is the one where lower ' +
    'means more central (less constrained, more brokerage).',
});
