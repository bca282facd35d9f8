import { actorNetwork, type ActorNetwork, type NetworkRecords } from '../../../src/analytics/projection';
import type { Actor, Area, Partnership, Role, Sector, TargetGroup, Theme } from '../../../src/domain';

/** An actor of `sector` whose name is its id. */
export function actor(id: string, sector: Sector = 'CIVIL_SOCIETY'): Actor {
  return { id, name: id, sector, kind: 'OTHER', tags: [] };
}

/** A participant given as `id` (role PARTICIPANT) or `[id, role]`. */
export type Member = string | [string, Role];

/** A partnership of `members`, with optional places, themes and target groups. */
export function partnership(
  id: string,
  members: Member[],
  extra: Partial<Pick<Partnership, 'areaIds' | 'themeIds' | 'targetGroups'>> = {},
): Partnership {
  return {
    id,
    title: id,
    kind: 'COORDINATION',
    participants: members.map((m) =>
      typeof m === 'string' ? { actorId: m, role: 'PARTICIPANT' } : { actorId: m[0], role: m[1] },
    ),
    areaIds: [],
    themeIds: [],
    targetGroups: [],
    ...extra,
  };
}

export interface Vocabulary {
  areas?: Area[];
  themes?: Theme[];
  targetGroups?: TargetGroup[];
}

/** The actor network of these records, as the projection builds it for the API. */
export function networkOf(
  actors: Actor[],
  partnerships: Partnership[],
  vocabulary: Vocabulary = {},
): ActorNetwork {
  const records: NetworkRecords = {
    revision: 1,
    actors,
    partnerships,
    areas: vocabulary.areas ?? [],
    themes: vocabulary.themes ?? [],
    targetGroups: vocabulary.targetGroups ?? [],
  };
  return actorNetwork(records);
}

/** The ids of a list of records, to compare with expected ids. */
export const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
