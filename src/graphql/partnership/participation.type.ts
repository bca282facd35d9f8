import { Field, ObjectType } from 'type-graphql';
import type { Role as RoleValue } from '../../domain';
import { Role } from '../common/enums';

/** An actor's part in a partnership; `actor` is resolved by ParticipationResolver from `actorId`. */
@ObjectType({ description: 'An actor taking part in a partnership, in one role.' })
export class Participation {
  actorId!: string;

  @Field(() => Role)
  role!: RoleValue;
}
