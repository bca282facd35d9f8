import { ValidationError, foldText, identifierKey } from '../../domain';
import { decodeCursor } from '../listing/paging';
import type { SortKey } from '../listing/sorting';
import type { ActorFilter, ActorOrder, PartnershipFilter, PartnershipOrder } from '../network-store';
import { isoToDate } from './records';
import type { StatementName } from './statements';

/**
 * Parameters of the listing statements, built from the port's filter types. Every parameter a statement
 * names is always passed (null meaning "no such filter"), and user input only ever travels as a parameter
 * value: the statement texts are fixed files. Filter semantics are listing/filters.ts's; the statements' comments
 * say which function each one mirrors.
 */

export type Params = Record<string, unknown>;

const list = (values: readonly string[] | undefined): string[] | null =>
  values === undefined ? null : [...values];

/** The text filter as the statements compare it: folded like the stored sortName; blank means none. */
export function textParam(text: string | undefined): string | null {
  return text === undefined || text.trim() === '' ? null : foldText(text);
}

/** Parameters of the actor filter block (actors-count and actors-page-*). */
export function actorFilterParams(filter: ActorFilter, participantIds: readonly string[] | null): Params {
  return {
    ids: list(filter.ids),
    participantIds: participantIds === null ? null : [...participantIds],
    sectors: list(filter.sectors),
    kinds: list(filter.kinds),
    homeAreaIds: list(filter.homeAreaIds),
    text: textParam(filter.text),
    identifierKeys: filter.identifiers ? filter.identifiers.map(identifierKey) : null,
    evidence: list(filter.evidence),
  };
}

/** Parameters of the partnership filter block (partnerships-count, partnerships-page-*, partnership-participants). */
export function partnershipFilterParams(filter: PartnershipFilter): Params {
  return {
    ids: list(filter.ids),
    kinds: list(filter.kinds),
    asOf: filter.asOf ? asOfDate(filter.asOf) : null,
    actorIds: list(filter.actorIds),
    roles: list(filter.roles),
    areaIds: list(filter.areaIds),
    themeIds: list(filter.themeIds),
    targetGroupIds: list(filter.targetGroupIds),
    text: textParam(filter.text),
    evidence: list(filter.evidence),
  };
}

function asOfDate(asOf: string) {
  try {
    return isoToDate(asOf);
  } catch {
    throw new ValidationError([{ path: 'asOf', message: 'must be an ISO date YYYY-MM-DD' }]);
  }
}

/** One page statement per order: ORDER BY cannot take parameters, and statements are never assembled. */
export const ACTOR_PAGES: Record<`${ActorOrder['field']} ${ActorOrder['direction']}`, StatementName> = {
  'NAME ASC': 'actors-page-name-asc',
  'NAME DESC': 'actors-page-name-desc',
  'ID ASC': 'actors-page-id-asc',
  'ID DESC': 'actors-page-id-desc',
};

export const PARTNERSHIP_PAGES: Record<
  `${PartnershipOrder['field']} ${PartnershipOrder['direction']}`,
  StatementName
> = {
  'TITLE ASC': 'partnerships-page-title-asc',
  'TITLE DESC': 'partnerships-page-title-desc',
  'START_DATE ASC': 'partnerships-page-start-date-asc',
  'START_DATE DESC': 'partnerships-page-start-date-desc',
  'ID ASC': 'partnerships-page-id-asc',
  'ID DESC': 'partnerships-page-id-desc',
};

/** Length of each order's sort key (listing/sorting.ts actorSortKey / partnershipSortKey). */
const KEY_LENGTH: Record<string, number> = { NAME: 2, TITLE: 2, START_DATE: 3, ID: 1 };

/**
 * The cursor's sort key as the page statements' `$after`: a key from another listing is a BAD_USER_INPUT
 * on `after` (decodeCursor), and a short key is padded with '' as compareKeys treats missing parts, so a
 * statement never indexes past the end of the list.
 */
export function afterParam(listing: string, field: string, after: string | undefined): SortKey | null {
  if (after === undefined) return null;
  const key = decodeCursor(listing, after);
  const length = KEY_LENGTH[field] ?? key.length;
  return Array.from({ length }, (_, i) => key[i] ?? '');
}

/** Lucene's special characters; query words are letters and digits only, but nothing is left to chance. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The full-text query for search words (checkSearchRequest): each word required and matched as a prefix,
 * "+pej* +rajon*". It is passed as a parameter, never spliced into the statement.
 */
export function luceneQuery(words: readonly string[]): string {
  return words.map((word) => `+${word.replace(LUCENE_SPECIAL, '\\$&')}*`).join(' ');
}
