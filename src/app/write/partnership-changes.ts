import {
  NotFoundError,
  ValidationError,
  type Participation,
  type Partnership,
  type Role,
} from '../../domain';
import { upsertedPath } from './issue-paths';
import type { RecordChange } from './network-writer';

/*
 * The partnership operations as changes of the stored record, for NetworkWriter.modify. Their arguments
 * (actorId, role, endDate) are named like the record's fields, so the record's issue paths map onto them.
 */

/** Adds a participant; adding one already there (same actor, same role) changes nothing, so a retried call is harmless. */
export function addParticipant(participant: Participation): RecordChange<'partnerships'> {
  return (current) => {
    const present = current.participants.some(
      (p) => p.actorId === participant.actorId && p.role === participant.role,
    );
    return {
      record: present ? current : { ...current, participants: [...current.participants, participant] },
      roots: [
        // An unknown actor is reported at `actorId`, not at `participants[3].actorId`, which the client never sent.
        [upsertedPath('partnerships', 'participants', current.participants.length), ''],
        [upsertedPath('partnerships'), ''],
      ],
    };
  };
}

/** Removes an actor's participation in `role`, or in every role when no role is given. */
export function removeParticipant(
  actorId: string,
  role: Role | null | undefined,
): RecordChange<'partnerships'> {
  return (current) => {
    const removed = (p: Participation) => p.actorId === actorId && (role == null || p.role === role);
    const remaining = current.participants.filter((p) => !removed(p));
    if (remaining.length === current.participants.length)
      throw new NotParticipantError(current, actorId, role);
    if (remaining.length === 0)
      throw new ValidationError([
        {
          path: 'actorId',
          message: 'a partnership needs at least one participant; delete the partnership instead',
        },
      ]);
    return { record: { ...current, participants: remaining }, roots: [[upsertedPath('partnerships'), '']] };
  };
}

/** Sets the end date; one before the start date is reported at `endDate` by the domain schema. */
export function endPartnership(endDate: string): RecordChange<'partnerships'> {
  return (current) => ({ record: { ...current, endDate }, roots: [[upsertedPath('partnerships'), '']] });
}

/** The participation a removeParticipant names does not exist: NOT_FOUND, like any unknown target. */
export class NotParticipantError extends NotFoundError {
  constructor(partnership: Partnership, actorId: string, role: Role | null | undefined) {
    super('participant', actorId);
    this.message = `actor "${actorId}" does not take part in partnership "${partnership.id}"${role ? ` as ${role}` : ''}`;
  }
}
