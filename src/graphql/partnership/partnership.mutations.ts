import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Partnership as PartnershipRecord, Role as RoleValue } from '../../domain';
import { Role } from '../common/enums';
import { DateScalar } from '../common/scalars';
import type { Role as AccessRole } from '../../app/access/roles';
import { slugArg } from '../common/node';
import type { GraphQLContext } from '../context';
import { EntityMutations } from '../write/entity-mutations';
import { NetworkWriter } from '../../app/write/network-writer';
import { addParticipant, endPartnership, removeParticipant } from '../../app/write/partnership-changes';
import { PartnershipInput, PartnershipPatch } from './partnership.input';
import { Partnership } from './partnership.type';

/** createPartnership, updatePartnership, deletePartnership, and changes to one partnership's participants and end. */
@Resolver()
export class PartnershipMutations extends EntityMutations({
  kind: 'partnerships',
  name: 'Partnership',
  type: Partnership,
  input: PartnershipInput,
  patch: PartnershipPatch,
}) {
  @Authorized<AccessRole>('editor')
  @Mutation(() => Partnership, {
    description: 'Adds an actor in a role; nothing changes if it already takes part in that role.',
  })
  addParticipant(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('role', () => Role) role: RoleValue,
    @Ctx() context: GraphQLContext,
  ): Promise<PartnershipRecord> {
    return new NetworkWriter(context).modify(
      'partnerships',
      partnershipId,
      addParticipant({ actorId, role }),
    );
  }

  @Authorized<AccessRole>('editor')
  @Mutation(() => Partnership, {
    description:
      "Removes an actor's participation in `role`, or in every role when none is given. " +
      'The last participant cannot be removed: delete the partnership instead.',
  })
  removeParticipant(
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('role', () => Role, { nullable: true }) role: RoleValue | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<PartnershipRecord> {
    return new NetworkWriter(context).modify('partnerships', partnershipId, removeParticipant(actorId, role));
  }

  @Authorized<AccessRole>('editor')
  @Mutation(() => Partnership, { description: 'Sets the end date (not before the start date).' })
  endPartnership(
    @Arg('id', () => ID) id: string,
    @Arg('endDate', () => DateScalar) endDate: string,
    @Ctx() context: GraphQLContext,
  ): Promise<PartnershipRecord> {
    return new NetworkWriter(context).modify(
      'partnerships',
      slugArg('partnerships', id),
      endPartnership(endDate),
    );
  }
}
