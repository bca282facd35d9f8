import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../../src/store/embedded/embedded-store';
import type { NetworkStore } from '../../../src/store/network-store';
import { describeNetworkStoreContract, type StoreHarness } from '../contract/network-store.contract';

/** A harness giving every store its own temporary data directory. */
function embeddedHarness(options: { compactAfterBytes?: number } = {}): StoreHarness {
  const directories: string[] = [];
  const directoryOf = new WeakMap<NetworkStore, string>();
  const openIn = async (dataDir: string) => {
    const store = await EmbeddedStore.open({ dataDir, ...options });
    directoryOf.set(store, dataDir);
    return store;
  };
  return {
    async open() {
      const dataDir = await mkdtemp(join(tmpdir(), 'partner-network-contract-'));
      directories.push(dataDir);
      return openIn(dataDir);
    },
    async reopen(store) {
      const dataDir = directoryOf.get(store);
      if (dataDir === undefined) throw new Error('reopen: this store was not opened by the harness');
      await store.close();
      return openIn(dataDir);
    },
    async cleanup() {
      await Promise.all(directories.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

describeNetworkStoreContract('embedded', embeddedHarness());

// The same contract with a compaction after (nearly) every write, so restarts read snapshots, not journals.
describeNetworkStoreContract(
  'embedded, compacting after every write',
  embeddedHarness({ compactAfterBytes: 1 }),
);

describe('EmbeddedStore specifics', () => {
  const harness = embeddedHarness();
  afterAll(() => harness.cleanup());

  it('is an embedded store', async () => {
    const store = await harness.open();
    try {
      expect(store.kind).toBe('embedded');
      expect(await store.health()).toMatchObject({ ok: true, store: 'embedded' });
    } finally {
      await store.close();
    }
  });
});
