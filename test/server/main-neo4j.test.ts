import { createServer, type AddressInfo } from 'node:net';
import { spawnTs } from '../helpers/child';
import { tempDir } from '../helpers/temp-dir';

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `npm start` with NEO4J_URI set: the Neo4j store, and a clear stop when Neo4j cannot be reached. */
describe('server process with NEO4J_URI', () => {
  it('exits non-zero with one line naming the URI (not the password) when Neo4j is unreachable', async () => {
    const port = await closedPort();
    const dir = await tempDir();
    try {
      const started = Date.now();
      const result = await spawnTs('src/server/main.ts', [], {
        env: {
          PORT: '0',
          DATA_DIR: dir.path,
          NEO4J_URI: `bolt://127.0.0.1:${port}`,
          NEO4J_PASSWORD: 'do-not-print-me',
        },
      }).closed;
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`^error: Neo4j at bolt://127\\.0\\.0\\.1:${port} is unavailable: .+\\n$`),
      );
      expect(result.stderr).not.toContain('do-not-print-me');
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(result.stdout).not.toContain('at http'); // it never served
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await dir.remove();
    }
  });
});
