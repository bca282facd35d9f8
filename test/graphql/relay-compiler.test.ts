import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO } from '../helpers/child';
import { useTempDir } from '../helpers/temp-dir';

/**
 * relay-compiler, the compiler Relay apps build with, accepts the schema with a fragment container that
 * pages an actor's partnerships both ways (@connection over first/after/last/before) and refetches the
 * actor through Node (@refetchable): what Relay needs of PageInfo, connections and Global Object
 * Identification. The fixture is kept as .txt so that our own TypeScript build never compiles it.
 */
describe('relay-compiler', () => {
  const dir = useTempDir();

  async function compile(source: string) {
    const project = dir();
    await mkdir(join(project, 'src', '__generated__'), { recursive: true });
    await writeFile(join(project, 'src', 'ActorCard.ts'), source);
    await writeFile(
      join(project, 'relay.config.json'),
      JSON.stringify({
        src: './src',
        schema: join(REPO, 'schema', 'schema.graphql'),
        language: 'typescript',
        artifactDirectory: './src/__generated__',
      }),
    );
    const run = spawnSync(process.execPath, [join(REPO, 'node_modules', 'relay-compiler', 'cli.js')], {
      cwd: project,
      encoding: 'utf8',
    });
    return { ...run, generated: join(project, 'src', '__generated__') };
  }

  const fixture = () => readFile(join(__dirname, 'fixtures', 'relay-actor-card.ts.txt'), 'utf8');

  it('compiles a paginated, refetchable fragment container and its query against schema/schema.graphql', async () => {
    const run = await compile(await fixture());
    expect(run.status).toBe(0);
    expect((await readdir(run.generated)).sort()).toEqual([
      'ActorCardPaginationQuery.graphql.ts',
      'ActorCardQuery.graphql.ts',
      'ActorCard_actor.graphql.ts',
    ]);
    const refetch = await readFile(join(run.generated, 'ActorCardPaginationQuery.graphql.ts'), 'utf8');
    // Refetching goes through node(id:), and the connection asks what Relay needs to page both ways.
    expect(refetch).toMatch(/node\(id: \$id\)/);
    for (const field of ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'])
      expect(refetch).toContain(field);
  });

  it('rejects a fragment the schema does not allow (the check can fail)', async () => {
    const run = await compile((await fixture()).replace('title', 'headline'));
    expect(run.status).not.toBe(0);
    expect(run.stderr + run.stdout).toMatch(/no field `headline`/);
  });
});
