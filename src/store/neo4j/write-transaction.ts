import { StaleRevisionError, type WriteBatch } from '../../domain';
import type { WriteOptions, WriteResult } from '../network-store';
import { isEmptyChangeSet, keptBy, planWrite } from '../write-plan';
import { META_ID } from './graph-model';
import type { Query } from './reads';
import { int, toNumber } from './records';
import { applyChanges, prefetchView } from './write-apply';

/**
 * One write, inside the caller's write transaction: lock and read the revision (meta-lock), check
 * `expectedRevision`, read what planning needs, plan with the embedded store's planner, apply, bump the
 * revision. Any error — stale revision, validation, Neo4j — rolls the whole transaction back, so nothing
 * changes.
 */
export async function writeBatch(
  query: Query,
  batch: WriteBatch,
  options: WriteOptions,
): Promise<WriteResult> {
  const [locked] = await query('meta-lock', { metaId: META_ID });
  const revision = toNumber(locked?.revision);
  const expected = options.expectedRevision;
  if (expected !== undefined && expected !== revision) throw new StaleRevisionError(expected, revision);
  const view = await prefetchView(query, batch, revision);
  const { changes, result } = planWrite(batch, view);
  if (isEmptyChangeSet(changes)) {
    await query('meta-release', { metaId: META_ID });
    return result;
  }
  await applyChanges(query, changes, (kind, id) => view.get(kind, id) !== undefined);
  const [bumped] = await query('meta-bump', { metaId: META_ID });
  if (toNumber(bumped?.revision) !== result.revision)
    throw new Error(`internal: revision went to ${String(bumped?.revision)}, expected ${result.revision}`);
  if (options.audit) {
    const record = JSON.stringify(options.audit(result, keptBy(changes)));
    await query('audit-create', { revision: int(result.revision), record });
  }
  return result;
}
