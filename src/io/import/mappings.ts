import type { ActorKind, Role, Sector } from '../../domain';

/**
 * The mapping tables of the IATI and HXL importers, documented in docs/import-export.md "Importing data". Theme and
 * group ids are those of the Kosovo seed vocabulary; a mapped id missing from the store is reported as a
 * warning and skipped.
 */

/** IATI OrganisationType codelist → sector and kind of an actor the import creates. */
export const IATI_ORG_TYPES: Readonly<Record<string, { sector: Sector; kind: ActorKind }>> = {
  '10': { sector: 'GOVERNMENT', kind: 'AGENCY' }, // Government
  '11': { sector: 'GOVERNMENT', kind: 'MUNICIPALITY' }, // Local Government
  '15': { sector: 'GOVERNMENT', kind: 'PUBLIC_SERVICE' }, // Other Public Sector
  '21': { sector: 'INTERNATIONAL', kind: 'INGO' }, // International NGO
  '22': { sector: 'CIVIL_SOCIETY', kind: 'NGO' }, // National NGO
  '23': { sector: 'CIVIL_SOCIETY', kind: 'NGO' }, // Regional NGO
  '24': { sector: 'CIVIL_SOCIETY', kind: 'NGO' }, // Partner Country based NGO
  '30': { sector: 'PRIVATE_SECTOR', kind: 'OTHER' }, // Public Private Partnership
  '40': { sector: 'INTERNATIONAL', kind: 'UN_AGENCY' }, // Multilateral
  '60': { sector: 'CIVIL_SOCIETY', kind: 'FOUNDATION' }, // Foundation
  '70': { sector: 'PRIVATE_SECTOR', kind: 'COMPANY' }, // Private Sector
  '71': { sector: 'PRIVATE_SECTOR', kind: 'COMPANY' }, // Private Sector in Provider Country
  '72': { sector: 'PRIVATE_SECTOR', kind: 'COMPANY' }, // Private Sector in Aid Recipient Country
  '73': { sector: 'PRIVATE_SECTOR', kind: 'COMPANY' }, // Private Sector in Third Country
  '80': { sector: 'ACADEMIA', kind: 'RESEARCH_INSTITUTE' }, // Academic, Training and Research
  '90': { sector: 'CIVIL_SOCIETY', kind: 'OTHER' }, // Other
};

/** The sector and kind of a created actor whose type is not given: reported as a warning to fix later. */
export const UNKNOWN_ORG_TYPE = { sector: 'CIVIL_SOCIETY', kind: 'OTHER' } as const;

/**
 * OECD DAC 5-digit purpose codes (sector vocabulary 1) → theme. A code not listed falls back to its
 * 3-digit category (its first three digits) in DAC3_THEMES.
 */
export const DAC5_THEMES: Readonly<Record<string, string>> = {
  '11110': 'inclusive-education', // Education policy and administrative management
  '11120': 'inclusive-education', // Education facilities and training
  '11130': 'inclusive-education', // Teacher training
  '11220': 'inclusive-education', // Primary education
  '11231': 'youth-participation', // Basic life skills for youth
  '11240': 'inclusive-education', // Early childhood education
  '11320': 'inclusive-education', // Secondary education
  '12220': 'early-childhood-health-and-nutrition', // Basic health care
  '12240': 'early-childhood-health-and-nutrition', // Basic nutrition
  '12261': 'early-childhood-health-and-nutrition', // Health education
  '15110': 'child-rights-governance-and-monitoring', // Public sector policy and administrative management
  '15150': 'youth-participation', // Democratic participation and civil society
  '15160': 'child-rights-governance-and-monitoring', // Human rights
  '15170': 'gender-equality', // Women's rights organisations and movements
  '15180': 'gender-equality', // Ending violence against women and girls
  '15261': 'child-protection', // Child soldiers (prevention and demobilisation)
  '16010': 'social-protection', // Social protection
  '16015': 'child-protection', // Social services (incl. youth development and women + children)
  '22030': 'communication-for-social-change', // Radio/television/print media
  '41010': 'climate-and-environment', // Environmental policy and administrative management
  '41081': 'climate-and-environment', // Environmental education/training
  '43060': 'climate-and-environment', // Disaster risk reduction
};

/** OECD DAC 3-digit categories (sector vocabulary 2) → theme. */
export const DAC3_THEMES: Readonly<Record<string, string>> = {
  '111': 'inclusive-education',
  '112': 'inclusive-education',
  '113': 'inclusive-education',
  '122': 'early-childhood-health-and-nutrition',
  '160': 'social-protection',
  '410': 'climate-and-environment',
};

/** ISO 3166 codes of recipient-country → the country name matched against our COUNTRY areas. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  XK: 'Kosovo',
  AL: 'Albania',
  MK: 'North Macedonia',
  ME: 'Montenegro',
  RS: 'Serbia',
};

/** HXL #sector / cluster names → theme, for names that are not a theme's own name. Keys are folded. */
export const SECTOR_ALIASES: Readonly<Record<string, string>> = {
  protection: 'child-protection',
  'child protection aor': 'child-protection',
  education: 'inclusive-education',
  health: 'early-childhood-health-and-nutrition',
  nutrition: 'early-childhood-health-and-nutrition',
  'social policy': 'social-protection',
  participation: 'youth-participation',
  governance: 'child-rights-governance-and-monitoring',
  environment: 'climate-and-environment',
  gender: 'gender-equality',
  c4d: 'communication-for-social-change',
  'communication for development': 'communication-for-social-change',
};

/** HXL #org attributes → role; a bare #org is the organisation leading the activity. */
export const HXL_ORG_ROLES: Readonly<Record<string, Role>> = {
  funder: 'FUNDER',
  donor: 'FUNDER',
  impl: 'IMPLEMENTER',
  partner: 'TECHNICAL_PARTNER',
  prog: 'LEAD',
  lead: 'LEAD',
};

/** HXL #org+type text (folded) → sector and kind of a created actor. */
export const HXL_ORG_TYPES: Readonly<Record<string, { sector: Sector; kind: ActorKind }>> = {
  government: { sector: 'GOVERNMENT', kind: 'AGENCY' },
  ministry: { sector: 'GOVERNMENT', kind: 'MINISTRY' },
  municipality: { sector: 'GOVERNMENT', kind: 'MUNICIPALITY' },
  'un agency': { sector: 'INTERNATIONAL', kind: 'UN_AGENCY' },
  un: { sector: 'INTERNATIONAL', kind: 'UN_AGENCY' },
  ingo: { sector: 'INTERNATIONAL', kind: 'INGO' },
  'international ngo': { sector: 'INTERNATIONAL', kind: 'INGO' },
  donor: { sector: 'INTERNATIONAL', kind: 'DONOR' },
  ngo: { sector: 'CIVIL_SOCIETY', kind: 'NGO' },
  'national ngo': { sector: 'CIVIL_SOCIETY', kind: 'NGO' },
  'local ngo': { sector: 'CIVIL_SOCIETY', kind: 'NGO' },
  cso: { sector: 'CIVIL_SOCIETY', kind: 'NGO' },
  'private sector': { sector: 'PRIVATE_SECTOR', kind: 'COMPANY' },
  academia: { sector: 'ACADEMIA', kind: 'UNIVERSITY' },
  university: { sector: 'ACADEMIA', kind: 'UNIVERSITY' },
  'child-led group': { sector: 'CHILDREN_AND_YOUTH', kind: 'CHILD_LED_GROUP' },
  'youth group': { sector: 'CHILDREN_AND_YOUTH', kind: 'YOUTH_GROUP' },
};
