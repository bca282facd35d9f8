import { Field, ID, InputType, Int } from 'type-graphql';
import type { EgoOptions } from '../../analytics/views/actor-subgraph';
import { MAX_HOPS } from '../../store/neighbourhood';
import type { Loaders } from '../../app/loaders';
import { intArg, requireActors } from './analytics-args';

@InputType({ description: 'An ego network: the actor and every actor within `hops` ties of it (0 to 10).' })
export class EgoInput {
  @Field(() => ID, { description: 'The slug of the actor at the centre.' })
  actorId!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description:
      'How many ties away from the actor (0 to 10; default 1, as in the HTTP download and the CLI).',
  })
  hops!: number;
}

/** The `ego` argument: hops 0 to MAX_HOPS (BAD_USER_INPUT naming `ego.hops`), a stored actor (NOT_FOUND). */
export async function egoArg(
  ego: EgoInput | null | undefined,
  loaders: Loaders,
): Promise<EgoOptions | undefined> {
  if (!ego) return undefined;
  const hops = intArg(ego.hops, 'ego.hops', 0, MAX_HOPS)!;
  await requireActors(loaders, ego.actorId);
  return { actorId: ego.actorId, hops };
}
