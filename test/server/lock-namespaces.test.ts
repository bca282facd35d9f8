import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { spawnTs, type TsChild } from '../helpers/child';
import { postGraphQL } from '../helpers/graphql';
import { tempDir } from '../helpers/temp-dir';

/** Each server in a PID namespace of its own, as in its own container: both are pid 1. */
const UNSHARE = ['unshare', '--pid', '--fork', '--mount-proc', '--kill-child'];
const probe = spawnSync(UNSHARE[0]!, [...UNSHARE.slice(1), 'true'], { stdio: 'pipe' });
const unshareWorks = probe.status === 0;

/**
 * Signals the server inside `unshare`'s namespace (its pid 1), as a container runtime would: `unshare`
 * passes no signal on, and killing it alone would leave the server running.
 */
function signalInside(child: TsChild, signal: NodeJS.Signals): void {
  const pid = child.process.pid;
  if (pid === undefined || child.process.exitCode !== null) return;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
  for (const inner of children.filter(Boolean)) process.kill(Number(inner), signal);
}

describe('two servers on one DATA_DIR, in different PID namespaces (containers)', () => {
  if (!unshareWorks) {
    it.skip(`skipped: unshare --pid is not permitted here (${String(probe.stderr ?? probe.error).trim()})`, () => {});
    return;
  }

  it('refuses the second while the first holds the lease, and lets a successor in once it has died', async () => {
    const dir = await tempDir();
    const env = { PORT: '0', DATA_DIR: dir.path, NODE_ENV: 'development', LOG_LEVEL: 'info' };
    const start = () => spawnTs('src/server/main.ts', [], { env, wrapper: UNSHARE });
    const first = start();
    try {
      const [, url] = await first.waitForLine(/at (http:\S+\/graphql)/, 60_000);
      // The first renews its lease every 2 s: the intruder sees it renewed within its 10 s watch.
      expect(first.lines.some((line) => line.includes('"pid":1,'))).toBe(true); // really pid 1 in there

      const intruder = await start().closed;
      expect(intruder.code).toBe(1);
      expect(intruder.stderr).toContain(
        `error: data directory ${dir.path} is in use by process 1 on ${hostname()}; stop it or point DATA_DIR elsewhere`,
      );
      // The first one was never disturbed: it still answers, at the seed's revision.
      expect((await postGraphQL(url!, '{ about { revision } }')).data.about.revision).toBe(1);

      signalInside(first, 'SIGKILL'); // a crash: the LOCK stays behind, naming a pid 1 nobody here can see
      await first.closed;
      const successor = start();
      try {
        const [, again] = await successor.waitForLine(/at (http:\S+\/graphql)/, 60_000);
        expect((await postGraphQL(again!, '{ about { revision } }')).data.about.revision).toBe(1);
      } finally {
        signalInside(successor, 'SIGTERM');
        expect((await successor.closed).code).toBe(0);
      }
    } finally {
      signalInside(first, 'SIGKILL');
      await first.closed;
      await dir.remove();
    }
  }, 120_000);
});
