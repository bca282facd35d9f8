import { identifierKey, type Actor, type OrganisationIdentifier } from '../../domain';
import type { Directory, StoreReader } from './directory';
import type { Draft, DraftRecord } from './draft';
import type { MergeProposal } from './implicit-actors';
import type { Problems } from './report';

/** A merge of two stored actors an import found to be one organisation (reported, never silent). */
export interface ActorMerge {
  /** The actor that goes: its partnerships, identifiers and tags pass to `into`. */
  from: string;
  into: string;
  /** The identifier both turned out to have, as `IATI:SE-0`. */
  identifier: string;
  /** True when this import writes the merge (in a dry run: would write it); false when only proposed. */
  applied: boolean;
}

const FILLED = ['acronym', 'description', 'website', 'homeAreaId', 'contact'] as const;

/**
 * Turns the merges an import found into records to write, when `apply`: the kept actor gains the other's
 * identifiers, tags and the optional fields it lacks; every stored partnership of the other is rewritten
 * to the kept one; the other is deleted. Without `apply` each is a warning saying how to apply it, and the
 * import refers to the kept actor only.
 */
export async function planMerges(
  proposals: readonly MergeProposal[],
  context: { draft: Draft; store: StoreReader; directory: Directory; problems: Problems },
  apply: boolean,
): Promise<{ merges: ActorMerge[]; deleteActorIds: string[] }> {
  const { draft, store, directory, problems } = context;
  const merges = proposals.map(({ from, into, identifier }) => ({ from, into, identifier, applied: apply }));
  if (!apply) {
    for (const { from, into, identifier, at } of proposals)
      problems.warn(
        at,
        `actors "${from}" and "${into}" are one organisation (${identifier}): this import refers to "${into}"; ` +
          `import with mergeActors (npm run import -- --merge-actors) to merge "${from}" into it`,
      );
    return { merges, deleteActorIds: [] };
  }
  const record = (id: string) => draft.actors.find((r) => r.value.id === id);
  for (const { from, into, at } of proposals) {
    const gone = (record(from)?.value as unknown as Actor | undefined) ?? directory.storedActor(from)!;
    const fromRecord = record(from);
    if (fromRecord) draft.actors.splice(draft.actors.indexOf(fromRecord), 1);
    const kept =
      record(into) ??
      pushCopy(draft, directory.storedActor(into)!, { file: at.file, record: at.record, row: at.row });
    const value = kept.value as unknown as Record<string, unknown> & Actor;
    value.identifiers = union(value.identifiers ?? [], gone.identifiers ?? []);
    value.tags = [...new Set([...value.tags, ...gone.tags])];
    for (const field of FILLED)
      if (value[field] === undefined && gone[field] !== undefined) value[field] = gone[field];
  }
  const aliases = new Map(proposals.map((p) => [p.from, p.into]));
  const final = (id: string): string => (aliases.has(id) ? final(aliases.get(id)!) : id);
  const inDraft = new Set(draft.partnerships.map((r) => r.value.id));
  const referrers = await store.referrers('actors', [...aliases.keys()], 'partnerships');
  const ids = [...new Set(referrers.flat())].filter((id) => !inDraft.has(id));
  const stored = ids.length > 0 ? await store.getMany('partnerships', ids) : [];
  for (const p of stored) {
    if (!p) continue;
    const seen = new Set<string>();
    const participants = p.participants
      .map((x) => ({ ...x, actorId: final(x.actorId) }))
      .filter((x) => !seen.has(`${x.actorId} ${x.role}`) && seen.add(`${x.actorId} ${x.role}`));
    draft.partnerships.push({
      value: { ...p, participants },
      origin: { file: '', record: `partnership ${p.id}` },
    });
  }
  return { merges, deleteActorIds: [...aliases.keys()] };
}

function pushCopy(draft: Draft, actor: Actor, origin: DraftRecord['origin']): DraftRecord {
  const record = { value: { ...actor, tags: [...actor.tags] } as Record<string, unknown>, origin };
  draft.actors.push(record);
  return record;
}

function union(a: readonly OrganisationIdentifier[], b: readonly OrganisationIdentifier[]) {
  const keys = new Set(a.map(identifierKey));
  return [...a, ...b.filter((i) => !keys.has(identifierKey(i)))];
}
