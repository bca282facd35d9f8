import { ActorSchema, ValidationError, markParsed, parseWriteBatch, type Actor } from '../../src/domain';

const parsedActor = (id: string): Actor =>
  markParsed('actors', ActorSchema.parse({ id, name: ` ${id} `, sector: 'ACADEMIA', kind: 'UNIVERSITY' }));

describe('records an entity schema produced (markParsed)', () => {
  it('are frozen, deeply, and a batch of them is taken as it is, not parsed again', () => {
    const actor = parsedActor('pr-one');
    expect(Object.isFrozen(actor) && Object.isFrozen(actor.tags)).toBe(true);
    const batch = parseWriteBatch({ upsert: { actors: [actor] } });
    expect(batch.upsert.actors[0]).toBe(actor);
    expect(batch.upsert.partnerships).toEqual([]);
    expect(batch.delete.actorIds).toEqual([]);
  });

  it('count only for their own kind, and only in a batch of nothing else: otherwise all is parsed', () => {
    const actor = parsedActor('pr-two');
    expect(() => parseWriteBatch({ upsert: { themes: [actor] } })).toThrow(ValidationError);
    const mixed = parseWriteBatch({ upsert: { actors: [actor, { ...actor, id: 'pr-three' }] } });
    expect(mixed.upsert.actors[0]).not.toBe(actor);
    expect(mixed.upsert.actors.map((a) => a.id)).toEqual(['pr-two', 'pr-three']);
    expect(() => parseWriteBatch({ upsert: { actors: [actor, actor] } })).toThrow(/duplicate actor id/);
    expect(
      parseWriteBatch({ upsert: { actors: [actor] }, delete: { actorIds: ['x'] } }).delete.actorIds,
    ).toEqual(['x']);
  });
});
