import {
  ENTITY_KINDS,
  ENTITY_NAMES,
  ValidationError,
  idsToLookUp,
  referenceIssues,
  type AreaLevel,
  type EntityKind,
  type Link,
  type NetworkInput,
  type NetworkDeletion,
} from '../../domain';
import type { WriteResult } from '../../store/network-store';
import { upsertOutcome } from '../../store/write-plan';
import type { StoreReader } from './directory';
import {
  draftLinks,
  locate,
  parseIssuePath,
  validateDraft,
  type Draft,
  type DraftRecord,
  type ValidatedDraft,
} from './draft';
import type { ActorMerge } from './merge-actors';
import type { ImportFormat, ImportReport, KindCounts, Problems } from './report';

/**
 * Writes a validated network all-or-nothing (the store itself from the CLI, NetworkWriter from the API),
 * with the deletion of actors merged into others in the same write.
 */
export type NetworkWrite = (network: NetworkInput, deletion?: NetworkDeletion) => Promise<WriteResult>;

export type ProgressPhase = 'reading' | 'validating' | 'writing';
export type Progress = (phase: ProgressPhase, done: number, total: number) => void;

export interface ApplyOptions {
  format: ImportFormat;
  files: string[];
  rows: number;
  dryRun: boolean;
  write: NetworkWrite;
  onProgress?: Progress;
  merges: ActorMerge[];
  /** Actors merged into others: deleted by the same write. */
  deleteActorIds: string[];
}

const NO_DELETION: NetworkDeletion = {
  actorIds: [],
  partnershipIds: [],
  areaIds: [],
  themeIds: [],
  targetGroupIds: [],
};

/**
 * Validates a draft whole and applies it all-or-nothing. Field problems (zod) and reference problems
 * (against the store plus the file's own records) are collected in one pass together with those the
 * reader found, and thrown as one ValidationError naming file, row and column of each; then nothing is
 * written. A dry run stops after counting what would be created, updated or left unchanged. The write
 * is an upsert by id, so importing the same file again changes nothing, not even the revision.
 */
export async function applyDraft(
  draft: Draft,
  problems: Problems,
  store: StoreReader,
  options: ApplyOptions,
): Promise<ImportReport> {
  const total = ENTITY_KINDS.reduce((n, k) => n + draft[k].length, 0);
  let done = 0;
  const validated = validateDraft(draft, problems, () => {
    if (++done % 5000 === 0) options.onProgress?.('validating', done, total);
  });
  options.onProgress?.('validating', total, total);
  const { batch, sources } = validated;
  const deletion: NetworkDeletion = { ...NO_DELETION, actorIds: options.deleteActorIds };
  // A clean draft about to be written has its references checked by the write itself (the store checks
  // every batch against its current state, and its issues are located at the file's rows below): one walk
  // over the references instead of two. Otherwise they are checked here, to report them with the rest.
  const writesNext = !options.dryRun && problems.errors.length === 0;
  if (!writesNext) await checkReferences(store, validated, deletion, problems);
  if (problems.errors.length > 0) throw problems.toError();

  const report = (counts: Record<EntityKind, KindCounts>, revision: number): ImportReport => ({
    format: options.format,
    dryRun: options.dryRun,
    files: options.files,
    rows: options.rows,
    created: sum(counts, 'created'),
    updated: sum(counts, 'updated'),
    unchanged: sum(counts, 'unchanged'),
    counts,
    warnings: problems.warnings,
    merges: options.merges,
    revision,
  });
  if (options.dryRun) return report(await countChanges(store, batch), await store.revision());
  options.onProgress?.('writing', 0, 1);
  try {
    const result = await options.write(batch, deletion.actorIds.length > 0 ? deletion : undefined);
    options.onProgress?.('writing', 1, 1);
    return report(result.upserts, result.revision);
  } catch (error) {
    // A reference that does not resolve, or the store changed since validation (another writer): reported
    // at the file's rows.
    if (!(error instanceof ValidationError)) throw error;
    for (const issue of error.issues) problems.error(locateIssue(issue.path, sources), issue.message);
    throw problems.toError();
  }
}

/**
 * Reports every reference that will not resolve once the batch is written: those of the valid records
 * (referenceIssues, against the store and the batch) and those the rejected records still make, so a row's
 * bad date and its unknown actor are reported together. A reference to a record of the file that was
 * itself rejected is not reported again.
 */
async function checkReferences(
  store: StoreReader,
  { batch, sources, rejected }: ValidatedDraft,
  deletion: NetworkDeletion,
  problems: Problems,
): Promise<void> {
  const rejectedLinks = ENTITY_KINDS.flatMap((kind) =>
    rejected[kind].flatMap(({ value, origin }) => draftLinks(kind, value).map((link) => ({ link, origin }))),
  );
  const view = await storeView(
    store,
    { upsert: batch, delete: deletion },
    rejectedLinks.map((r) => r.link),
  );
  const rejectedIds = Object.fromEntries(
    ENTITY_KINDS.map((k) => [k, new Set(rejected[k].map((r) => r.value.id))]),
  ) as Record<EntityKind, Set<unknown>>;
  // A reference to a record the file holds but that failed validation is not reported again.
  const inFile = (kind: EntityKind, id: string) => view.exists(kind, id) || rejectedIds[kind].has(id);
  for (const issue of referenceIssues({ upsert: batch, delete: deletion }, { ...view, exists: inFile }))
    problems.error(locateIssue(issue.path, sources), issue.message);
  const upserted = Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Set(batch[k].map((r) => r.id))]));
  for (const { link, origin } of rejectedLinks)
    if (!upserted[link.kind]!.has(link.id) && !inFile(link.kind, link.id))
      problems.error(locate(origin, link.path), `${ENTITY_NAMES[link.kind]} "${link.id}" does not exist`);
}

/** The file location of an issue the domain reports at a batch path (`upsert.partnerships[3].themeIds[0]`). */
function locateIssue(path: string, sources: Record<EntityKind, DraftRecord[]>): ReturnType<typeof locate> {
  const [kind, index, ...rest] = parseIssuePath(path);
  const origin =
    typeof kind === 'string' && typeof index === 'number'
      ? sources[kind as EntityKind]?.[index]?.origin
      : undefined;
  return origin ? locate(origin, rest) : { file: '', column: path };
}

/** What referenceIssues needs to know of the store, fetched in one lookup per kind. */
async function storeView(
  store: StoreReader,
  { upsert: batch, delete: deletion }: { upsert: NetworkInput; delete: NetworkDeletion },
  moreLinks: Link[],
) {
  const wanted = idsToLookUp({ upsert: batch, delete: deletion });
  for (const link of moreLinks) wanted[link.kind].add(link.id);
  const existing = Object.fromEntries(ENTITY_KINDS.map((k) => [k, new Set<string>()])) as Record<
    EntityKind,
    Set<string>
  >;
  const levels = new Map<string, AreaLevel>();
  for (const kind of ENTITY_KINDS) {
    const ids = [...wanted[kind]];
    if (ids.length === 0) continue;
    for (const record of await store.getMany(kind, ids)) {
      if (!record) continue;
      existing[kind].add(record.id);
      if (kind === 'areas') levels.set(record.id, (record as { level: AreaLevel }).level);
    }
  }
  const upsertedAreas = batch.areas.map((a) => a.id);
  const children = new Map<string, { id: string; level: AreaLevel }[]>();
  if (upsertedAreas.length > 0) {
    const childIds = await store.referrers('areas', upsertedAreas, 'areas');
    const all = [...new Set(childIds.flat())];
    const childAreas = all.length > 0 ? await store.getMany('areas', all) : [];
    const levelOf = new Map(childAreas.filter((a) => a !== null).map((a) => [a.id, a.level]));
    upsertedAreas.forEach((id, i) =>
      children.set(
        id,
        (childIds[i] ?? []).map((c) => ({ id: c, level: levelOf.get(c)! })),
      ),
    );
  }
  return {
    exists: (kind: EntityKind, id: string) => existing[kind].has(id),
    areaLevel: (id: string) => levels.get(id),
    childAreas: (id: string) => children.get(id) ?? [],
  };
}

/**
 * Per kind, how many records are new, different from the stored one, or identical to it (as the store
 * compares): what a dry run reports.
 */
async function countChanges(
  store: StoreReader,
  batch: NetworkInput,
): Promise<Record<EntityKind, KindCounts>> {
  const counts = {} as Record<EntityKind, KindCounts>;
  for (const kind of ENTITY_KINDS) {
    const records = batch[kind] as { id: string }[];
    const stored = await storedRecords(store, kind, records);
    const c: KindCounts = { created: 0, updated: 0, unchanged: 0 };
    records.forEach((record, i) => c[upsertOutcome(stored[i], record)]++);
    counts[kind] = c;
  }
  return counts;
}

function storedRecords(store: StoreReader, kind: EntityKind, records: readonly { id: string }[]) {
  return records.length > 0
    ? store.getMany(
        kind,
        records.map((r) => r.id),
      )
    : Promise.resolve([]);
}

function sum(counts: Record<EntityKind, KindCounts>, key: keyof KindCounts): number {
  return ENTITY_KINDS.reduce((n, k) => n + counts[k][key], 0);
}
