import neo4j, { Neo4jError } from 'neo4j-driver';
import { UnavailableError } from '../../../src/domain';
import { Neo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { SCHEMA_STATEMENTS } from '../../../src/store/neo4j/statements';
import { expectUnavailable, rejectionOf } from '../contract/assertions';
import { FakeDriver } from './fake-driver';
import { URI, started, statements } from './started-store';

/**
 * The adapter's own logic against a fake *driver*: start-up, error mapping, close, reverse lookups (writes,
 * listing pages and search have test files of their own). Query semantics are the contract suite's
 * business, on a real Neo4j.
 */

const serviceUnavailable = () =>
  new Neo4jError('Failed to connect to server: connect ECONNREFUSED', 'ServiceUnavailable', '08000', 'no');

/** Polls `ready` every 20 ms until it holds; fails the test after 5 s. */
async function waitFor(ready: () => Promise<boolean>): Promise<void> {
  for (const until = Date.now() + 5_000; !(await ready());) {
    if (Date.now() > until) throw new Error('condition not reached within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
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

describe('reads', () => {
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
