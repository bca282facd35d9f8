import { basename } from 'node:path';
import {
  foldText,
  formatIdentifier,
  identifierKey,
  type ActorKind,
  type OrganisationIdentifier,
  type Provenance,
  type Sector,
} from '../../domain';
import { PROVISIONAL_NAME, TYPE_ASSUMED, importedProvenance, renamedProvenance } from './provenance';
import { unresolvedMessage, type Directory } from './directory';
import type { Draft, DraftRecord, Origin } from './draft';
import { deriveId } from './ids';
import { UNKNOWN_ORG_TYPE } from './mappings';
import type { Location, Problems } from './report';

export interface ActorType {
  sector: Sector;
  kind: ActorKind;
}

/** An organisation as a file names it: by name, by identifiers (an IATI `@ref`), or both. */
export interface Organisation {
  name?: string;
  identifiers?: readonly OrganisationIdentifier[];
  type?: ActorType;
}

/** Two stored actors found to be one organisation: `from` is to be merged into `into`. */
export interface MergeProposal {
  from: string;
  into: string;
  /** The identifier that showed it, as `IATI:SE-0`. */
  identifier: string;
  at: Location;
}

interface ActorRecord {
  id: string;
  name: string;
  acronym?: string;
  identifiers?: OrganisationIdentifier[];
  provenance?: Provenance;
}

/**
 * Actors named by a file that has no actor list (IATI organisations, 3W #org cells), resolved identifier
 * first (docs: "How organisations are matched"):
 * 1. an actor of the file or the store with one of the organisation's identifiers is that actor;
 * 2. else an actor whose name or acronym is the organisation's name (case and accents ignored), which then
 *    gets the identifiers (unless it has another identifier of the same scheme: then it is another one);
 * 3. else a new actor, named after the identifier when the file gives no name (a provisional name, with a
 *    warning); a later file that names it renames that actor rather than creating another.
 * When the name is one actor's and an identifier another's, the two are one organisation: an actor this
 * import created is folded into the other at once; two stored actors are a merge proposal (see
 * merge-actors.ts), and this import refers to the one holding the identifier.
 */
export class ImplicitActors {
  /** Actors this import writes (created, or stored ones it learned more of), by id. */
  private readonly records = new Map<string, DraftRecord>();
  /** An actor found to be another: its references go to that one. */
  private readonly aliases = new Map<string, string>();
  private readonly proposals = new Map<string, MergeProposal>();
  /** Created with an identifier as name, and where; warned at the end if no name came. */
  private readonly provisional = new Map<string, Location>();
  private readonly aliasWarnings = new Set<string>();

  constructor(
    private readonly directory: Directory,
    readonly draft: Draft,
    private readonly problems: Problems,
  ) {}

  /** The id of the actor `org` names, created if none; undefined when it cannot be told (reported). */
  idFor(org: Organisation, at: Location, origin: Origin): string | undefined {
    const identifiers = org.identifiers ?? [];
    const name = org.name?.trim() || undefined;
    const held = [
      ...new Set(
        identifiers.flatMap((i) => this.directory.actorsWithIdentifier(i).map((id) => this.final(id))),
      ),
    ];
    const byName = name ? this.directory.resolve('actors', name) : undefined;
    const named = byName && 'id' in byName ? this.final(byName.id) : undefined;
    let id = held.length > 0 ? this.keeper(held, named) : undefined;
    if (id !== undefined) {
      for (const other of held) if (other !== id) this.sameOrganisation(other, id, identifiers[0]!, at);
      if (named !== undefined && named !== id && !this.conflict(named, identifiers))
        this.sameOrganisation(named, id, identifiers[0]!, at);
      id = this.final(id);
    } else if (byName && 'ambiguous' in byName) {
      this.problems.error(at, unresolvedMessage('actor', name!, byName)!);
      return undefined;
    } else if (named !== undefined) {
      const conflict = this.conflict(named, identifiers);
      if (conflict)
        this.problems.warn(
          at,
          `"${name}" (${identifiers.map(formatIdentifier).join(', ')}) is not actor "${named}" of the same ` +
            `name, whose identifier is ${conflict}: created as a separate actor`,
        );
      else id = named;
    }
    if (id === undefined) return this.create(org, name, identifiers, at, origin);
    this.learn(id, name, identifiers, at, origin);
    return id;
  }

  /**
   * Sends the references of actors found to be others to those, warns of names still provisional, and
   * returns the merges of stored actors this import found.
   */
  finish(): MergeProposal[] {
    for (const { value } of this.draft.partnerships) {
      const participants = value.participants as { actorId: string; role: string }[] | undefined;
      if (!participants) continue;
      const seen = new Set<string>();
      value.participants = participants
        .map((p) => ({ ...p, actorId: this.final(p.actorId) }))
        .filter((p) => !seen.has(`${p.actorId} ${p.role}`) && seen.add(`${p.actorId} ${p.role}`));
    }
    for (const [id, at] of this.provisional) {
      const record = this.records.get(id)?.value as ActorRecord | undefined;
      if (record && isProvisional(record))
        this.problems.warn(
          at,
          `organisation given only by its identifier: actor "${id}" is named "${record.name}" until a file names it`,
        );
    }
    return [...this.proposals.values()];
  }

  private final(id: string): string {
    let current = id;
    for (let next = this.aliases.get(current); next !== undefined; next = this.aliases.get(current))
      current = next;
    return current;
  }

  /** Of several actors holding an identifier: a stored one, the one the name names, else the first by id. */
  private keeper(ids: string[], named: string | undefined): string {
    const stored = ids.filter((id) => this.directory.storedActor(id));
    const pool = stored.length > 0 ? stored : ids;
    return named !== undefined && pool.includes(named) ? named : [...pool].sort()[0]!;
  }

  private actor(id: string): ActorRecord | undefined {
    return (this.records.get(id)?.value as ActorRecord | undefined) ?? this.directory.storedActor(id);
  }

  /** The actor's identifier of a scheme the organisation has too, with another id: then they differ. */
  private conflict(id: string, identifiers: readonly OrganisationIdentifier[]): string | undefined {
    const own = this.actor(id)?.identifiers ?? [];
    const keys = new Set(identifiers.map(identifierKey));
    const clash = own.find(
      (o) => !keys.has(identifierKey(o)) && identifiers.some((i) => i.scheme === o.scheme),
    );
    return clash && formatIdentifier(clash);
  }

  /** `other` is the organisation `id` is: fold it in if this import created it, else propose a merge. */
  private sameOrganisation(other: string, id: string, identifier: OrganisationIdentifier, at: Location) {
    // A stored actor is kept over one this import created.
    const swap = this.directory.storedActor(other) !== undefined && !this.directory.storedActor(id);
    const [from, into] = swap ? [id, other] : [other, id];
    if (from === into || this.aliases.has(from)) return;
    this.aliases.set(from, into);
    const created = this.records.get(from);
    if (created && !this.directory.storedActor(from)) {
      const record = created.value as unknown as ActorRecord;
      this.draft.actors.splice(this.draft.actors.indexOf(created), 1);
      this.records.delete(from);
      this.learn(
        into,
        isProvisional(record) ? undefined : record.name,
        record.identifiers ?? [],
        at,
        created.origin,
      );
      return;
    }
    // As the kept actor writes it: the file may spell the id in another case.
    const key = identifierKey(identifier);
    const shown = this.actor(into)?.identifiers?.find((o) => identifierKey(o) === key) ?? identifier;
    this.proposals.set(from, { from, into, identifier: formatIdentifier(shown), at });
  }

  private create(
    org: Organisation,
    name: string | undefined,
    identifiers: readonly OrganisationIdentifier[],
    at: Location,
    origin: Origin,
  ): string | undefined {
    const shown = name ?? identifiers[0]?.id;
    if (shown === undefined) return undefined;
    let id = deriveId(shown);
    if (this.directory.hasId('actors', id) || this.records.has(id))
      id = deriveId(shown, ...identifiers.map(formatIdentifier));
    if (!org.type)
      this.problems.warn(
        at,
        `new actor "${shown}" created as CIVIL_SOCIETY / OTHER: its type is not given; correct it later`,
      );
    const { sector, kind } = org.type ?? UNKNOWN_ORG_TYPE;
    const reasons = [...(org.type ? [] : [TYPE_ASSUMED]), ...(name === undefined ? [PROVISIONAL_NAME] : [])];
    const value: Record<string, unknown> = {
      id,
      name: shown,
      sector,
      kind,
      tags: [],
      ...(identifiers.length > 0 ? { identifiers: [...identifiers] } : {}),
      source: basename(origin.file),
      provenance: importedProvenance(shown, reasons),
    };
    const record = { value, origin };
    this.draft.actors.push(record);
    this.records.set(id, record);
    this.directory.addFileRecord('actors', { id, name: shown, identifiers });
    if (name === undefined) this.provisional.set(id, at);
    return id;
  }

  /** What a reference tells of an actor it found: identifiers it lacks, and a name for a provisional one. */
  private learn(
    id: string,
    name: string | undefined,
    identifiers: readonly OrganisationIdentifier[],
    at: Location,
    origin: Origin,
  ): void {
    const actor = this.actor(id)!;
    const own = new Set((actor.identifiers ?? []).map(identifierKey));
    const added = identifiers.filter((i) => !own.has(identifierKey(i)));
    const rename = name !== undefined && isProvisional(actor);
    if (name !== undefined && !rename && !sameName(actor, name)) this.warnAlias(actor, name, identifiers, at);
    if (added.length === 0 && !rename) return;
    const record = this.records.get(id) ?? this.copyStored(id, origin);
    const value = record.value as unknown as ActorRecord;
    value.identifiers = [...(value.identifiers ?? []), ...added];
    if (rename) {
      value.name = name;
      value.provenance = renamedProvenance(value.provenance, name);
    }
    if (this.directory.storedActor(id) && added.length > 0 && !rename)
      this.problems.warn(
        at,
        `actor "${id}" ("${value.name}") gets identifier ${added.map(formatIdentifier).join(', ')}`,
      );
    if (this.directory.storedActor(id) && rename)
      this.problems.warn(at, `actor "${id}", known so far by its identifier only, is named "${name}"`);
    this.directory.addFileRecord('actors', value);
  }

  private copyStored(id: string, origin: Origin): DraftRecord {
    const stored = this.directory.storedActor(id)!;
    const record: DraftRecord = {
      value: { ...stored, tags: [...stored.tags], identifiers: [...(stored.identifiers ?? [])] },
      origin,
    };
    this.draft.actors.push(record);
    this.records.set(id, record);
    return record;
  }

  private warnAlias(
    actor: ActorRecord,
    name: string,
    identifiers: readonly OrganisationIdentifier[],
    at: Location,
  ) {
    const key = `${actor.id} ${foldText(name)}`;
    if (this.aliasWarnings.has(key)) return;
    this.aliasWarnings.add(key);
    const keys = new Set(identifiers.map(identifierKey));
    const shared = (actor.identifiers ?? []).find((o) => keys.has(identifierKey(o)));
    this.problems.warn(
      at,
      `"${name}" is taken as actor "${actor.id}" ("${actor.name}")` +
        (shared ? `, which has its identifier ${formatIdentifier(shared)}` : ''),
    );
  }
}

/** An actor whose name is one of its identifiers: named by a file that gave only its `@ref`. */
function isProvisional(actor: ActorRecord): boolean {
  return (actor.identifiers ?? []).some((i) => i.id.toUpperCase() === actor.name.toUpperCase());
}

function sameName(actor: ActorRecord, name: string): boolean {
  const folded = foldText(name);
  return (
    foldText(actor.name) === folded || (actor.acronym !== undefined && foldText(actor.acronym) === folded)
  );
}
