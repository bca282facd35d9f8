import type { Provenance, Role } from '../../domain';
import type { Directory } from './directory';
import type { Draft, Origin } from './draft';
import { deriveId } from './ids';
import {
  DAC_AID_TYPE_VOCABULARY,
  IATI_AID_TYPE_KINDS,
  IATI_DATE_TYPES,
  IATI_DEFAULT_KIND,
  IATI_ROLES,
  IATI_TRANSACTION_TYPES,
  SECTOR_VOCABULARIES,
} from './iati-codes';
import { iatiAreas } from './iati-areas';
import { attr, children, narrative, text, type Element } from './iati-xml';
import { iatiIdentifier } from './iati';
import type { ImplicitActors } from './implicit-actors';
import { DAC3_THEMES, DAC5_THEMES, IATI_ORG_TYPES } from './mappings';
import { importedProvenance } from './provenance';
import type { Location, Problems } from './report';

export interface ActivityContext {
  directory: Directory;
  actors: ImplicitActors;
  draft: Draft;
  problems: Problems;
}

const COLUMNS = {
  id: 'iati-identifier',
  title: 'title',
  description: 'description',
  startDate: 'activity-date',
  endDate: 'activity-date',
  kind: 'default-aid-type',
  participants: 'participating-org',
  areaIds: 'location',
  themeIds: 'sector',
  currency: 'transaction',
  totalCommitment: 'transaction',
  totalDisbursement: 'transaction',
};

/**
 * One activity as a partnership: participating organisations in their roles; organisations named only as a
 * transaction's provider or receiver in the role its type implies; the reporting organisation as LEAD
 * when it takes part in no other way; dates (actual before planned); sectors as themes (a DAC purpose code
 * not mapped falls back to its category); the DAC aid type as kind; places (iati-areas.ts); the sums of
 * its commitments and disbursements. The activity is DOCUMENTED by the file (source: `IATI <identifier>`,
 * its title quoted); what the importer derives is INFERRED with its reason: a role implied by a transaction
 * type, the reporting organisation as LEAD, a planned date taken for the start or end, an area found from a
 * code.
 */
export function readActivity(
  activity: Element,
  identifier: string | undefined,
  base: Origin,
  context: ActivityContext,
): void {
  const { problems } = context;
  const origin: Origin = { ...base, columns: COLUMNS };
  const at = (column: string): Location => ({ ...origin, column });
  if (!identifier) {
    problems.error(at('iati-identifier'), 'every activity needs an iati-identifier');
    return;
  }
  if (attr(children(activity, 'activity-status')[0], 'code') === '5') {
    problems.warn(at('activity-status'), 'cancelled activity (status 5): not imported');
    return;
  }
  const dates: Partial<Record<(typeof IATI_DATE_TYPES)[string], string>> = {};
  for (const d of children(activity, 'activity-date')) {
    const type = IATI_DATE_TYPES[attr(d, 'type') ?? ''];
    if (type) dates[type] = attr(d, 'iso-date');
  }
  if ((dates.actualEnd ?? dates.plannedEnd) !== undefined && !(dates.actualStart ?? dates.plannedStart)) {
    problems.error(
      at('activity-date'),
      'an end date but no start date (activity-date type 1 or 2, which the IATI Standard asks for): ' +
        'a partnership with an end needs its start',
    );
    return;
  }
  const descriptions = children(activity, 'description');
  const description = descriptions.find((d) => (attr(d, 'type') ?? '1') === '1') ?? descriptions[0];
  const money = totals(activity, at, problems);
  const participation = participantsOf(activity, origin, context);
  const { areaIds, areaProvenance } = iatiAreas(activity, at, context.directory, problems);
  const title = narrative(children(activity, 'title')[0]);
  const start = dateOf(dates.actualStart, dates.plannedStart, 'start');
  const end = dateOf(dates.actualEnd, dates.plannedEnd, 'end');
  context.draft.partnerships.push({
    value: {
      id: deriveId(identifier),
      title,
      kind: kindOf(activity),
      startDate: start.date,
      endDate: end.date,
      description: narrative(description),
      participants: participation.participants,
      areaIds,
      themeIds: themesOf(activity, at, context.directory, problems),
      targetGroups: [],
      source: `IATI ${identifier}`.slice(0, 300),
      ...money,
      provenance: importedProvenance(title ?? identifier),
      ...(start.provenance && { startDateProvenance: start.provenance }),
      ...(end.provenance && { endDateProvenance: end.provenance }),
      ...(areaProvenance.length > 0 && { areaProvenance }),
    },
    origin: { ...origin, parts: { participants: participation.origins } },
  });
}

/** An actual date as the file gives it, else the planned one, which is only what was planned (INFERRED). */
function dateOf(actual: string | undefined, planned: string | undefined, which: 'start' | 'end') {
  if (actual !== undefined || planned === undefined) return { date: actual };
  const reason = `the file gives no actual ${which} date: the planned one is taken`;
  return { date: planned, provenance: importedProvenance(planned, [reason]) };
}

function participantsOf(activity: Element, origin: Origin, { actors, problems }: ActivityContext) {
  const at = (column: string): Location => ({ ...origin, column });
  const participants: { actorId: string; role: Role; provenance?: Provenance }[] = [];
  const origins: Origin[] = [];
  const resolve = (org: Element, column: string) => {
    const typeCode = attr(org, 'type');
    const type = typeCode === undefined ? undefined : IATI_ORG_TYPES[typeCode];
    if (typeCode !== undefined && !type)
      problems.warn(at(`${column}/@type`), `unknown organisation type "${typeCode}"`);
    const identifier = iatiIdentifier(org);
    return actors.idFor(
      { name: narrative(org), identifiers: identifier ? [identifier] : [], type },
      at(column),
      { ...origin, columns: { id: column, name: column, identifiers: `${column}/@ref` } },
    );
  };
  const add = (actorId: string | undefined, role: Role, column: string, provenance?: Provenance) => {
    if (!actorId || participants.some((p) => p.actorId === actorId && p.role === role)) return;
    participants.push(provenance ? { actorId, role, provenance } : { actorId, role });
    origins.push({ ...origin, columns: { actorId: column, role: column } });
  };
  // The reporting organisation first: its own name is the one its actor takes when it is new.
  const reportingOrg = children(activity, 'reporting-org')[0];
  const reporting = reportingOrg && resolve(reportingOrg, 'reporting-org');
  children(activity, 'participating-org').forEach((org, k) => {
    const column = `participating-org[${k + 1}]`;
    const code = attr(org, 'role');
    const role = code === undefined ? undefined : IATI_ROLES[code.toLowerCase()];
    if (!role)
      problems.error(
        at(`${column}/@role`),
        `role must be one of 1 (Funding), 2 (Accountable), 3 (Extending), 4 (Implementing), or in IATI 1.0x ` +
          `its word, not "${code ?? ''}"`,
      );
    const id = narrative(org) || iatiIdentifier(org) ? resolve(org, column) : undefined;
    if (id === undefined && !narrative(org) && !iatiIdentifier(org))
      problems.warn(at(column), 'organisation with neither a name nor a ref: skipped');
    if (role) add(id, role, column);
  });
  // Declared roles stand; an organisation named only in transactions takes the role its transaction implies.
  const declared = new Set(participants.map((p) => p.actorId));
  children(activity, 'transaction').forEach((transaction, k) => {
    const code = attr(children(transaction, 'transaction-type')[0], 'code') ?? '';
    const meaning = IATI_TRANSACTION_TYPES[code];
    if (!meaning) return;
    for (const side of ['provider', 'receiver'] as const) {
      const org = children(transaction, `${side}-org`)[0];
      if (!org || (!narrative(org) && !iatiIdentifier(org))) continue;
      const column = `transaction[${k + 1}]/${side}-org`;
      const id = resolve(org, column);
      const reason =
        `named only as the ${side} of a transaction of type ${code} (${meaning.name}), ` +
        `which makes it ${meaning[side]}`;
      if (id !== undefined && !declared.has(id))
        add(id, meaning[side], column, importedProvenance(nameOf(org), [reason]));
    }
  });
  if (reporting !== undefined && !participants.some((p) => p.actorId === reporting))
    add(
      reporting,
      'LEAD',
      'reporting-org',
      importedProvenance(nameOf(reportingOrg!), [
        'the reporting organisation, taking part in no other role, is taken as the lead',
      ]),
    );
  return { participants, origins };
}

/** What the file calls an organisation: its name, else its `@ref`. */
const nameOf = (org: Element) => narrative(org) ?? attr(org, 'ref');

/** The first OECD DAC aid type (vocabulary 1, the default) that maps to a kind; FUNDING otherwise. */
function kindOf(activity: Element) {
  const codes = children(activity, 'default-aid-type')
    .filter((a) => (attr(a, 'vocabulary') ?? DAC_AID_TYPE_VOCABULARY) === DAC_AID_TYPE_VOCABULARY)
    .map((a) => attr(a, 'code') ?? '');
  return codes.map((c) => IATI_AID_TYPE_KINDS[c]).find((k) => k !== undefined) ?? IATI_DEFAULT_KIND;
}

function themesOf(activity: Element, at: (c: string) => Location, directory: Directory, problems: Problems) {
  const themeIds: string[] = [];
  children(activity, 'sector').forEach((sector, k) => {
    const column = `sector[${k + 1}]`;
    const vocabulary = attr(sector, 'vocabulary') ?? '1';
    const code = attr(sector, 'code') ?? '';
    const table = SECTOR_VOCABULARIES[vocabulary];
    const theme =
      table === 'DAC5' ? (DAC5_THEMES[code] ?? DAC3_THEMES[code.slice(0, 3)]) : table && DAC3_THEMES[code];
    if (!table)
      problems.warn(
        at(column),
        `sector vocabulary ${vocabulary} is not mapped to themes (only OECD DAC codes are: vocabularies 1 and 2)`,
      );
    else if (!theme) problems.warn(at(column), `sector code ${code} is not mapped to a theme`);
    else if (!directory.hasId('themes', theme))
      problems.warn(at(column), `sector code ${code} maps to theme "${theme}", which does not exist`);
    else if (!themeIds.includes(theme)) themeIds.push(theme);
  });
  return themeIds;
}

/**
 * The sums of the activity's commitments and disbursements, in the currency of the first one counted
 * (its own or the activity's default-currency); a transaction in another currency, or with no currency or
 * no number, is left out with a warning.
 */
function totals(activity: Element, at: (c: string) => Location, problems: Problems) {
  const sums: { currency?: string; totalCommitment?: number; totalDisbursement?: number } = {};
  const defaultCurrency = attr(activity, 'default-currency');
  children(activity, 'transaction').forEach((transaction, k) => {
    const total =
      IATI_TRANSACTION_TYPES[attr(children(transaction, 'transaction-type')[0], 'code') ?? '']?.total;
    if (!total) return;
    const column = `transaction[${k + 1}]/value`;
    const value = children(transaction, 'value')[0];
    const amount = Number(text(value) ?? 'x');
    const currency = (attr(value, 'currency') ?? defaultCurrency)?.toUpperCase();
    if (!Number.isFinite(amount))
      problems.warn(at(column), `value "${text(value) ?? ''}" is not a number: left out of the totals`);
    else if (!currency || !/^[A-Z]{3}$/.test(currency))
      problems.warn(
        at(column),
        'no currency (neither @currency nor the default-currency): left out of the totals',
      );
    else if (sums.currency !== undefined && currency !== sums.currency)
      problems.warn(
        at(column),
        `in ${currency}, not ${sums.currency} as the transactions before: left out of the totals`,
      );
    else {
      sums.currency = currency;
      sums[total] = (sums[total] ?? 0) + amount;
    }
  });
  for (const key of ['totalCommitment', 'totalDisbursement'] as const)
    if ((sums[key] ?? 0) < 0) {
      problems.warn(at('transaction'), `the ${key} adds up to less than 0: not kept`);
      delete sums[key];
    }
  return sums;
}
