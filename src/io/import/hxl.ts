import { basename } from 'node:path';
import { PARTNERSHIP_KINDS, foldText, type AreaLevel, type PartnershipKind, type Role } from '../../domain';
import { unresolvedMessage, type Directory } from './directory';
import { emptyDraft, type Draft, type Origin } from './draft';
import { deriveId } from './ids';
import { ImplicitActors, type ActorType } from './implicit-actors';
import {
  HXL_DEFAULT_GROUP,
  HXL_GROUP_ATTRIBUTES,
  HXL_ORG_ROLES,
  HXL_ORG_TYPES,
  SECTOR_ALIASES,
} from './mappings';
import type { ImportFile, Location, Problems } from './report';
import { isBlank, listCell, numberCell, readSheet, type SheetRow } from './table';

/** A hashtag cell parsed: `#org +impl` → {tag: 'org', attributes: {impl}, text: '#org+impl'}. */
interface Hashtag {
  tag: string;
  attributes: Set<string>;
  text: string;
}

function parseHashtag(cell: string): Hashtag | undefined {
  const text = cell.replace(/\s+/g, '').toLowerCase();
  const match = /^#([a-z][a-z0-9_]*)((?:\+[a-z][a-z0-9_]*)*)$/.exec(text);
  if (!match) return undefined;
  return { tag: match[1]!, attributes: new Set(match[2]!.split('+').filter(Boolean)), text };
}

/** The hashtag row: the first (of the first 25) whose non-blank cells are all hashtags. */
function findHashtagRow(rows: SheetRow[]): number {
  return rows
    .slice(0, 25)
    .findIndex((r) => !isBlank(r) && r.cells.every((c) => c === '' || parseHashtag(c) !== undefined));
}

/** What the importer does with each column of the sheet. */
interface Layout {
  orgs: { index: number; role: Role; tag: string; typeIndex?: number }[];
  sectors: number[];
  adm1?: number;
  adm2?: number;
  country?: number;
  counts: { index: number; field: 'targeted' | 'reached'; group?: string; tag: string }[];
  start?: number;
  end?: number;
  title?: number;
  code?: number;
  description?: number;
  kind?: number;
  tags: string[];
}

const IGNORED_ORG_ATTRIBUTES = ['code', 'id', 'acronym'];

function layoutOf(tags: (Hashtag | undefined)[], problems: Problems, file: string, row: number): Layout {
  const layout: Layout = { orgs: [], sectors: [], counts: [], tags: tags.map((t) => t?.text ?? '') };
  const typeColumns: { index: number; attributes: Set<string> }[] = [];
  tags.forEach((t, index) => {
    if (!t) return;
    const has = (a: string) => t.attributes.has(a);
    const ignore = () => problems.warn({ file, row, column: t.text }, 'column ignored');
    switch (t.tag) {
      case 'org':
        if (has('type')) typeColumns.push({ index, attributes: t.attributes });
        else if (IGNORED_ORG_ATTRIBUTES.some(has)) ignore();
        else {
          const role = [...t.attributes].map((a) => HXL_ORG_ROLES[a]).find((r) => r !== undefined) ?? 'LEAD';
          layout.orgs.push({ index, role, tag: t.text });
        }
        return;
      case 'sector':
        if (has('code')) ignore();
        else layout.sectors.push(index);
        return;
      case 'adm1':
      case 'adm2':
      case 'country':
      case 'adm0':
        if (has('code')) return ignore();
        layout[t.tag === 'adm0' ? 'country' : t.tag] ??= index;
        return;
      case 'targeted':
      case 'reached': {
        const group = [...t.attributes].map((a) => HXL_GROUP_ATTRIBUTES[a]).find((g) => g !== undefined);
        layout.counts.push({ index, field: t.tag, group, tag: t.text });
        return;
      }
      case 'date':
        if (has('start')) layout.start ??= index;
        else if (has('end')) layout.end ??= index;
        else ignore();
        return;
      case 'activity':
        if (has('code') || has('id')) layout.code ??= index;
        else if (has('description')) layout.description ??= index;
        else if (has('type')) layout.kind ??= index;
        else layout.title ??= index;
        return;
      default:
        ignore();
    }
  });
  // #org+type+impl gives the type of the #org+impl organisations, a bare #org+type that of the bare #org.
  for (const type of typeColumns) {
    const rest = [...type.attributes]
      .filter((a) => a !== 'type')
      .sort()
      .join('+');
    for (const org of layout.orgs) {
      const orgAttributes = [...parseHashtag(layout.tags[org.index]!)!.attributes].sort().join('+');
      if (orgAttributes === rest) org.typeIndex = type.index;
    }
  }
  if (layout.orgs.length === 0)
    problems.error({ file, row, column: '#org' }, 'an HXL 3W sheet needs an #org column');
  return layout;
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
  problems: Problems,
): Promise<{ draft: Draft; rows: number }> {
  const draft = emptyDraft();
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
    await directory.loadActors(data.flatMap((r) => layout.orgs.flatMap((o) => listCell(r.cells[o.index]))));
    const actors = new ImplicitActors(directory, draft, problems, basename(file.name));
    for (const row of data) readRow(file.name, row, layout, directory, actors, draft, problems);
  }
  return { draft, rows: count };
}

function readRow(
  file: string,
  row: SheetRow,
  layout: Layout,
  directory: Directory,
  actors: ImplicitActors,
  draft: Draft,
  problems: Problems,
): void {
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

  const participants: { actorId: string; role: Role }[] = [];
  const participantOrigins: Origin[] = [];
  for (const org of layout.orgs) {
    const typeText = foldText(cell(org.typeIndex));
    const type: ActorType | undefined = HXL_ORG_TYPES[typeText];
    if (typeText && !type)
      problems.warn(where(org.typeIndex), `unknown organisation type "${cell(org.typeIndex)}"`);
    for (const name of listCell(cell(org.index))) {
      const actorId = actors.idFor(name, where(org.index), origin({ name: org.index, id: org.index }), type);
      if (!actorId || participants.some((p) => p.actorId === actorId && p.role === org.role)) continue;
      participants.push({ actorId, role: org.role });
      participantOrigins.push(origin({ actorId: org.index, role: org.index }));
    }
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

  const groups = new Map<string, { targetGroupId: string; targeted?: number; reached?: number }>();
  const groupOrigins: Origin[] = [];
  for (const c of layout.counts) {
    const value = numberCell(cell(c.index));
    if (value === undefined) continue;
    if (value === 'invalid') {
      problems.error(where(c.index), `must be a whole number ≥ 0, not "${cell(c.index)}"`);
      continue;
    }
    const groupId = c.group ?? HXL_DEFAULT_GROUP;
    if (!directory.hasId('targetGroups', groupId)) {
      problems.warn(where(c.index), `target group "${groupId}" does not exist; count not imported`);
      continue;
    }
    if (!groups.has(groupId)) {
      groups.set(groupId, { targetGroupId: groupId });
      groupOrigins.push(origin({ targetGroupId: c.index, targeted: c.index, reached: c.index }));
    }
    const entry = groups.get(groupId)!;
    entry[c.field] = (entry[c.field] ?? 0) + value;
  }

  const kindText = cell(layout.kind);
  const kind =
    PARTNERSHIP_KINDS.find((k) => k === kindText.toUpperCase().replace(/[\s-]+/g, '_')) ?? 'SERVICE_DELIVERY';
  if (kindText && kind !== kindText.toUpperCase().replace(/[\s-]+/g, '_'))
    problems.warn(where(layout.kind), `unknown partnership kind "${kindText}"; imported as SERVICE_DELIVERY`);
  const startDate = isoDate(cell(layout.start));
  const endDate = isoDate(cell(layout.end));
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
  draft.partnerships.push({
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
      targetGroups: [...groups.values()],
      source: basename(file),
      // A 3W row says who does what where; that its organisations work together is read into it.
      provenance: {
        evidence: 'INFERRED',
        quote: activity || undefined,
        reason: 'a 3W row (who does what, where) read as a partnership of its organisations',
      },
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
  });
}
