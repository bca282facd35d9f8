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

/**
 * A record as read from a file, not yet validated. `origin` may be made when read (a reader of large
 * files makes it only for records with a problem), so read it only to report one.
 */
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

/** The records that passed validation, the draft record of each (same order, for its origin), and those that did not. */
export interface ValidatedDraft {
  batch: NetworkInput;
  sources: Record<EntityKind, DraftRecord[]>;
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
  const sources = emptyDraft();
  const rejected = emptyDraft();
  for (const kind of ENTITY_KINDS) {
    const records = draft[kind];
    const seen = new Set<string>();
    let firstOrigin: Map<unknown, Origin> | undefined; // only once an id repeats
    for (const record of records) {
      const { value } = record;
      onRecord?.();
      const id = typeof value.id === 'string' ? value.id : undefined;
      // One set operation per record: adding an id already there leaves the size as it was.
      if (id !== undefined && seen.size === seen.add(id).size) {
        firstOrigin ??= firstOrigins(records);
        problems.error(
          locate(record.origin, ['id']),
          `duplicate ${ENTITY_NAMES[kind]} id "${id}" (also at ${where(firstOrigin.get(id)!)})`,
        );
        continue;
      }
      // Records already in canonical form skip zod (see parseCanonical); the rest are parsed by the schema.
      const canonical = parseCanonical(kind, value);
      if (canonical) {
        (batch[kind] as unknown[]).push(canonical);
        sources[kind].push(record);
        continue;
      }
      const parsed = SCHEMAS[kind].safeParse(value);
      if (!parsed.success) {
        rejected[kind].push(record);
        for (const issue of parsed.error.issues) {
          const paths =
            issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
          for (const path of paths)
            problems.error(
              locate(record.origin, path as PathSegment[]),
              issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message,
            );
        }
        continue;
      }
      (batch[kind] as unknown[]).push(deepFreeze(parsed.data));
      sources[kind].push(record);
    }
    const valid = batch[kind] as EntityOf[typeof kind][];
    // Without rejected records, the ids seen are exactly the valid records' (each once, see above).
    markParsed(kind, valid, rejected[kind].length === 0 ? seen : new Set(valid.map((r) => r.id)));
  }
  return { batch, sources, rejected };
}

/** The origin of the first record with each id. */
function firstOrigins(records: readonly DraftRecord[]): Map<unknown, Origin> {
  const first = new Map<unknown, Origin>();
  for (const record of records) if (!first.has(record.value.id)) first.set(record.value.id, record.origin);
  return first;
}

/** Where a record is, in a message about another one: its row, its record name or its path. */
function where(origin: Origin): string {
  return origin.row !== undefined
    ? `row ${origin.row}`
    : (origin.record ?? formatPath(origin.pathPrefix ?? []));
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
