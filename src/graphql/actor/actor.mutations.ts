import { Resolver } from 'type-graphql';
import { EntityMutations } from '../write/entity-mutations';
import { ActorInput, ActorPatch } from './actor.input';
import { Actor } from './actor.type';

/** createActor, updateActor, deleteActor (deleting an actor also deletes partnerships it was alone in). */
@Resolver()
export class ActorMutations extends EntityMutations({
  kind: 'actors',
  name: 'Actor',
  type: Actor,
  input: ActorInput,
  patch: ActorPatch,
}) {}
