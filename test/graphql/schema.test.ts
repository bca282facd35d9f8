import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { schemaSdl } from '../../src/cli/emit-schema';

describe('schema/schema.graphql', () => {
  it('is what the code builds (run `npm run schema:emit` after changing types)', async () => {
    const committed = await readFile(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await schemaSdl());
  });
});
