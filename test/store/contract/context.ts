import type { NetworkStore } from '../../../src/store/network-store';
import { makeNetwork, type Fixture } from './fixtures';

/** How the contract suite gets stores of one adapter. */
export interface StoreHarness {
  /** A fresh, empty store (its own data dir / namespace). */
  open(): Promise<NetworkStore>;
  /** Closes `store` and opens the same data again: persistence across a restart. */
  reopen(store: NetworkStore): Promise<NetworkStore>;
  /** Removes everything `open` created. */
  cleanup(): Promise<void>;
}

/** What each topic of the suite uses: stores that are closed after every test, and a seeded store. */
export interface ContractContext {
  open(): Promise<NetworkStore>;
  reopen(store: NetworkStore): Promise<NetworkStore>;
  /** A fresh store holding `makeNetwork(prefix)`, and the revision that write produced. */
  seeded(prefix: string): Promise<Fixture & { store: NetworkStore; revision: number }>;
}

/** Registers the hooks that close every store a test opened and clean up after the suite. Call inside `describe`. */
export function contractContext(harness: StoreHarness): ContractContext {
  const opened: NetworkStore[] = [];
  afterEach(async () => {
    const stores = opened.splice(0);
    // close() is idempotent, so stores a test already closed (or reopened) are closed again harmlessly.
    for (const store of stores) await store.close();
  });
  afterAll(async () => {
    await harness.cleanup();
  });
  const context: ContractContext = {
    async open() {
      const store = await harness.open();
      opened.push(store);
      return store;
    },
    async reopen(store) {
      const again = await harness.reopen(store);
      opened.push(again);
      return again;
    },
    async seeded(prefix) {
      const store = await context.open();
      const fixture = makeNetwork(prefix);
      const result = await store.write({ upsert: fixture.network });
      return { ...fixture, store, revision: result.revision };
    },
  };
  return context;
}
