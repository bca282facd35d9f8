import {
  ActorSchema,
  ValidationError,
  deepFreeze,
  markParsed,
  parseWriteBatch,
  type Actor,
} from '../../src/domain';

const parsedActor = (id: string): Actor =>
  deepFreeze(ActorSchema.parse({ id, name: ` ${id} `, sector: 'ACADEMIA', kind: 'UNIVERSITY' }));

describe('lists of records an entity schema produced (markParsed)', () => {
  it('are frozen, and a batch of them is taken as it is, not parsed again', () => {
    const actor = parsedActor('pr-one');
    const actors = markParsed('actors', [actor]);
    expect(Object.isFrozen(actors)).toBe(true);
    const batch = parseWriteBatch({ upsert: { actors } });
    expect(batch.upsert.actors).toBe(actors);
    expect(batch.upsert.partnerships).toEqual([]);
    expect(batch.delete.actorIds).toEqual([]);
  });

  it('count only for their own kind, and only in a batch of nothing else: otherwise all is parsed', () => {
    const actor = parsedActor('pr-two');
    expect(() => parseWriteBatch({ upsert: { themes: markParsed('actors', [actor]) } })).toThrow(
      ValidationError,
    );
    const unmarked = parseWriteBatch({ upsert: { actors: [actor, { ...actor, id: 'pr-three' }] } });
    expect(unmarked.upsert.actors[0]).not.toBe(actor);
    expect(unmarked.upsert.actors.map((a) => a.id)).toEqual(['pr-two', 'pr-three']);
    expect(() => parseWriteBatch({ upsert: { actors: markParsed('actors', [actor, actor]) } })).toThrow(
      /duplicate actor id/,
    );
    const withDeletion = parseWriteBatch({
      upsert: { actors: markParsed('actors', [actor]) },
      delete: { actorIds: ['x'] },
    });
    expect(withDeletion.upsert.actors[0]).not.toBe(actor);
    expect(withDeletion.delete.actorIds).toEqual(['x']);
  });

  it('a batch parsed in full comes out deeply frozen', () => {
    const batch = parseWriteBatch({
      upsert: { actors: [{ id: 'pr-four', name: 'Four', sector: 'ACADEMIA', kind: 'UNIVERSITY' }] },
    });
    const [actor] = batch.upsert.actors;
    expect(Object.isFrozen(actor) && Object.isFrozen(actor!.tags)).toBe(true);
  });
});
