import { basename } from 'node:path';
import {
  IATI_SCHEME,
  PARTNERSHIP_KINDS,
  foldText,
  parseIdentifier,
  type AreaLevel,
  type OrganisationIdentifier,
  type PartnershipKind,
  type Provenance,
  type Role,
} from '../../domain';
import { unresolvedMessage, type Directory } from './directory';
import type { DraftRecord, Origin } from './draft';
import { HxlTargetGroups, disaggregationAttributes } from './hxl-groups';
import { findHashtagRow, layoutOf, parseHashtag, type Layout } from './hxl-layout';
import { deriveId } from './ids';
import type { ActorType, ImplicitActors } from './implicit-actors';
import { HXL_ORG_TYPES, SECTOR_ALIASES } from './mappings';
import { mergeRows } from './hxl-merge';
import { importedProvenance } from './provenance';
import type { ImportFile, Location, Problems } from './report';
import { isBlank, listCell, numberCell, readSheet, type SheetRow } from './table';

interface RowContext {
  file: string;
  layout: Layout;
  directory: Directory;
  actors: ImplicitActors;
  groups: HxlTargetGroups;
  problems: Problems;
}

function codesOf(cells: string[]): OrganisationIdentifier[] {
  return cells.map((c) => parseIdentifier(c) ?? iatiRef(c)).filter((i) => i !== undefined);
}

/** A bare code of an #org+code cell: an IATI organisation identifier (`GB-CHC-1089464`). */
function iatiRef(code: string): OrganisationIdentifier | undefined {
  return /^[^\s:]{1,100}$/.test(code) ? { scheme: IATI_SCHEME, id: code } : undefined;
}

/** A date as written in 3W sheets (2024-03-01, 1/3/2024, 1.3.2024, day first) in ISO form; other text is kept for zod to reject. */
function isoDate(text: string): string | undefined {
  if (text === '') return undefined;
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : text;
}

/**
 * Reads HXL-tagged "who does what where" sheets: each data row is a partnership of its organisations
 * (#org lead, +impl implementer, +funder funder, +partner technical partner), on the themes its #sector
 * names, in its #adm2 municipality (else #adm1 district, else #country), for the groups its #targeted /
 * #reached attributes name (all children when none), between #date+start and #date+end. Its id is derived
 * from organisation, activity, area and dates, so re-importing the sheet updates the same partnerships.
 * Organisations are matched to actors by name or acronym, else created.
 */
export async function readHxlFiles(
  files: readonly ImportFile[],
  directory: Directory,
  actors: ImplicitActors,
  problems: Problems,
): Promise<{ draft: ImplicitActors['draft']; rows: number }> {
  const { draft } = actors;
  const groups = new HxlTargetGroups(directory, draft, problems);
  // Rows of one activity (same organisation, activity, place and dates) are one partnership, by id.
  const byId = new Map<string, DraftRecord>();
  let count = 0;
  for (const file of files) {
    const rows = readSheet(file, problems);
    if (!rows) continue;
    const at = findHashtagRow(rows);
    if (at < 0) {
      problems.error(
        { file: file.name },
        'no HXL hashtag row (a row of #org, #sector, #adm1… under the header) in the first 25 rows',
      );
      continue;
    }
    const layout = layoutOf(rows[at]!.cells.map(parseHashtag), problems, file.name, rows[at]!.row);
    const data = rows.slice(at + 1).filter((r) => !isBlank(r));
    count += data.length;
    await directory.loadIdentifiers(
      data.flatMap((r) => layout.orgs.flatMap((o) => codesOf(listCell(r.cells[o.codeIndex ?? -1])))),
    );
    await directory.loadActors(data.flatMap((r) => layout.orgs.flatMap((o) => listCell(r.cells[o.index]))));
    const context = { file: file.name, layout, directory, actors, groups, problems };
    for (const row of data) {
      const record = readRow(row, context);
      const id = record.value.id as string;
      const earlier = byId.get(id);
      if (earlier) mergeRows(earlier, record, problems);
      else {
        byId.set(id, record);
        draft.partnerships.push(record);
      }
    }
  }
  return { draft, rows: count };
}

function readRow(row: SheetRow, context: RowContext): DraftRecord {
  const { file, layout, directory, actors, problems } = context;
  const cell = (index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? ''));
  const where = (index: number | undefined): Location => ({
    file,
    row: row.row,
    column: index === undefined ? undefined : layout.tags[index],
  });
  const origin = (columns: Record<string, number | undefined>): Origin => ({
    file,
    row: row.row,
    columns: Object.fromEntries(
      Object.entries(columns)
        .filter(([, i]) => i !== undefined)
        .map(([f, i]) => [f, layout.tags[i!]!]),
    ),
  });

  const participants: { actorId: string; role: Role; provenance?: Provenance }[] = [];
  const participantOrigins: Origin[] = [];
  for (const org of layout.orgs) {
    const typeText = foldText(cell(org.typeIndex));
    const type: ActorType | undefined = HXL_ORG_TYPES[typeText];
    if (typeText && !type)
      problems.warn(where(org.typeIndex), `unknown organisation type "${cell(org.typeIndex)}"`);
    // The k-th code of the #org+code cell is the k-th organisation's: `SCHEME:id`, or a bare IATI identifier.
    const codes = listCell(cell(org.codeIndex));
    listCell(cell(org.index)).forEach((name, k) => {
      const code = codes[k];
      const identifier = code === undefined ? undefined : (parseIdentifier(code) ?? iatiRef(code));
      if (code !== undefined && !identifier)
        problems.warn(where(org.codeIndex), `"${code}" is not an organisation identifier: not used`);
      const actorId = actors.idFor(
        { name, type, identifiers: identifier ? [identifier] : [] },
        where(org.index),
        origin({ name: org.index, id: org.index }),
      );
      if (!actorId || participants.some((p) => p.actorId === actorId && p.role === org.role)) return;
      participants.push(
        org.assumed
          ? {
              actorId,
              role: org.role,
              provenance: importedProvenance(name, [`${org.tag} names no role: LEAD assumed`]),
            }
          : { actorId, role: org.role },
      );
      participantOrigins.push(origin({ actorId: org.index, role: org.index }));
    });
  }

  const themeIds: string[] = [];
  for (const index of layout.sectors)
    for (const name of listCell(cell(index))) {
      const alias = SECTOR_ALIASES[foldText(name)];
      const found = directory.resolve('themes', name);
      const id = 'id' in found ? found.id : alias && directory.hasId('themes', alias) ? alias : undefined;
      if (!id)
        problems.warn(where(index), `no theme named "${name}"; the partnership is imported without it`);
      else if (!themeIds.includes(id)) themeIds.push(id);
    }

  const area = (index: number | undefined, level: AreaLevel) => {
    const name = cell(index);
    if (name === '') return undefined;
    const found = directory.resolve('areas', name, (id) => directory.area(id)?.level === level);
    const message = unresolvedMessage(`${level.toLowerCase()} area`, name, found);
    if (message) problems.error(where(index), message);
    return 'id' in found ? found.id : undefined;
  };
  const district = area(layout.adm1, 'REGION');
  const municipality = area(layout.adm2, 'MUNICIPALITY');
  if (district && municipality && directory.area(municipality)?.parentId !== district)
    problems.error(where(layout.adm2), `"${cell(layout.adm2)}" is not in "${cell(layout.adm1)}"`);
  const areaId = municipality ?? district ?? area(layout.country, 'COUNTRY');
  const areaColumn = municipality ? layout.adm2 : district ? layout.adm1 : layout.country;

  const { targetGroups, groupOrigins } = countsOf(row, context, where, origin);

  const kindText = cell(layout.kind);
  const kind =
    PARTNERSHIP_KINDS.find((k) => k === kindText.toUpperCase().replace(/[\s-]+/g, '_')) ?? 'SERVICE_DELIVERY';
  if (kindText && kind !== kindText.toUpperCase().replace(/[\s-]+/g, '_'))
    problems.warn(where(layout.kind), `unknown partnership kind "${kindText}"; imported as SERVICE_DELIVERY`);
  const startDate = isoDate(cell(layout.start));
  // An end with no start would count as active on every earlier date: refused here, in a sheet's words.
  const endOnly = startDate === undefined && cell(layout.end) !== '';
  if (endOnly)
    problems.error(
      where(layout.start ?? layout.end),
      `an end date (${cell(layout.end)}) but no start date: give #date+start, since a partnership with an end needs its start`,
    );
  const endDate = endOnly ? undefined : isoDate(cell(layout.end));
  const activity = cell(layout.code) || cell(layout.title);
  const lead = participants[0]?.actorId;
  const title =
    cell(layout.title) ||
    [
      cell(layout.sectors[0]) || 'Activity',
      cell(layout.orgs[0]?.index) && `by ${cell(layout.orgs[0]!.index)}`,
      cell(areaColumn) && `in ${cell(areaColumn)}`,
    ]
      .filter(Boolean)
      .join(' ');
  return {
    value: {
      id: deriveId(lead, activity, areaId, startDate, endDate),
      title,
      kind: kind satisfies PartnershipKind,
      startDate,
      endDate,
      description: cell(layout.description) || undefined,
      participants,
      areaIds: areaId ? [areaId] : [],
      themeIds,
      targetGroups,
      source: basename(file),
      // A 3W row says who does what where; that its organisations work together is read into it.
      provenance: importedProvenance(activity, [
        'a 3W row (who does what, where) read as a partnership of its organisations',
      ]),
    },
    origin: {
      ...origin({
        id: layout.orgs[0]?.index,
        title: layout.title ?? layout.code,
        kind: layout.kind,
        startDate: layout.start,
        endDate: layout.end,
        description: layout.description,
        participants: layout.orgs[0]?.index,
        areaIds: areaColumn,
        themeIds: layout.sectors[0],
        targetGroups: layout.counts[0]?.index,
      }),
      parts: { participants: participantOrigins, targetGroups: groupOrigins },
    },
  };
}

/**
 * The row's counts by target group: each count column's attributes, plus those its disaggregation cells
 * add ("Female" → +f), looked up in the mapping table (hxl-groups.ts).
 */
function countsOf(
  row: SheetRow,
  { layout, groups, problems }: RowContext,
  where: (index: number | undefined) => Location,
  origin: (columns: Record<string, number | undefined>) => Origin,
) {
  const cell = (index: number) => row.cells[index] ?? '';
  const added: string[] = [];
  for (const index of layout.disaggregation) {
    const text = cell(index);
    if (text === '') continue;
    const attributes = disaggregationAttributes(text);
    if (attributes) added.push(...attributes);
    else {
      problems.warn(
        where(index),
        `"${text}" is not a group the import knows: this row's counts are not imported`,
      );
      return { targetGroups: [], groupOrigins: [] };
    }
  }
  const byGroup = new Map<string, { targetGroupId: string; targeted?: number; reached?: number }>();
  const groupOrigins: Origin[] = [];
  for (const c of layout.counts) {
    const value = numberCell(cell(c.index));
    if (value === undefined) continue;
    if (value === 'invalid') {
      problems.error(where(c.index), `must be a whole number ≥ 0, not "${cell(c.index)}"`);
      continue;
    }
    const groupId = groups.groupFor([...c.attributes, ...added], c.tag, where(c.index));
    if (groupId === undefined) continue;
    if (!byGroup.has(groupId)) {
      byGroup.set(groupId, { targetGroupId: groupId });
      groupOrigins.push(origin({ targetGroupId: c.index, targeted: c.index, reached: c.index }));
    }
    const entry = byGroup.get(groupId)!;
    entry[c.field] = (entry[c.field] ?? 0) + value;
  }
  return { targetGroups: [...byGroup.values()], groupOrigins };
}
