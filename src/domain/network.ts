import { z } from 'zod';
import { ActorSchema, type Actor } from './actor';
import { AreaSchema, type Area } from './area';
import { ValidationError, formatPath, zodIssues, type Issue } from './errors';
import { IdSchema, list } from './fields';
import { deepFreeze, isParsed } from './parsed-records';
import { PartnershipSchema, type Partnership } from './partnership';
import { TargetGroupSchema, ThemeSchema, type TargetGroup, type Theme } from './vocabulary';

/** The five kinds of entity, by the key they have in a `NetworkInput`. */
export const ENTITY_KINDS = ['actors', 'partnerships', 'areas', 'themes', 'targetGroups'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** No ids of any kind: the `changed` of a write that changed nothing, to be filled in. */
export function emptyChanged(): Record<EntityKind, string[]> {
  return { actors: [], partnerships: [], areas: [], themes: [], targetGroups: [] };
}

/** Singular names for messages ("actor "x" does not exist"). */
export const ENTITY_NAMES: Record<EntityKind, string> = {
  actors: 'actor',
  partnerships: 'partnership',
  areas: 'area',
  themes: 'theme',
  targetGroups: 'target group',
};

export interface EntityOf {
  actors: Actor;
  partnerships: Partnership;
  areas: Area;
  themes: Theme;
  targetGroups: TargetGroup;
}

/** A batch of records to create or replace (by id): `NetworkInput` of docs/design.md §5 and our JSON import format. */
export const NetworkInputSchema = z.strictObject({
  actors: list(ActorSchema),
  partnerships: list(PartnershipSchema),
  areas: list(AreaSchema),
  themes: list(ThemeSchema),
  targetGroups: list(TargetGroupSchema),
});
export type NetworkInput = z.output<typeof NetworkInputSchema>;

/** Ids to delete. Deleting an entity removes every link to it (an actor's participations, a theme from partnerships…). */
export const NetworkDeletionSchema = z.strictObject({
  actorIds: list(IdSchema),
  partnershipIds: list(IdSchema),
  areaIds: list(IdSchema),
  themeIds: list(IdSchema),
  targetGroupIds: list(IdSchema),
});
export type NetworkDeletion = z.output<typeof NetworkDeletionSchema>;

export const DELETION_KEYS: Record<EntityKind, keyof NetworkDeletion> = {
  actors: 'actorIds',
  partnerships: 'partnershipIds',
  areas: 'areaIds',
  themes: 'themeIds',
  targetGroups: 'targetGroupIds',
};

/** One atomic write: upserts and deletions applied together or not at all. */
export const WriteBatchSchema = z.strictObject({
  upsert: NetworkInputSchema.nullish().transform((v) => v ?? NetworkInputSchema.parse({})),
  delete: NetworkDeletionSchema.nullish().transform((v) => v ?? NetworkDeletionSchema.parse({})),
});
export type WriteBatch = z.output<typeof WriteBatchSchema>;
export type WriteBatchInput = z.input<typeof WriteBatchSchema>;

/**
 * Parses a write batch and checks what can be checked without a store: every field, no id twice in one
 * list, no id both upserted and deleted. Throws a ValidationError listing every problem. The records of
 * the batch returned are deeply frozen (stores hand these very objects to readers).
 */
export function parseWriteBatch(input: unknown): WriteBatch {
  const parsed = alreadyParsed(input) ?? frozen(WriteBatchSchema.safeParse(input));
  if (!parsed.success) throw new ValidationError(zodIssues(parsed.error), 'write batch');
  const issues: Issue[] = [];
  for (const kind of ENTITY_KINDS) {
    const seen = new Set<string>();
    parsed.data.upsert[kind].forEach((record, index) => {
      if (seen.has(record.id))
        issues.push({
          path: formatPath(['upsert', kind, index, 'id']),
          message: `duplicate ${ENTITY_NAMES[kind]} id "${record.id}" in this batch`,
        });
      seen.add(record.id);
    });
    const deletionKey = DELETION_KEYS[kind];
    parsed.data.delete[deletionKey].forEach((id, index) => {
      if (seen.has(id))
        issues.push({
          path: formatPath(['delete', deletionKey, index]),
          message: `${ENTITY_NAMES[kind]} "${id}" is both upserted and deleted in this batch`,
        });
    });
  }
  if (issues.length > 0) throw new ValidationError(issues, 'write batch');
  return parsed.data;
}

function frozen<T extends { success: boolean; data?: WriteBatch }>(result: T): T {
  if (result.success) for (const kind of ENTITY_KINDS) result.data!.upsert[kind].forEach(deepFreeze);
  return result;
}

/**
 * The batch as it is when it only upserts lists of records the entity schemas produced (markParsed):
 * parsing them again would give the same records. Undefined for any other input, which is parsed in full.
 */
function alreadyParsed(input: unknown): { success: true; data: WriteBatch } | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { upsert, ...rest } = input as { upsert?: unknown };
  if (Object.keys(rest).length > 0 || typeof upsert !== 'object' || upsert === null) return undefined;
  const lists = upsert as Record<string, unknown>;
  if (!Object.keys(lists).every((key) => (ENTITY_KINDS as readonly string[]).includes(key))) return undefined;
  for (const kind of ENTITY_KINDS)
    if (lists[kind] !== undefined && !isParsed(kind, lists[kind])) return undefined;
  const batch = {
    upsert: Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, lists[kind] ?? []])),
    delete: NetworkDeletionSchema.parse({}),
  } as WriteBatch;
  return { success: true, data: batch };
}
