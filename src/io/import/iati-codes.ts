import type { PartnershipKind, Role } from '../../domain';

/**
 * IATI codelists the importer reads, for both versions it knows: 2.0x codes and the words and letters of
 * 1.0x. Documented in docs (Importing data: IATI). Tables mapping codes to our themes and kinds are in
 * mappings.ts.
 */

/** The versions read; any other is refused by name. */
export const IATI_VERSIONS = ['1.01', '1.02', '1.03', '1.04', '1.05', '2.01', '2.02', '2.03'] as const;

/**
 * OrganisationRole → our role, by 2.0x code and 1.0x word (folded). Extending (manages the budget on the
 * funder's behalf) is a FUNDER to the implementers; Accountable leads.
 */
export const IATI_ROLES: Readonly<Record<string, Role>> = {
  '1': 'FUNDER',
  funding: 'FUNDER',
  '2': 'LEAD',
  accountable: 'LEAD',
  '3': 'FUNDER',
  extending: 'FUNDER',
  '4': 'IMPLEMENTER',
  implementing: 'IMPLEMENTER',
};

/** activity-date/@type: 2.0x codes and 1.0x words. */
export const IATI_DATE_TYPES: Readonly<
  Record<string, 'plannedStart' | 'actualStart' | 'plannedEnd' | 'actualEnd'>
> = {
  '1': 'plannedStart',
  '2': 'actualStart',
  '3': 'plannedEnd',
  '4': 'actualEnd',
  'start-planned': 'plannedStart',
  'start-actual': 'actualStart',
  'end-planned': 'plannedEnd',
  'end-actual': 'actualEnd',
};

/** What a transaction type says of its provider-org and receiver-org, and which total it adds to. */
export interface TransactionMeaning {
  name: string;
  provider: Role;
  receiver: Role;
  total?: 'totalCommitment' | 'totalDisbursement';
}

const flow = (name: string, total?: TransactionMeaning['total']): TransactionMeaning => ({
  name,
  provider: 'FUNDER',
  receiver: 'IMPLEMENTER',
  ...(total ? { total } : {}),
});
// Money flowing back (interest, loan repayment): the payer is the one funded, the payee its funder.
const repayment = (name: string): TransactionMeaning => ({
  name,
  provider: 'IMPLEMENTER',
  receiver: 'FUNDER',
});
// A payee that sells goods, services or shares takes part without implementing the activity.
const purchase = (name: string): TransactionMeaning => ({
  name,
  provider: 'FUNDER',
  receiver: 'PARTICIPANT',
});

/** TransactionType → meaning, by 2.0x code and 1.0x letters. */
export const IATI_TRANSACTION_TYPES: Readonly<Record<string, TransactionMeaning>> = {
  '1': flow('Incoming Funds'),
  IF: flow('Incoming Funds'),
  '2': flow('Outgoing Commitment', 'totalCommitment'),
  C: flow('Commitment', 'totalCommitment'),
  '3': flow('Disbursement', 'totalDisbursement'),
  D: flow('Disbursement', 'totalDisbursement'),
  '4': purchase('Expenditure'),
  E: purchase('Expenditure'),
  '5': repayment('Interest Payment'),
  IR: repayment('Interest Repayment'),
  '6': repayment('Loan Repayment'),
  LR: repayment('Loan Repayment'),
  '7': flow('Reimbursement'),
  R: flow('Reimbursement'),
  '8': purchase('Purchase of Equity'),
  QP: purchase('Purchase of Equity'),
  '9': { name: 'Sale of Equity', provider: 'PARTICIPANT', receiver: 'FUNDER' },
  QS: { name: 'Sale of Equity', provider: 'PARTICIPANT', receiver: 'FUNDER' },
  '10': flow('Credit Guarantee'),
  CG: flow('Credit Guarantee'),
  '11': flow('Incoming Commitment'),
  '12': flow('Outgoing Pledge'),
  '13': flow('Incoming Pledge'),
};

/** Sector vocabularies read: OECD DAC 5-digit purpose codes and 3-digit categories (2.0x codes, 1.0x names). */
export const SECTOR_VOCABULARIES: Readonly<Record<string, 'DAC5' | 'DAC3'>> = {
  '1': 'DAC5',
  DAC: 'DAC5',
  '2': 'DAC3',
  'DAC-3': 'DAC3',
};

/** Aid type vocabulary 1 (OECD DAC Type of Aid) is the one mapped to kinds; 1.0x has only that one. */
export const DAC_AID_TYPE_VOCABULARY = '1';

/** IATI default-aid-type (OECD DAC, vocabulary 1) → partnership kind; any other (or none) is FUNDING. */
export const IATI_AID_TYPE_KINDS: Readonly<Record<string, PartnershipKind>> = {
  D01: 'TECHNICAL_ASSISTANCE', // Donor country personnel
  D02: 'TECHNICAL_ASSISTANCE', // Other technical assistance
  E01: 'CAPACITY_STRENGTHENING', // Scholarships/training in donor country
  E02: 'CAPACITY_STRENGTHENING', // Imputed student costs
};
export const IATI_DEFAULT_KIND: PartnershipKind = 'FUNDING';

/** OECD DAC region codes (recipient-region vocabulary 1) → the name matched against our areas. */
export const DAC_REGION_NAMES: Readonly<Record<string, string>> = {
  '88': 'States Ex-Yugoslavia unspecified',
  '89': 'Europe, regional',
  '189': 'North of Sahara, regional',
  '289': 'South of Sahara, regional',
  '298': 'Africa, regional',
  '380': 'West Indies, regional',
  '389': 'North and Central America, regional',
  '489': 'South America, regional',
  '498': 'America, regional',
  '589': 'Middle East, regional',
  '619': 'Central Asia, regional',
  '679': 'South Asia, regional',
  '689': 'South and Central Asia, regional',
  '789': 'Far East Asia, regional',
  '798': 'Asia, regional',
  '889': 'Oceania, regional',
  '998': 'Developing countries, unspecified',
};

/** location/administrative vocabulary of ISO 3166-1 alpha-2 country codes. */
export const ISO_COUNTRY_VOCABULARY = 'A4';
