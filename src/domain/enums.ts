import { z } from 'zod';

/**
 * A zod enum whose error echoes the value it got and lists the allowed ones: `"Media" is not one of
 * GOVERNMENT, ACADEMIA, …`, so a user finds the bad cell without opening the file.
 */
export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.code === 'invalid_value'
        ? `${JSON.stringify(issue.input)} is not one of ${values.join(', ')}`
        : undefined,
  });
}

/** The six sectors of docs/design.md §3: the triple helix plus civil society, children and youth, and international actors. */
export const SECTORS = [
  'GOVERNMENT',
  'ACADEMIA',
  'PRIVATE_SECTOR',
  'CIVIL_SOCIETY',
  'CHILDREN_AND_YOUTH',
  'INTERNATIONAL',
] as const;
export const SectorSchema = enumOf(SECTORS);
export type Sector = z.infer<typeof SectorSchema>;

export const ACTOR_KINDS = [
  'MINISTRY',
  'AGENCY',
  'PARLIAMENTARY_BODY',
  'OMBUDSPERSON',
  'PRESIDENCY',
  'MUNICIPALITY',
  'PUBLIC_SERVICE',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'THINK_TANK',
  'COMPANY',
  'BANK',
  'BUSINESS_NETWORK',
  'NGO',
  'COMMUNITY_BASED_ORG',
  'FAITH_BASED_ORG',
  'TRADE_UNION',
  'WOMENS_GROUP',
  'MEDIA',
  'FOUNDATION',
  'SOCIAL_MOVEMENT',
  'NETWORK',
  'CHILD_LED_GROUP',
  'CHILDRENS_ASSEMBLY',
  'YOUTH_GROUP',
  'UN_AGENCY',
  'INGO',
  'DONOR',
  'OTHER',
] as const;
export const ActorKindSchema = enumOf(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKindSchema>;

/** How an actor takes part in a partnership; IATI participating-org roles map onto these. */
export const ROLES = ['FUNDER', 'LEAD', 'IMPLEMENTER', 'TECHNICAL_PARTNER', 'PARTICIPANT', 'MEMBER'] as const;
export const RoleSchema = enumOf(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const PARTNERSHIP_KINDS = [
  'FUNDING',
  'TECHNICAL_ASSISTANCE',
  'CAPACITY_STRENGTHENING',
  'SERVICE_DELIVERY',
  'ADVOCACY',
  'COORDINATION',
  'MENTORSHIP',
  'RESEARCH_AND_DATA',
  'NETWORK_MEMBERSHIP',
  'COMMUNICATION',
] as const;
export const PartnershipKindSchema = enumOf(PARTNERSHIP_KINDS);
export type PartnershipKind = z.infer<typeof PartnershipKindSchema>;

/** Area levels, outermost first; a parent is always at a lower index than its child. */
export const AREA_LEVELS = ['COUNTRY', 'REGION', 'MUNICIPALITY'] as const;
export const AreaLevelSchema = enumOf(AREA_LEVELS);
export type AreaLevel = z.infer<typeof AreaLevelSchema>;

/**
 * Compile-time exhaustiveness for switches over our enums: a new enum member makes every switch that
 * forgot it fail to type-check, and a value smuggled past the types fails loudly at run time.
 */
export function assertNever(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${String(value)}`);
}
