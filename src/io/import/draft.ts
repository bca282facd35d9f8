import type { z } from 'zod';
import {
  ActorSchema,
  AreaSchema,
  ENTITY_KINDS,
  ENTITY_NAMES,
  PartnershipSchema,
  TargetGroupSchema,
  ThemeSchema,
  formatPath,
  linksOf,
  deepFreeze,
  markParsed,
  parseCanonical,
  type EntityKind,
  type EntityOf,
  type Link,
  type NetworkInput,
  type PathSegment,
} from '../../domain';
import type { Location, Problems } from './report';

/**
 * Where a record came from, so that a problem anywhere in it (found by zod, or later by the store) is
 * reported at the user's file, row and column. `columns` names the column of each field; `parts` gives
 * list items that came from rows of their own (a participant from participants.csv) their own origin;
 * `pathPrefix` makes the column a path (JSON: `partnerships[3]` + `endDate`).
 */
export interface Origin {
  file: string;
  row?: number;
  line?: number;
  record?: string;
  columns?: Readonly<Record<string, string>>;
  parts?: Readonly<Record<string, readonly (Origin | undefined)[]>>;
  pathPrefix?: readonly PathSegment[];
}

/** A record as read from a file, not yet validated. */
export interface DraftRecord {
  value: Record<string, unknown>;
  origin: Origin;
}

export type Draft = Record<EntityKind, DraftRecord[]>;

export function emptyDraft(): Draft {
  return { actors: [], partnerships: [], areas: [], themes: [], targetGroups: [] };
}

/** The location of the field at `path` (relative to the record) of a record of this origin. */
export function locate(origin: Origin, path: readonly PathSegment[]): Location {
  const [head, index, ...below] = path;
  const part =
    typeof head === 'string' && typeof index === 'number' ? origin.parts?.[head]?.[index] : undefined;
  if (part) return locate(part, below);
  const { file, row, line, record } = origin;
  const column = origin.pathPrefix
    ? formatPath([...origin.pathPrefix, ...path])
    : ((typeof head === 'string' ? origin.columns?.[head] : undefined) ??
      (path.length > 0 ? formatPath(path) : undefined));
  return { file, row, line, record, column };
}

const SCHEMAS: Record<EntityKind, z.ZodType> = {
  actors: ActorSchema,
  partnerships: PartnershipSchema,
  areas: AreaSchema,
  themes: ThemeSchema,
  targetGroups: TargetGroupSchema,
};

/** The records that passed validation, the origin of each (same order), and those that did not. */
export interface ValidatedDraft {
  batch: NetworkInput;
  origins: Record<EntityKind, Origin[]>;
  rejected: Record<EntityKind, DraftRecord[]>;
}

/**
 * Validates every record with the domain's schema for its kind and reports each problem at its origin;
 * an id used twice within a kind is reported at its second use. Every record is checked, so one bad row
 * never hides another's problems. `onRecord` is told after each record (for progress bars).
 */
export function validateDraft(draft: Draft, problems: Problems, onRecord?: () => void): ValidatedDraft {
  const batch = {
    actors: [],
    partnerships: [],
    areas: [],
    themes: [],
    targetGroups: [],
  } as unknown as NetworkInput;
  const origins = emptyDraftOrigins();
  const rejected = emptyDraft();
  for (const kind of ENTITY_KINDS) {
    const firstSeen = new Map<string, Origin>();
    for (const { value, origin } of draft[kind]) {
      onRecord?.();
      const id = typeof value.id === 'string' ? value.id : undefined;
      const earlier = id === undefined ? undefined : firstSeen.get(id);
      if (id !== undefined && earlier) {
        const where =
          earlier.row !== undefined
            ? `row ${earlier.row}`
            : (earlier.record ?? formatPath(earlier.pathPrefix ?? []));
        problems.error(
          locate(origin, ['id']),
          `duplicate ${ENTITY_NAMES[kind]} id "${id}" (also at ${where})`,
        );
        continue;
      }
      if (id !== undefined) firstSeen.set(id, origin);
      // Records already in canonical form skip zod (see parseCanonical); the rest are parsed by the schema.
      const canonical = parseCanonical(kind, value);
      if (canonical) {
        (batch[kind] as unknown[]).push(canonical);
        origins[kind].push(origin);
        continue;
      }
      const parsed = SCHEMAS[kind].safeParse(value);
      if (!parsed.success) {
        rejected[kind].push({ value, origin });
        for (const issue of parsed.error.issues) {
          const paths =
            issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
          for (const path of paths)
            problems.error(
              locate(origin, path as PathSegment[]),
              issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
            );
        }
        continue;
      }
      (batch[kind] as unknown[]).push(deepFreeze(parsed.data));
      origins[kind].push(origin);
    }
    markParsed(kind, batch[kind] as EntityOf[typeof kind][]);
  }
  return { batch, origins, rejected };
}

function emptyDraftOrigins(): Record<EntityKind, Origin[]> {
  return { actors: [], partnerships: [], areas: [], themes: [], targetGroups: [] };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const items = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : []);
const field = (value: unknown, key: string) =>
  typeof value === 'object' && value !== null ? text((value as Record<string, unknown>)[key]) : '';

/**
 * The references a record that failed validation still makes, so that a row with a bad date and an
 * unknown actor gets both reported at once. Malformed reference fields give no link (zod reported them);
 * list positions are kept, so paths are those of the file.
 */
export function draftLinks(kind: EntityKind, value: Record<string, unknown>): Link[] {
  const sketch = {
    homeAreaId: text(value.homeAreaId),
    parentId: text(value.parentId),
    participants: items(value.participants).map((p) => ({ actorId: field(p, 'actorId') })),
    areaIds: items(value.areaIds).map(text),
    themeIds: items(value.themeIds).map(text),
    targetGroups: items(value.targetGroups).map((t) => ({ targetGroupId: field(t, 'targetGroupId') })),
  };
  return linksOf(kind, sketch as unknown as EntityOf[EntityKind]).filter((link) => link.id !== '');
}

/** `upsert.partnerships[3].participants[0].actorId` (or `input.…`) as segments: ['partnerships', 3, …]. */
export function parseIssuePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  if (segments[0] === 'upsert' || segments[0] === 'input') segments.shift();
  return segments;
}
