import type { ActorKind, Sector } from '../../domain';
import { unresolvedMessage, type Directory } from './directory';
import type { Draft, Origin } from './draft';
import { deriveId } from './ids';
import { UNKNOWN_ORG_TYPE } from './mappings';
import type { Location, Problems } from './report';

export interface ActorType {
  sector: Sector;
  kind: ActorKind;
}

/**
 * Actors named by a file that has no actor list (IATI organisations, 3W #org cells): a name that matches a
 * stored or already-created actor (name or acronym, case and accents ignored) is that actor; any other
 * name creates one actor, once, with an id derived from the name, so re-importing finds it again.
 */
export class ImplicitActors {
  constructor(
    private readonly directory: Directory,
    private readonly draft: Draft,
    private readonly problems: Problems,
    private readonly source: string,
  ) {}

  /** The id of the actor `name` names, creating it (of `type`, or an unknown type reported as a warning). */
  idFor(
    name: string,
    at: Location,
    origin: Origin,
    type: ActorType | undefined,
    tags: string[] = [],
  ): string | undefined {
    const found = this.directory.resolve('actors', name);
    if ('id' in found) return found.id;
    if ('ambiguous' in found) {
      this.problems.error(at, unresolvedMessage('actor', name, found)!);
      return undefined;
    }
    const id = deriveId(name);
    if (!type)
      this.problems.warn(
        at,
        `new actor "${name}" created as CIVIL_SOCIETY / OTHER: its type is not given; correct it later`,
      );
    const { sector, kind } = type ?? UNKNOWN_ORG_TYPE;
    // Named in the file, so documented by it; its sector and kind are a guess when the file gives no type.
    const provenance = type
      ? { evidence: 'DOCUMENTED', quote: name }
      : {
          evidence: 'INFERRED',
          quote: name,
          reason: 'the file gives no organisation type: CIVIL_SOCIETY / OTHER assumed',
        };
    this.draft.actors.push({
      value: { id, name, sector, kind, tags, source: this.source, provenance },
      origin,
    });
    this.directory.addFileRecord('actors', { id, name });
    return id;
  }
}
