import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Actor as ActorRecord, Sector } from '../../domain';
import { Actor } from '../actor/actor.type';
import type { GraphQLContext } from '../context';
import { mayAct, type Principal } from '../../app/access/principal';
import type { Role } from '../../app/access/roles';

/**
 * Who may see an actor's contact, by sector. Children's and youth groups' contacts lead to children: editors
 * and admins only. Other organisations' contacts are work addresses, still personal data: any key, never
 * anonymous reading (public dashboards have no business with them).
 */
const CONTACT_ROLE: Record<Sector, Role> = {
  CHILDREN_AND_YOUTH: 'editor',
  GOVERNMENT: 'reader',
  ACADEMIA: 'reader',
  PRIVATE_SECTOR: 'reader',
  CIVIL_SOCIETY: 'reader',
  INTERNATIONAL: 'reader',
};

/** Whether a principal may see the contact of an actor of this sector (anonymous callers never may). */
export function maySeeContact(principal: Principal, sector: Sector): boolean {
  return principal.kind === 'key' && mayAct(principal, CONTACT_ROLE[sector]);
}

/**
 * The field-level rule for `Actor.contact`. It lives with access control rather than with the actor's other
 * fields because it is a rule about who asks, not about actors.
 */
@Resolver(() => Actor)
export class ActorContactResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'How to reach the actor (person, email, phone). Personal data: null without an API key, and null ' +
      'for CHILDREN_AND_YOUTH actors unless the key is an editor or admin. Never searched.',
  })
  contact(@Root() actor: ActorRecord, @Ctx() { auth }: GraphQLContext): string | null {
    return maySeeContact(auth.principal, actor.sector) ? (actor.contact ?? null) : null;
  }
}
