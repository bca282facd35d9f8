import { assertNever } from './enums';
import type { PathSegment } from './errors';
import type { EntityKind, EntityOf } from './network';

/** A reference from one record to another entity, with the field path (relative to the record) that holds it. */
export interface Link {
  kind: EntityKind;
  id: string;
  path: PathSegment[];
}

/** Every entity a record refers to. The one place that knows which fields are references. */
export function linksOf<K extends EntityKind>(kind: K, record: EntityOf[K]): Link[] {
  const k: EntityKind = kind;
  switch (k) {
    case 'actors': {
      const a = record as EntityOf['actors'];
      return a.homeAreaId ? [{ kind: 'areas', id: a.homeAreaId, path: ['homeAreaId'] }] : [];
    }
    case 'areas': {
      const a = record as EntityOf['areas'];
      return a.parentId ? [{ kind: 'areas', id: a.parentId, path: ['parentId'] }] : [];
    }
    case 'partnerships': {
      const p = record as EntityOf['partnerships'];
      return [
        ...p.participants.map((x, j): Link => ({
          kind: 'actors',
          id: x.actorId,
          path: ['participants', j, 'actorId'],
        })),
        ...p.areaIds.map((id, j): Link => ({ kind: 'areas', id, path: ['areaIds', j] })),
        ...p.themeIds.map((id, j): Link => ({ kind: 'themes', id, path: ['themeIds', j] })),
        ...p.targetGroups.map((t, j): Link => ({
          kind: 'targetGroups',
          id: t.targetGroupId,
          path: ['targetGroups', j, 'targetGroupId'],
        })),
      ];
    }
    case 'themes':
    case 'targetGroups':
      return [];
    default:
      return assertNever(k, 'entity kind');
  }
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
