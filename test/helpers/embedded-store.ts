import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { tempDir, type TempDir } from './temp-dir';

/**
 * Gives each test of the enclosing describe block a fresh, empty embedded store in a directory of its own,
 * closed and then deleted after the test (pass or fail). Call it in the describe body; the returned
 * function gives the current test's store.
 */
export function useEmbeddedStore(prefix?: string): () => EmbeddedStore {
  let dir: TempDir | undefined;
  let store: EmbeddedStore | undefined;
  beforeEach(async () => {
    dir = await tempDir(prefix);
    store = await EmbeddedStore.open({ dataDir: dir.path });
  });
  afterEach(async () => {
    await store?.close();
    await dir?.remove();
    store = undefined;
    dir = undefined;
  });
  return () => {
    if (store === undefined) throw new Error('useEmbeddedStore() is only available inside a test');
    return store;
  };
}
