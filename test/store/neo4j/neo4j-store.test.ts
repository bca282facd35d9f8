import neo4j, { Neo4jError } from 'neo4j-driver';
import {
  StaleRevisionError,
  UnavailableError,
  ValidationError,
  type EntityKind,
  type EntityOf,
} from '../../../src/domain';
import { Neo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { SCHEMA_STATEMENTS, loadStatements } from '../../../src/store/neo4j/statements';
import { expectUnavailable, rejectionOf } from '../contract/assertions';
import { NETWORK_TOTAL, makeNetwork } from '../contract/fixtures';
import { FakeDriver, rowFor, type Answer, type Call } from './fake-driver';

/**
 * The adapter's own logic against a fake *driver*: start-up, error mapping, close, the order and
 * parameters of what a write runs. Query semantics are the contract suite's business, on a real Neo4j.
 */

const URI = 'bolt://neo4j.example.org:7687';
const statements = loadStatements();

async function started(answer?: Answer, options: { uri?: string; password?: string } = {}) {
  const driver = new FakeDriver(answer);
  const store = await Neo4jStore.start(driver.asDriver(), statements, {
    uri: options.uri ?? URI,
    username: 'neo4j',
    password: options.password ?? 's3cret-password',
  });
  driver.calls.length = 0; // forget start-up
  driver.commits = 0;
  return { driver, store };
}

const serviceUnavailable = () =>
  new Neo4jError('Failed to connect to server: connect ECONNREFUSED', 'ServiceUnavailable', '08000', 'no');

/** Polls `ready` every 20 ms until it holds; fails the test after 5 s. */
async function waitFor(ready: () => Promise<boolean>): Promise<void> {
  for (const until = Date.now() + 5_000; !(await ready());) {
    if (Date.now() > until) throw new Error('condition not reached within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Answers by-id lookups from a set of stored records, like a database holding them. */
function holding(records: { [K in EntityKind]?: EntityOf[K][] }): Answer {
  const byStatement: Record<string, EntityKind> = {
    'actors-by-id': 'actors',
    'partnerships-by-id': 'partnerships',
    'areas-by-id': 'areas',
    'themes-by-id': 'themes',
    'target-groups-by-id': 'targetGroups',
  };
  return (call: Call) => {
    const kind = byStatement[call.name];
    if (!kind) return undefined;
    const wanted = new Set(call.params.ids as string[]);
    return ((records[kind] ?? []) as EntityOf[EntityKind][])
      .filter((r) => wanted.has(r.id))
      .map((r) => rowFor(kind, r));
  };
}

describe('Neo4jStore.start', () => {
  it('applies the schema (one transaction per statement), waits for indexes, then creates :Meta', async () => {
    const driver = new FakeDriver();
    const store = await Neo4jStore.start(driver.asDriver(), statements, { uri: URI, username: 'neo4j' });
    expect(store.kind).toBe('neo4j');
    expect(driver.names()).toEqual([...SCHEMA_STATEMENTS, 'meta-init']);
    expect(driver.calls.every((c) => c.mode === 'WRITE')).toBe(true);
    expect(driver.commits).toBe(SCHEMA_STATEMENTS.length + 1);
    const wait = driver.calls.find((c) => c.name === 'schema-await-indexes')!;
    expect(neo4j.isInt(wait.params.timeoutSeconds)).toBe(true);
    expect(driver.sessionsClosed).toBe(driver.sessionsOpened);
  });

  it('fails with an UnavailableError naming the URI, never the password, and closes the driver', async () => {
    const driver = new FakeDriver();
    driver.connectivityError = serviceUnavailable();
    const error = await rejectionOf(
      Neo4jStore.start(driver.asDriver(), statements, {
        uri: 'bolt://admin:hunter2@db.example.org:7687',
        username: 'admin',
        password: 'hunter2',
      }),
    );
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as Error).message).toContain('Neo4j at bolt://db.example.org:7687 is unavailable');
    expect((error as Error).message).not.toContain('hunter2');
    expect(driver.closed).toBe(1);
  });

  it('tells wrong credentials apart', async () => {
    const driver = new FakeDriver();
    driver.connectivityError = new Neo4jError(
      'The client is unauthorized due to authentication failure.',
      'Neo.ClientError.Security.Unauthorized',
      '42NFF',
      'no',
    );
    const error = await rejectionOf(
      Neo4jStore.start(driver.asDriver(), statements, { uri: URI, username: 'neo4j', password: 'wrong' }),
    );
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as Error).message).toMatch(/NEO4J_USERNAME and NEO4J_PASSWORD/);
  });
});

describe('errors and recovery', () => {
  it('maps connection errors to SERVICE_UNAVAILABLE, and works again once Neo4j is back', async () => {
    let down = false;
    const { driver, store } = await started(() => (down ? serviceUnavailable() : undefined));
    down = true;
    const error = await rejectionOf(store.revision());
    expect(error).toBeInstanceOf(UnavailableError);
    expect((error as Error).message).toContain(URI);
    await expectUnavailable(store.listThemes());
    await expectUnavailable(store.write({ upsert: { themes: [{ id: 't', name: 'T' }] } }));
    expect(await store.health()).toMatchObject({ ok: false, store: 'neo4j' });
    down = false;
    driver.revision = 4;
    // The circuit breaker opened on the first failure; its next probe finds Neo4j back and closes it.
    await waitFor(async () => (await store.health()).ok);
    expect(await store.revision()).toBe(4);
    expect(await store.health()).toEqual({ ok: true, store: 'neo4j', revision: 4 });
    // A new session per call, every one closed: no dead session is kept around.
    expect(driver.sessionsClosed).toBe(driver.sessionsOpened);
  });

  it('reports a statement Neo4j rejects as an internal error naming it, not as unavailability', async () => {
    const { store } = await started((call) =>
      call.name === 'themes-ids-page'
        ? new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'no')
        : undefined,
    );
    const error = await rejectionOf(store.listThemes());
    expect(error).not.toBeInstanceOf(UnavailableError);
    expect((error as Error).message).toContain('statement themes-ids-page');
  });

  it('health() never throws and probes with one auto-commit statement', async () => {
    const { driver, store } = await started((call) =>
      call.mode === 'AUTO' ? new Error('socket hang up') : undefined,
    );
    expect(await store.health()).toEqual({ ok: false, store: 'neo4j', detail: 'socket hang up' });
    expect(driver.calls.map((c) => [c.name, c.mode])).toEqual([['revision', 'AUTO']]);
  });
});

describe('close', () => {
  it('is idempotent, and every later call but health() fails as SERVICE_UNAVAILABLE', async () => {
    const { driver, store } = await started();
    await store.close();
    await store.close();
    expect(driver.closed).toBe(1);
    await expectUnavailable(store.revision());
    await expectUnavailable(store.getMany('actors', ['a']));
    await expectUnavailable(store.search('peje', 5));
    await expectUnavailable(store.referrers('themes', ['t'], 'partnerships'));
    await expectUnavailable(store.snapshot());
    await expectUnavailable(store.write({}));
    expect(await store.health()).toMatchObject({ ok: false, store: 'neo4j' });
    expect(driver.calls).toEqual([]);
  });

  it('lets a write in flight finish before it disconnects', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { driver, store } = await started(async (call) => {
      if (call.name === 'meta-lock') await held;
      return undefined;
    });
    const writing = store.write({ upsert: { themes: [{ id: 't', name: 'T' }] } });
    const closing = store.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(driver.closed).toBe(0);
    release();
    expect(await writing).toMatchObject({ created: 1, revision: 1 });
    await closing;
    expect(driver.closed).toBe(1);
  });
});

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

describe('reads', () => {
  it('pages with an Integer LIMIT of first + 1 and hands out the sort key as cursor', async () => {
    const { driver, store } = await started((call) => {
      if (call.name === 'actors-count-all') return [{ total: 3 }];
      if (call.name === 'actors-count') return [{ total: 1 }];
      if (call.name === 'actors-page-name-asc')
        return [
          { id: 'a', key: ['alpha', 'a'] },
          { id: 'b', key: ['beta', 'b'] },
          { id: 'c', key: ['gamma', 'c'] },
        ];
      if (call.name === 'actors-by-id')
        return (call.params.ids as string[]).map((id) => ({
          record: { id, name: id.toUpperCase(), sector: 'ACADEMIA', kind: 'UNIVERSITY' },
        }));
      return undefined;
    });
    const page = await store.listActors({}, { field: 'NAME', direction: 'ASC' }, { first: 2 });
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page).toMatchObject({ totalCount: 3, hasNextPage: true, endCursor: page.edges[1]!.cursor });
    const call = driver.calls.find((c) => c.name === 'actors-page-name-asc')!;
    expect(neo4j.isInt(call.params.limit)).toBe(true);
    expect((call.params.limit as { toNumber(): number }).toNumber()).toBe(3);

    // Unfiltered, the count is the label count (Neo4j's count store); with a filter, the filtered count.
    expect(driver.calls.find((c) => c.name === 'actors-count-all')!.params).toEqual({});
    expect(driver.names()).not.toContain('actors-count');

    driver.calls.length = 0;
    await store.listActors({}, { field: 'NAME', direction: 'ASC' }, { first: 2, after: page.endCursor! });
    expect(driver.calls.find((c) => c.name === 'actors-page-name-asc')!.params.after).toEqual(['beta', 'b']);

    driver.calls.length = 0;
    const filtered = await store.listActors(
      { sectors: ['ACADEMIA'] },
      { field: 'NAME', direction: 'ASC' },
      { first: 2 },
    );
    expect(filtered.totalCount).toBe(1);
    expect(driver.calls.find((c) => c.name === 'actors-count')!.params).toMatchObject({
      sectors: ['ACADEMIA'],
    });
    expect(driver.names()).not.toContain('actors-count-all');
  });

  it('asks for the participants first when actors are filtered by their partnerships', async () => {
    const { driver, store } = await started((call) =>
      call.name === 'partnership-participants' ? [{ actorIds: ['x', 'y'] }] : undefined,
    );
    await store.listActors(
      { partnerships: { roles: ['LEAD'], asOf: '2024-01-01' } },
      { field: 'ID', direction: 'DESC' },
      { first: 5 },
    );
    expect(driver.names()).toEqual(['partnership-participants', 'actors-count', 'actors-page-id-desc']);
    const participants = driver.calls[0]!.params;
    expect(participants.roles).toEqual(['LEAD']);
    expect(neo4j.isDate(participants.asOf)).toBe(true);
    expect(driver.calls[1]!.params.participantIds).toEqual(['x', 'y']);
  });

  it('searches with a Lucene prefix query and ranks what comes back as the embedded store does', async () => {
    const { driver, store } = await started((call) =>
      call.name === 'search'
        ? [
            {
              id: 'p',
              kindRank: 1,
              names: { name: null, title: 'Pejë youth', acronym: null, altName: null },
            },
            {
              id: 'r',
              kindRank: 2,
              names: { name: 'Rajoni i Pejës', title: null, acronym: null, altName: null },
            },
            { id: 'm', kindRank: 2, names: { name: 'Pejë', title: null, acronym: null, altName: 'Peć' } },
          ]
        : undefined,
    );
    const hits = await store.search('  PEJË ', 10);
    expect(hits).toEqual([
      { kind: 'areas', id: 'm', name: 'Pejë', score: 3 },
      { kind: 'partnerships', id: 'p', name: 'Pejë youth', score: 2 },
      { kind: 'areas', id: 'r', name: 'Rajoni i Pejës', score: 1 },
    ]);
    const call = driver.calls[0]!;
    expect(call.params).toMatchObject({ query: '+peje*', phrase: 'peje' });
    expect((call.params.limit as { toNumber(): number }).toNumber()).toBe(10);
  });

  it('answers reverse lookups in the order asked, sorted, without a query for links that cannot exist', async () => {
    const { driver, store } = await started((call) =>
      call.name === 'referrers-partnerships-of-theme'
        ? [{ target: 't2', referrers: ['p9', 'p1'] }]
        : undefined,
    );
    expect(await store.referrers('themes', ['t1', 't2'], 'partnerships')).toEqual([[], ['p1', 'p9']]);
    expect(await store.referrers('themes', ['t1'], 'actors')).toEqual([[]]);
    expect(driver.names()).toEqual(['referrers-partnerships-of-theme']);
  });
});
