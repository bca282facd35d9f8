import neo4j from 'neo4j-driver';
import { StaleRevisionError, ValidationError } from '../../../src/domain';
import { rejectionOf } from '../contract/assertions';
import { NETWORK_TOTAL, makeNetwork } from '../contract/fixtures';
import { holding, started } from './started-store';

/**
 * The one write transaction of the Neo4j store (write-transaction.ts) against a fake driver: the order and
 * parameters of what a write runs. Write semantics are the contract suite's business, on a real Neo4j.
 */

describe('write', () => {
  const { ids, network } = makeNetwork('fw');

  it('checks expectedRevision under the lock, before reading or writing anything', async () => {
    const { driver, store } = await started();
    driver.revision = 3;
    const error = await rejectionOf(
      store.write({ upsert: { themes: [{ id: 't', name: 'T' }] } }, { expectedRevision: 2 }),
    );
    expect(error).toBeInstanceOf(StaleRevisionError);
    expect(error).toMatchObject({ expected: 2, actual: 3 });
    expect(driver.names()).toEqual(['meta-lock']);
    expect(driver.commits).toBe(0); // the transaction function threw: rolled back
  });

  it('rejects an invalid batch before touching the database', async () => {
    const { driver, store } = await started();
    await expect(store.write({ upsert: { actors: [{ id: 'Bad Slug' }] } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(driver.calls).toEqual([]);
  });

  it('rejects broken references inside the transaction, writing nothing', async () => {
    const { driver, store } = await started();
    const ece = network.partnerships.find((p) => p.id === ids.ece)!;
    const error = (await rejectionOf(store.write({ upsert: { partnerships: [ece] } }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.path)).toContain('upsert.partnerships[0].participants[0].actorId');
    expect(driver.names().filter((n) => /^(put|delete|link|unlink|meta-bump)/.test(n))).toEqual([]);
    expect(driver.commits).toBe(0);
  });

  it('creates a network: nodes first, then links with their positions, then one revision bump', async () => {
    const { driver, store } = await started();
    const result = await store.write({ upsert: network });
    expect(result).toMatchObject({ revision: 1, created: NETWORK_TOTAL, updated: 0, unchanged: 0 });
    const names = driver.names();
    expect(names[0]).toBe('meta-lock');
    expect(names[names.length - 1]).toBe('meta-bump');
    const lastPut = Math.max(...names.map((n, i) => (n.startsWith('put-') ? i : -1)));
    const firstLink = names.findIndex((n) => n.startsWith('link-'));
    expect(lastPut).toBeLessThan(firstLink);
    // Links go per record, as its whole list, in one statement per type (the network is below one chunk).
    const linkRows = (name: string) =>
      driver.calls.filter((c) => c.name === name).flatMap((c) => c.params.rows) as {
        from: string;
        links: Record<string, unknown>[];
      }[];
    expect(names.filter((n) => n === 'link-participates-in')).toHaveLength(1);
    const participants = linkRows('link-participates-in');
    expect(participants.map((r) => r.from).sort()).toEqual(network.partnerships.map((p) => p.id).sort());
    const first = network.partnerships[0]!;
    expect(participants.find((r) => r.from === first.id)!.links).toEqual(
      first.participants.map((x, i) => ({ to: x.actorId, role: x.role, ord: neo4j.int(i) })),
    );
    const groups = linkRows('link-for-group').find((r) => r.from === ids.scholarships)!.links;
    expect(groups.find((g) => g.to === ids.girls)).toMatchObject({ targeted: null, reached: null });
    // Every record is new: it has no links to drop.
    expect(names.filter((n) => n.startsWith('unlink-'))).toEqual([]);
    expect(driver.commits).toBe(1);
  });

  it('re-reads stored records through the same conversion: the same data again changes nothing', async () => {
    const { driver, store } = await started(holding(network));
    driver.revision = 7;
    const result = await store.write({ upsert: network });
    expect(result).toMatchObject({ revision: 7, created: 0, updated: 0, unchanged: NETWORK_TOTAL });
    expect(driver.names().filter((n) => !n.endsWith('-by-id') && !n.startsWith('referrers-'))).toEqual([
      'meta-lock',
      'meta-release',
    ]);
  });

  it('cascades a deletion through the links it finds, and deletes emptied partnerships', async () => {
    const { driver, store } = await started((call) => {
      if (call.name === 'referrers-partnerships-of-actor')
        return [{ target: ids.kuvendi, referrers: [ids.mentoring, ids.coordination] }];
      return holding(network)(call);
    });
    const result = await store.write({ delete: { actorIds: [ids.kuvendi, ids.syri] } });
    // Only kuvendi's links were reported (the fake knows no others): mentoring loses both its participants
    // and goes, coordination loses kuvendi and is rewritten.
    expect(result).toMatchObject({ deleted: 3, updated: 1 });
    expect(result.changed.partnerships.sort()).toEqual([ids.coordination, ids.mentoring].sort());
    expect(driver.calls.find((c) => c.name === 'delete-actors')!.params.ids).toEqual([ids.kuvendi, ids.syri]);
    expect(driver.calls.find((c) => c.name === 'delete-partnerships')!.params.ids).toEqual([ids.mentoring]);
    const rewritten = driver.calls.find((c) => c.name === 'put-partnerships')!.params.rows as {
      id: string;
    }[];
    expect(rewritten.map((r) => r.id)).toEqual([ids.coordination]);
    expect(driver.calls.find((c) => c.name === 'unlink-partnerships')!.params.ids).toEqual([
      ids.coordination,
    ]);
    const participants = driver.calls.find((c) => c.name === 'link-participates-in')!.params.rows;
    expect(participants).toEqual([
      {
        from: ids.coordination,
        links: [
          { to: ids.komunaPeje, role: 'LEAD', ord: neo4j.int(0) },
          { to: ids.mesti, role: 'PARTICIPANT', ord: neo4j.int(1) },
        ],
      },
    ]);
  });
});
