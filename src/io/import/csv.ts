import { basename } from 'node:path';
import { foldText } from '../../domain';
import { unresolvedMessage, type Directory } from './directory';
import { emptyDraft, type Draft } from './draft';
import { deriveId } from './ids';
import type { ImportFile, Problems } from './report';
import { Sheet } from './sheet';
import { copy, provenanceOf, readPartnerships, type Resolve } from './csv-rows';
import { enumCell, listCell, type SheetRow } from './table';
import {
  ACTOR_FIELDS,
  AREA_FIELDS,
  AREA_LINK_FIELDS,
  CSV_FILES,
  GROUP_FIELDS,
  PARTICIPANT_FIELDS,
  VOCABULARY_FIELDS,
  VOCABULARY_FILES,
  type CsvFileName,
} from './csv-spec';

/**
 * Reads the CSV files of one import (actors.csv, partnerships.csv, participants.csv, and optionally
 * partnership-areas.csv, partnership-groups.csv, areas.csv, themes.csv, target-groups.csv) into a draft. References (areas,
 * themes, groups, actors, parent areas) may be ids or names, found in these files first, then in the store;
 * a row without an id gets one derived from its name (an actor named like a stored one is that actor).
 */
export async function readCsvFiles(
  files: readonly ImportFile[],
  directory: Directory,
  problems: Problems,
): Promise<{ draft: Draft; rows: number }> {
  const sheets = new Map<CsvFileName, Sheet>();
  for (const file of files) {
    const name = basename(file.name).toLowerCase() as CsvFileName;
    if (!(name in CSV_FILES)) {
      problems.error(
        { file: file.name },
        `unknown CSV file; expected one of ${Object.keys(CSV_FILES).join(', ')}`,
      );
      continue;
    }
    if (sheets.has(name)) problems.error({ file: file.name }, `${name} given twice`);
    const sheet = Sheet.read(file, CSV_FILES[name], problems);
    if (sheet) sheets.set(name, sheet);
  }
  const draft = emptyDraft();
  const resolve: Resolve = (kind, what, sheet, row, field, ref) => {
    const resolution = directory.resolve(kind, ref);
    const message = unresolvedMessage(what, ref, resolution);
    if (message) problems.error(sheet.at(row, field), message);
    return 'id' in resolution ? resolution.id : undefined;
  };

  // Vocabularies and areas first: actors and partnerships refer to them by id or name.
  for (const [fileName, kind] of VOCABULARY_FILES) {
    const sheet = sheets.get(fileName);
    for (const row of sheet?.rows ?? []) {
      const id = sheet!.optional(row, 'id') ?? deriveId(sheet!.cell(row, 'name'));
      directory.addFileRecord(kind, {
        id,
        name: sheet!.cell(row, 'name'),
        altName: sheet!.optional(row, 'altName'),
      });
    }
  }
  const areas = sheets.get('areas.csv');
  for (const row of areas?.rows ?? []) {
    const parent = areas!.optional(row, 'parent');
    draft.areas.push({
      value: {
        ...copy(areas!, row, ['name', 'altName', 'source']),
        id: areas!.optional(row, 'id') ?? deriveId(areas!.cell(row, 'name')),
        level: enumCell(areas!.cell(row, 'level')),
        parentId: parent && resolve('areas', 'area', areas!, row, 'parent', parent),
        population: areas!.count(row, 'population', problems),
        childPopulation: areas!.count(row, 'childPopulation', problems),
      },
      origin: areas!.origin(row, AREA_FIELDS),
    });
  }
  for (const [fileName, kind] of VOCABULARY_FILES.slice(1)) {
    const sheet = sheets.get(fileName);
    for (const row of sheet?.rows ?? [])
      draft[kind].push({
        value: {
          ...copy(sheet!, row, ['name', 'description', 'source']),
          id: sheet!.optional(row, 'id') ?? deriveId(sheet!.cell(row, 'name')),
        },
        origin: sheet!.origin(row, VOCABULARY_FIELDS),
      });
  }

  const actors = sheets.get('actors.csv');
  const participants = sheets.get('participants.csv');
  // Rows with an id are that actor; only id-less rows and participants' references need looking up by name.
  for (const row of actors?.rows ?? []) {
    const id = actors!.optional(row, 'id');
    if (id)
      directory.addFileRecord('actors', {
        id,
        name: actors!.cell(row, 'name'),
        acronym: actors!.optional(row, 'acronym'),
      });
  }
  await directory.loadActors([
    ...(actors?.rows ?? []).filter((r) => !actors!.optional(r, 'id')).map((r) => actors!.cell(r, 'name')),
    ...(participants?.rows ?? []).map((r) => participants!.cell(r, 'actor')),
  ]);
  // An id-less row is the actor with one of its identifiers, else the one of its name, else a new one.
  const idLess = (actors?.rows ?? []).filter((r) => !actors!.optional(r, 'id'));
  const identifiersOf = new Map(idLess.map((r) => [r, actors!.identifiers(r, 'identifiers', problems)]));
  await directory.loadIdentifiers([...identifiersOf.values()].flatMap((list) => list ?? []));
  for (const row of actors?.rows ?? []) {
    const name = actors!.cell(row, 'name');
    const held = (identifiersOf.get(row) ?? []).flatMap((i) => directory.actorsWithIdentifier(i));
    const matched = held.length > 0 ? { id: held[0]! } : directory.resolve('actors', name);
    const id = actors!.optional(row, 'id') ?? ('id' in matched ? matched.id : deriveId(name));
    const home = actors!.optional(row, 'homeArea');
    draft.actors.push({
      value: {
        ...copy(actors!, row, ['name', 'acronym', 'description', 'website', 'contact', 'source']),
        id,
        sector: enumCell(actors!.cell(row, 'sector')),
        kind: enumCell(actors!.cell(row, 'kind')),
        homeAreaId: home && resolve('areas', 'area', actors!, row, 'homeArea', home),
        tags: listCell(actors!.cell(row, 'tags')),
        identifiers: identifiersOf.has(row)
          ? identifiersOf.get(row)
          : actors!.identifiers(row, 'identifiers', problems),
        provenance: provenanceOf(actors!, row),
      },
      origin: actors!.origin(row, actors!.has('id') ? ACTOR_FIELDS : { ...ACTOR_FIELDS, id: 'name' }),
    });
  }
  for (const { value } of draft.actors)
    directory.addFileRecord('actors', {
      id: String(value.id),
      name: String(value.name ?? ''),
      acronym: value.acronym as string | undefined,
    });

  const partnerships = readPartnerships(sheets.get('partnerships.csv'), resolve, problems);
  for (const record of partnerships.values()) draft.partnerships.push(record.draft);
  const byTitle = new Map<string, string[]>();
  for (const [id, p] of partnerships) {
    const key = foldText(String(p.draft.value.title ?? ''));
    byTitle.set(key, [...(byTitle.get(key) ?? []), id]);
  }
  const partnershipOf = (sheet: Sheet, row: SheetRow) => {
    const ref = sheet.cell(row, 'partnership');
    const found =
      partnerships.get(ref) ??
      (byTitle.get(foldText(ref))?.length === 1
        ? partnerships.get(byTitle.get(foldText(ref))![0]!)
        : undefined);
    if (!found)
      problems.error(
        sheet.at(row, 'partnership'),
        `partnership "${ref}" is not in partnerships.csv (by id or title)`,
      );
    return found;
  };
  for (const row of participants?.rows ?? []) {
    const partnership = partnershipOf(participants!, row);
    const actorId = resolve('actors', 'actor', participants!, row, 'actor', participants!.cell(row, 'actor'));
    if (!partnership || !actorId) continue;
    partnership.participants.push({
      actorId,
      role: enumCell(participants!.cell(row, 'role')),
      provenance: provenanceOf(participants!, row, { ownSource: true }),
    });
    partnership.participantOrigins.push(participants!.origin(row, PARTICIPANT_FIELDS));
  }
  const links = sheets.get('partnership-areas.csv');
  for (const row of links?.rows ?? []) {
    const partnership = partnershipOf(links!, row);
    const areaId = resolve('areas', 'area', links!, row, 'area', links!.cell(row, 'area'));
    if (!partnership || !areaId) continue;
    // A link given here is the partnership's even when its `areas` cell leaves it out.
    if (!partnership.areaIds.includes(areaId)) partnership.areaIds.push(areaId);
    const provenance = provenanceOf(links!, row, { ownSource: true });
    if (!provenance) continue;
    partnership.areaProvenance.push({ areaId, provenance });
    partnership.areaOrigins.push(links!.origin(row, AREA_LINK_FIELDS));
  }
  const groups = sheets.get('partnership-groups.csv');
  for (const row of groups?.rows ?? []) {
    const partnership = partnershipOf(groups!, row);
    const groupId = resolve(
      'targetGroups',
      'target group',
      groups!,
      row,
      'targetGroup',
      groups!.cell(row, 'targetGroup'),
    );
    const targeted = groups!.count(row, 'targeted', problems);
    const reached = groups!.count(row, 'reached', problems);
    if (!partnership || !groupId) continue;
    partnership.targetGroups.push({ targetGroupId: groupId, targeted, reached });
    partnership.groupOrigins.push(groups!.origin(row, GROUP_FIELDS));
  }
  const rows = [...sheets.values()].reduce((n, s) => n + s.rows.length, 0);
  return { draft, rows };
}
