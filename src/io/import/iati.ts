import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Role } from '../../domain';
import type { Directory } from './directory';
import { emptyDraft, type Draft, type Origin } from './draft';
import { deriveId } from './ids';
import { ImplicitActors } from './implicit-actors';
import {
  COUNTRY_NAMES,
  DAC3_THEMES,
  DAC5_THEMES,
  IATI_AID_TYPE_KINDS,
  IATI_DEFAULT_KIND,
  IATI_ORG_TYPES,
  IATI_ROLES,
} from './mappings';
import type { ImportFile, Location, Problems } from './report';

/** An XML element as fast-xml-parser gives it: attributes as `@_name`, text as `#text`, children by name. */
type Element = Record<string, unknown>;

const REPEATED = new Set([
  'iati-activity',
  'participating-org',
  'narrative',
  'activity-date',
  'sector',
  'recipient-country',
  'location',
  'title',
  'description',
  'name',
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  captureMetaData: true,
  isArray: (name) => REPEATED.has(name),
});
const META = XMLParser.getMetaDataSymbol() as unknown as string;

function children(element: Element | undefined, name: string): Element[] {
  const value = element?.[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as Element) : { '#text': String(v) }));
}

function attr(element: Element | undefined, name: string): string | undefined {
  const value = element?.[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function text(element: Element | undefined): string | undefined {
  const value = element?.['#text'];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The text of an element's narratives: English (or unmarked) first; IATI 1.x inline text too. */
function narrative(element: Element | undefined): string | undefined {
  const narratives = children(element, 'narrative');
  const preferred =
    narratives.find((n) => (attr(n, 'xml:lang') ?? 'en').toLowerCase() === 'en') ?? narratives[0];
  return text(preferred) ?? text(element);
}

/** Line numbers from character offsets, by binary search over the line starts. */
function lineFinder(content: string): (offset: number | undefined) => number | undefined {
  const starts = [0];
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    if (offset === undefined) return undefined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const DATE_TYPES: Record<string, 'plannedStart' | 'actualStart' | 'plannedEnd' | 'actualEnd'> = {
  '1': 'plannedStart',
  '2': 'actualStart',
  '3': 'plannedEnd',
  '4': 'actualEnd',
  'start-planned': 'plannedStart',
  'start-actual': 'actualStart',
  'end-planned': 'plannedEnd',
  'end-actual': 'actualEnd',
};

/**
 * Reads IATI activity files (standard 2.0x, `iati-activities/iati-activity`): each activity becomes a
 * partnership whose id is its iati-identifier slugified; organisations become participants (role codes
 * and organisation types mapped as in mappings.ts), sectors become themes, recipient countries and
 * locations areas, where names match. Budgets, transactions and results are not read.
 */
export async function readIatiFiles(
  files: readonly ImportFile[],
  directory: Directory,
  problems: Problems,
): Promise<{ draft: Draft; rows: number }> {
  const draft = emptyDraft();
  let rows = 0;
  for (const file of files) {
    const valid = XMLValidator.validate(file.content);
    if (valid !== true) {
      problems.error(
        { file: file.name, line: valid.err.line, record: 'XML' },
        `not well-formed XML: ${valid.err.msg}`,
      );
      continue;
    }
    const root = (parser.parse(file.content) as Element)['iati-activities'] as Element | undefined;
    if (!root || typeof root !== 'object') {
      problems.error(
        { file: file.name },
        'not an IATI activity file: the root element must be <iati-activities>',
      );
      continue;
    }
    const version = attr(root, 'version');
    if (version && !version.startsWith('2.'))
      problems.warn({ file: file.name }, `IATI version ${version}: read as 2.0x`);
    const activities = children(root, 'iati-activity');
    rows += activities.length;
    const names = activities.flatMap((a) =>
      [children(a, 'reporting-org')[0], ...children(a, 'participating-org')].map(
        (o) => narrative(o) ?? attr(o, 'ref') ?? '',
      ),
    );
    await directory.loadActors(names);
    const lineOf = lineFinder(file.content);
    const actors = new ImplicitActors(directory, draft, problems, file.name.replace(/^.*[/\\]/, ''));
    activities.forEach((activity, i) => {
      const identifier = text(children(activity, 'iati-identifier')[0]);
      const meta = activity[META] as { startIndex?: number } | undefined;
      const record = `activity ${i + 1}${identifier ? ` (${identifier})` : ''}`;
      const origin: Origin = { file: file.name, record, line: lineOf(meta?.startIndex), columns: COLUMNS };
      readActivity(activity, identifier, origin, directory, actors, draft, problems);
    });
  }
  return { draft, rows };
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
};

function readActivity(
  activity: Element,
  identifier: string | undefined,
  origin: Origin,
  directory: Directory,
  actors: ImplicitActors,
  draft: Draft,
  problems: Problems,
): void {
  const at = (column: string): Location => ({ ...origin, column });
  if (!identifier) problems.error(at('iati-identifier'), 'every activity needs an iati-identifier');
  if (attr(children(activity, 'activity-status')[0], 'code') === '5') {
    problems.warn(at('activity-status'), 'cancelled activity (status 5): not imported');
    return;
  }
  const dates: Partial<Record<(typeof DATE_TYPES)[string], string>> = {};
  for (const d of children(activity, 'activity-date')) {
    const type = DATE_TYPES[attr(d, 'type') ?? ''];
    if (type) dates[type] = attr(d, 'iso-date');
  }
  const descriptions = children(activity, 'description');
  const description = descriptions.find((d) => (attr(d, 'type') ?? '1') === '1') ?? descriptions[0];

  const participants: { actorId: string; role: Role; provenance?: Record<string, unknown> }[] = [];
  const participantOrigins: Origin[] = [];
  const add = (org: Element, column: string, role: Role | undefined) => {
    const name = narrative(org) ?? attr(org, 'ref');
    if (!name) {
      problems.warn(at(column), 'organisation with neither a name nor a ref: skipped');
      return undefined;
    }
    const typeCode = attr(org, 'type');
    const type = typeCode === undefined ? undefined : IATI_ORG_TYPES[typeCode];
    if (typeCode !== undefined && !type)
      problems.warn(at(`${column}/@type`), `unknown organisation type "${typeCode}"`);
    const ref = attr(org, 'ref');
    const actorId = actors.idFor(
      name,
      at(column),
      { ...origin, columns: { id: column, name: column } },
      type,
      ref ? [`iati:${ref}`.slice(0, 60)] : [],
    );
    if (!actorId || !role || participants.some((p) => p.actorId === actorId && p.role === role))
      return actorId;
    participants.push({ actorId, role });
    participantOrigins.push({ ...origin, columns: { actorId: column, role: `${column}/@role` } });
    return actorId;
  };
  children(activity, 'participating-org').forEach((org, k) => {
    const column = `participating-org[${k + 1}]`;
    const code = attr(org, 'role');
    const role = code === undefined ? undefined : IATI_ROLES[code];
    if (!role)
      problems.error(
        at(`${column}/@role`),
        `role must be one of 1 (Funding), 2 (Accountable), 3 (Extending), 4 (Implementing), not "${code ?? ''}"`,
      );
    add(org, column, role);
  });
  const reporting = children(activity, 'reporting-org')[0];
  if (reporting) {
    const before = participants.length;
    const id = add(reporting, 'reporting-org', undefined);
    // The reporting organisation leads unless it already takes part in another role.
    if (id && participants.length === before && !participants.some((p) => p.actorId === id)) {
      participants.push({
        actorId: id,
        role: 'LEAD',
        provenance: {
          evidence: 'INFERRED',
          quote: narrative(reporting) ?? attr(reporting, 'ref'),
          reason: 'the reporting organisation, taking part in no other role, is taken as the lead',
        },
      });
      participantOrigins.push({ ...origin, columns: { actorId: 'reporting-org', role: 'reporting-org' } });
    }
  }

  const themeIds: string[] = [];
  children(activity, 'sector').forEach((sector, k) => {
    const column = `sector[${k + 1}]`;
    const vocabulary = attr(sector, 'vocabulary') ?? '1';
    const code = attr(sector, 'code') ?? '';
    const table = vocabulary === '1' ? DAC5_THEMES : vocabulary === '2' ? DAC3_THEMES : undefined;
    const theme = table?.[code];
    if (!table)
      problems.warn(at(column), `sector vocabulary ${vocabulary} is not mapped to themes (only 1 and 2 are)`);
    else if (!theme) problems.warn(at(column), `sector code ${code} is not mapped to a theme`);
    else if (!directory.hasId('themes', theme))
      problems.warn(at(column), `sector code ${code} maps to theme "${theme}", which does not exist`);
    else if (!themeIds.includes(theme)) themeIds.push(theme);
  });

  const areaIds: string[] = [];
  children(activity, 'location').forEach((location, k) => {
    const name = narrative(children(location, 'name')[0]);
    if (!name) return;
    const found = directory.resolve('areas', name, (id) => directory.area(id)?.level !== 'COUNTRY');
    const preferred =
      'ambiguous' in found
        ? found.ambiguous.filter((id) => directory.area(id)?.level === 'MUNICIPALITY')
        : [];
    const id = 'id' in found ? found.id : preferred.length === 1 ? preferred[0] : undefined;
    if (!id) problems.warn(at(`location[${k + 1}]`), `location "${name}" matches no area`);
    else if (!areaIds.includes(id)) areaIds.push(id);
  });
  if (areaIds.length === 0)
    children(activity, 'recipient-country').forEach((country, k) => {
      const code = attr(country, 'code') ?? '';
      const name = COUNTRY_NAMES[code.toUpperCase()];
      const found = name
        ? directory.resolve('areas', name, (id) => directory.area(id)?.level === 'COUNTRY')
        : undefined;
      if (found && 'id' in found) areaIds.push(found.id);
      else problems.warn(at(`recipient-country[${k + 1}]`), `recipient country "${code}" matches no area`);
    });

  const aidType = attr(children(activity, 'default-aid-type')[0], 'code');
  draft.partnerships.push({
    value: {
      id: identifier ? deriveId(identifier) : undefined,
      title: narrative(children(activity, 'title')[0]),
      kind: (aidType && IATI_AID_TYPE_KINDS[aidType]) ?? IATI_DEFAULT_KIND,
      startDate: dates.actualStart ?? dates.plannedStart,
      endDate: dates.actualEnd ?? dates.plannedEnd,
      description: narrative(description),
      participants,
      areaIds,
      themeIds,
      targetGroups: [],
      source: identifier ? `IATI ${identifier}`.slice(0, 300) : undefined,
      provenance: { evidence: 'DOCUMENTED', quote: narrative(children(activity, 'title')[0]) },
    },
    origin: { ...origin, parts: { participants: participantOrigins } },
  });
}
