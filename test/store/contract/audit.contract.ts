import type { EntityKind } from '../../../src/domain';
import type { WriteResult } from '../../../src/store/network-store';
import type { ContractContext } from './context';
import { expectValidationError } from './assertions';

/** WriteOptions.audit: the audit record is committed with its write, or not at all. */
export function describeAudit(ctx: ContractContext): void {
  describe('audit records committed with their writes', () => {
    /** An audit callback that records what the store told it, so a test can check `kept` too. */
    function auditor(operation: string) {
      const calls: { result: WriteResult; kept: Record<string, boolean> }[] = [];
      const audit = (result: WriteResult, kept: (kind: EntityKind, id: string) => boolean) => {
        const asked = Object.fromEntries(
          (Object.entries(result.changed) as [EntityKind, string[]][]).flatMap(([kind, ids]) =>
            ids.map((id) => [`${kind}/${id}`, kept(kind, id)]),
          ),
        );
        calls.push({ result, kept: asked });
        return { revision: result.revision, operation, changed: result.changed };
      };
      return { audit, calls };
    }

    it('keeps the record of each write, by revision, across a restart', async () => {
      const { store, ids, revision } = await ctx.seeded('au');
      const first = auditor('deleteActor');
      const deleted = await store.write({ delete: { actorIds: [ids.kuvendi] } }, { audit: first.audit });
      expect(deleted.revision).toBe(revision + 1);
      expect(first.calls).toHaveLength(1);
      expect(first.calls[0]!.result).toEqual(deleted);
      // `kept` says what is still there after the write: cascaded partnerships are updated or gone.
      const exists: Record<string, boolean> = {};
      for (const [kind, changed] of Object.entries(deleted.changed) as [EntityKind, string[]][]) {
        const after = await store.getMany(kind, changed);
        changed.forEach((id, i) => (exists[`${kind}/${id}`] = after[i] !== null));
      }
      expect(first.calls[0]!.kept).toEqual(exists);
      expect(exists[`actors/${ids.kuvendi}`]).toBe(false);
      expect(Object.keys(exists).length).toBeGreaterThan(1);
      const second = auditor('createTheme');
      await store.write(
        { upsert: { themes: [{ id: 'au-new-theme', name: 'New theme' }] } },
        { audit: second.audit },
      );
      const expected = [
        { revision: revision + 1, operation: 'deleteActor', changed: deleted.changed },
        {
          revision: revision + 2,
          operation: 'createTheme',
          changed: { actors: [], partnerships: [], areas: [], themes: ['au-new-theme'], targetGroups: [] },
        },
      ];
      expect(await store.auditRecordsAfter(revision)).toEqual(expected);
      expect(await store.auditRecordsAfter(revision + 1)).toEqual(expected.slice(1));
      const reopened = await ctx.reopen(store);
      expect(await reopened.auditRecordsAfter(revision)).toEqual(expected);
      reopened.confirmAudit(revision + 1);
      expect(await reopened.auditRecordsAfter(revision + 1)).toEqual(expected.slice(1));
    });

    it('has no record for a refused write, nor for one that changes nothing', async () => {
      const { store, ids, network, revision } = await ctx.seeded('an');
      const refused = auditor('deleteActor');
      await expectValidationError(
        store.write({ delete: { actorIds: ['an-nobody'] } }, { audit: refused.audit }),
        ['delete.actorIds[0]'],
      );
      const same = auditor('upsertNetwork');
      await store.write({ upsert: network }, { audit: same.audit });
      const stale = auditor('updateActor');
      await expect(
        store.write(
          { delete: { actorIds: [ids.kuvendi] } },
          { expectedRevision: revision - 1, audit: stale.audit },
        ),
      ).rejects.toThrow();
      expect([refused.calls, same.calls, stale.calls]).toEqual([[], [], []]);
      expect(await store.auditRecordsAfter(0)).toEqual([]);
    });
  });
}
