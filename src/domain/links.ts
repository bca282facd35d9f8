import { assertNever } from './enums';
import type { PathSegment } from './errors';
import type { EntityKind, EntityOf } from './network';

/** A reference from one record to another entity, with the field path (relative to the record) that holds it. */
export interface Link {
  kind: EntityKind;
  id: string;
  path: PathSegment[];
}

/**
 * Calls `visit` with every entity a record refers to: its kind and id, the field holding it and the position
 * in that field's list (0 for a single field). The one place that knows which fields are references; it
 * allocates nothing, since stores and imports run it over every reference of hundreds of thousands of records.
 */
export function forEachLink<K extends EntityKind>(
  kind: K,
  record: EntityOf[K],
  visit: (target: EntityKind, id: string, field: LinkField, index: number) => void,
): void {
  const k: EntityKind = kind;
  switch (k) {
    case 'actors': {
      const a = record as EntityOf['actors'];
      if (a.homeAreaId) visit('areas', a.homeAreaId, 'homeAreaId', 0);
      return;
    }
    case 'areas': {
      const a = record as EntityOf['areas'];
      if (a.parentId) visit('areas', a.parentId, 'parentId', 0);
      return;
    }
    case 'partnerships': {
      const p = record as EntityOf['partnerships'];
      for (let j = 0; j < p.participants.length; j++)
        visit('actors', p.participants[j]!.actorId, 'participants', j);
      for (let j = 0; j < p.areaIds.length; j++) visit('areas', p.areaIds[j]!, 'areaIds', j);
      for (let j = 0; j < p.themeIds.length; j++) visit('themes', p.themeIds[j]!, 'themeIds', j);
      for (let j = 0; j < p.targetGroups.length; j++)
        visit('targetGroups', p.targetGroups[j]!.targetGroupId, 'targetGroups', j);
      return;
    }
    case 'themes':
    case 'targetGroups':
      return;
    default:
      return assertNever(k, 'entity kind');
  }
}

/** The fields that hold references (see forEachLink). */
export type LinkField = 'homeAreaId' | 'parentId' | 'participants' | 'areaIds' | 'themeIds' | 'targetGroups';

/** The path, relative to the record, of the reference at `index` of `field` (as forEachLink reports it). */
export function linkPath(field: LinkField, index: number): PathSegment[] {
  switch (field) {
    case 'homeAreaId':
    case 'parentId':
      return [field];
    case 'participants':
      return [field, index, 'actorId'];
    case 'areaIds':
    case 'themeIds':
      return [field, index];
    case 'targetGroups':
      return [field, index, 'targetGroupId'];
    default:
      return assertNever(field, 'link field');
  }
}

/** Every entity a record refers to, with the field path (relative to the record) that holds it. */
export function linksOf<K extends EntityKind>(kind: K, record: EntityOf[K]): Link[] {
  const links: Link[] = [];
  forEachLink(kind, record, (target, id, field, index) =>
    links.push({ kind: target, id, path: linkPath(field, index) }),
  );
  return links;
}

/**
 * The record without its links to deleted entities (the same object when it has none). A partnership may
 * come back with no participant: the caller deletes it, since a partnership needs one.
 */
export function detachFrom<K extends EntityKind>(
  kind: K,
  record: EntityOf[K],
  isDeleted: (kind: EntityKind, id: string) => boolean,
): EntityOf[K] {
  if (!linksOf(kind, record).some((link) => isDeleted(link.kind, link.id))) return record;
  const k: EntityKind = kind;
  switch (k) {
    case 'actors': {
      const { homeAreaId: _dropped, ...rest } = record as EntityOf['actors'];
      return rest as EntityOf[K];
    }
    case 'areas': {
      const { parentId: _dropped, ...rest } = record as EntityOf['areas'];
      return rest as EntityOf[K];
    }
    case 'partnerships': {
      const p = record as EntityOf['partnerships'];
      return {
        ...p,
        participants: p.participants.filter((x) => !isDeleted('actors', x.actorId)),
        areaIds: p.areaIds.filter((id) => !isDeleted('areas', id)),
        themeIds: p.themeIds.filter((id) => !isDeleted('themes', id)),
        targetGroups: p.targetGroups.filter((t) => !isDeleted('targetGroups', t.targetGroupId)),
      } as EntityOf[K];
    }
    case 'themes':
    case 'targetGroups':
      return record;
    default:
      return assertNever(k, 'entity kind');
  }
}
