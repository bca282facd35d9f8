import { createServer, type AddressInfo } from 'node:net';
import { UnavailableError } from '../../../src/domain';
import { CircuitBreaker } from '../../../src/store/neo4j/circuit-breaker';
import { createDriver, type DriverLike } from '../../../src/store/neo4j/connection';
import { Neo4jStore } from '../../../src/store/neo4j/neo4j-store';
import { loadStatements } from '../../../src/store/neo4j/statements';
import { expectUnavailable, rejectionOf } from '../contract/assertions';
import { EmulatedNeo4j } from './emulated-neo4j';

/** Polls `ready` every 10 ms until it holds; fails the test after 5 s. */
async function waitFor(ready: () => boolean | Promise<boolean>): Promise<void> {
  for (const until = Date.now() + 5_000; !(await ready());) {
    if (Date.now() > until) throw new Error('condition not reached within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('CircuitBreaker', () => {
  it('passes work while closed, refuses it once a failure opened it, and closes on a successful probe', async () => {
    let healthy = false;
    let probes = 0;
    const breaker = new CircuitBreaker({
      name: 'Neo4j at bolt://db:7687',
      probeIntervalMs: 5,
      probe: async () => {
        probes++;
        if (!healthy) throw new Error('connection refused');
      },
    });
    try {
      expect(breaker.state).toBe('closed');
      expect(() => breaker.check()).not.toThrow();
      breaker.fail(new Error('ECONNREFUSED'));
      expect(breaker.state).toBe('open');
      const refusal = (() => {
        try {
          breaker.check();
        } catch (error) {
          return error as Error;
        }
        throw new Error('not refused');
      })();
      expect(refusal).toBeInstanceOf(UnavailableError);
      expect(refusal.message).toMatch(
        /^Neo4j at bolt:\/\/db:7687 is unreachable \(for \d+\.\d s, retrying\): /,
      );
      await waitFor(() => probes >= 3);
      expect(breaker.state).not.toBe('closed'); // every failed probe keeps it open
      expect(breaker.refusal).toContain('connection refused'); // ...with the latest reason
      healthy = true;
      await waitFor(() => breaker.state === 'closed');
      const after = probes;
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(probes).toBe(after); // closed: no more probes
      expect(() => breaker.check()).not.toThrow();
    } finally {
      breaker.dispose();
    }
  });

  it('runs one probe at a time and stops probing when disposed', async () => {
    let inFlight = 0;
    let most = 0;
    let probes = 0;
    const breaker = new CircuitBreaker({
      name: 'Neo4j',
      probeIntervalMs: 1,
      probe: async () => {
        probes++;
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 15));
        inFlight--;
        throw new Error('still down');
      },
    });
    breaker.fail(new Error('down'));
    await waitFor(() => probes >= 3);
    expect(most).toBe(1);
    expect(breaker.state === 'open' || breaker.state === 'half-open').toBe(true);
    breaker.dispose();
    await waitFor(() => inFlight === 0);
    const after = probes;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(probes).toBe(after);
  });
});

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A database that can go away: while `down`, every session comes from a real neo4j driver pointed at a
 * closed port (the driver's own connection errors and retries); otherwise from the emulated database.
 * Counts the transactions that reached either.
 */
class Outage {
  down = false;
  transactions = 0;
  constructor(
    private readonly up: EmulatedNeo4j,
    private readonly dead: DriverLike,
  ) {}

  asDriver(): DriverLike {
    return {
      executeQueryBookmarkManager: this.up.executeQueryBookmarkManager,
      verifyConnectivity: () => (this.down ? this.dead : this.up.asDriver()).verifyConnectivity(),
      close: async () => {
        await this.up.close();
        await this.dead.close();
      },
      session: (config: Parameters<DriverLike['session']>[0]) => {
        const session = this.down
          ? this.dead.session({ ...config, bookmarkManager: undefined })
          : (this.up.session() as unknown as ReturnType<DriverLike['session']>);
        const counted = <T extends (...args: never[]) => unknown>(f: T) =>
          ((...args: Parameters<T>) => {
            this.transactions++;
            return f.apply(session, args);
          }) as T;
        return Object.assign(Object.create(session) as typeof session, {
          executeRead: counted(session.executeRead),
          executeWrite: counted(session.executeWrite),
        });
      },
    } as DriverLike;
  }
}

describe('Neo4jStore through an outage (a real driver against a closed port)', () => {
  it('refuses at once while Neo4j is unreachable, without reaching the driver, and recovers on its own', async () => {
    const port = await closedPort();
    const uri = `bolt://127.0.0.1:${port}`;
    const outage = new Outage(
      new EmulatedNeo4j(),
      createDriver({ uri, username: 'neo4j', maxTransactionRetryTimeMs: 500 }),
    );
    const store = await Neo4jStore.start(outage.asDriver(), loadStatements(), {
      uri,
      username: 'neo4j',
      probeIntervalMs: 20,
    });
    try {
      await store.write({ upsert: { themes: [{ id: 'cb-theme', name: 'Circuit' }] } });
      outage.down = true;

      // The first request finds out: the driver's own connection error, after its bounded retries.
      const first = await rejectionOf(store.revision());
      expect(first).toBeInstanceOf(UnavailableError);
      expect((first as Error).message).toContain(`Neo4j at ${uri} is unavailable`);
      // From then on nothing reaches the driver: every kind of call is refused by the breaker.
      const reached = outage.transactions;
      await expectUnavailable(store.listThemes());
      await expectUnavailable(store.getMany('themes', ['cb-theme']));
      await expectUnavailable(store.write({ upsert: { themes: [{ id: 'cb-other', name: 'Other' }] } }));
      const refused = await rejectionOf(store.snapshot());
      expect((refused as Error).message).toMatch(/is unreachable \(for \d+\.\d s, retrying\)/);
      expect(outage.transactions).toBe(reached);
      expect(await store.health()).toMatchObject({
        ok: false,
        store: 'neo4j',
        detail: expect.stringContaining('unreachable'),
      });

      // Neo4j accepts connections again: a probe notices, /readyz and requests are served without a restart.
      outage.down = false;
      await waitFor(async () => (await store.health()).ok);
      expect(await store.revision()).toBe(1);
      expect((await store.getMany('themes', ['cb-theme']))[0]).toMatchObject({ name: 'Circuit' });
    } finally {
      await store.close();
    }
  });

  it('opens on a failed health check too, before any request failed', async () => {
    const port = await closedPort();
    const uri = `bolt://127.0.0.1:${port}`;
    const outage = new Outage(new EmulatedNeo4j(), createDriver({ uri, username: 'neo4j' }));
    const store = await Neo4jStore.start(outage.asDriver(), loadStatements(), {
      uri,
      username: 'neo4j',
      probeIntervalMs: 20,
    });
    try {
      outage.down = true;
      expect(await store.health()).toMatchObject({ ok: false });
      const reached = outage.transactions;
      await expectUnavailable(store.revision());
      expect(outage.transactions).toBe(reached);
      outage.down = false;
      await waitFor(async () => (await store.health()).ok);
      expect(await store.revision()).toBe(0);
    } finally {
      await store.close();
    }
  });
});
