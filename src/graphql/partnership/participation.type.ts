import { Field, ObjectType } from 'type-graphql';
import type { Provenance as ProvenanceValue, Role as RoleValue } from '../../domain';
import { Role } from '../common/enums';
import { Provenance } from '../provenance/provenance.type';

/** An actor's part in a partnership; `actor` is resolved by ParticipationResolver from `actorId`. */
@ObjectType({ description: 'An actor taking part in a partnership, in one role.' })
export class Participation {
  actorId!: string;

  @Field(() => Role)
  role!: RoleValue;

  @Field(() => Provenance, {
    description: "How this actor's part is known (the partnership's, unless said).",
  })
  provenance?: ProvenanceValue;
}
