import { Args, ArgsType, Authorized, Field, ID, Resolver, Root, Subscription } from 'type-graphql';
import { z } from 'zod';
import { IdSchema, ValidationError } from '../../domain';
import { NETWORK_CHANGED, NetworkChange } from './network-change.type';

/** Ids one narrowing argument may list: a dashboard's view, not the whole network. */
export const MAX_NARROWING_IDS = 1000;

const idList = z.array(IdSchema).max(MAX_NARROWING_IDS, { error: `at most ${MAX_NARROWING_IDS} ids` });
const NarrowingSchema = z.object({ actorIds: idList.nullish(), partnershipIds: idList.nullish() });

@ArgsType()
export class NetworkChangedArgs {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only changes to one of these actors (the actor records themselves).',
  })
  actorIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only changes to one of these partnerships.' })
  partnershipIds?: string[] | null;
}

/** BAD_USER_INPUT naming the argument unless the narrowing arguments are lists of ids. */
function checkNarrowing(args: NetworkChangedArgs): void {
  const parsed = NarrowingSchema.safeParse(args);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error, [], 'argument');
}

/**
 * Whether a subscriber narrowed by `args` hears of `change`: every change when no list is given, else a
 * change to one of the listed records, or a change whose records are unknown (it may touch them).
 */
export function concerns(change: NetworkChange, args: NetworkChangedArgs): boolean {
  const { actorIds, partnershipIds } = args;
  if (!actorIds && !partnershipIds) return true;
  if (!change.idsKnown) return true;
  return (
    (actorIds ?? []).some((id) => change.actorIds.includes(id)) ||
    (partnershipIds ?? []).some((id) => change.partnershipIds.includes(id))
  );
}

@Resolver()
export class NetworkChangeResolver {
  // Readers, like queries: type-graphql checks @Authorized when the subscription starts and at each event.
  @Authorized()
  @Subscription(() => NetworkChange, {
    description:
      'Tells of every change to the network as it is made (over WebSocket, graphql-transport-ws protocol, ' +
      'on /graphql): by a mutation of this server at once; by anyone else (another API instance, ' +
      'npm run import) within a poll interval, with idsKnown false. With actorIds or partnershipIds, only ' +
      'changes to those records (and those whose records are unknown).',
    // Arguments are checked here, once, when the subscription starts: a bad one refuses it.
    topics: ({ args }) => {
      checkNarrowing(args as NetworkChangedArgs);
      return NETWORK_CHANGED;
    },
    filter: ({ payload, args }) => concerns(payload as NetworkChange, args as NetworkChangedArgs),
  })
  networkChanged(@Root() change: NetworkChange, @Args() _args: NetworkChangedArgs): NetworkChange {
    return change;
  }
}
