import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useTestApi } from '../../helpers/api';

const IMPORT = `mutation ($format: ImportFormat!, $content: String, $files: [ImportFileInput!], $dryRun: Boolean) {
  importNetwork(format: $format, content: $content, files: $files, dryRun: $dryRun) {
    format dryRun files rows: rowCount created: createdCount updated: updatedCount unchanged: unchangedCount revision
    counts { actors { created: createdCount updated: updatedCount unchanged: unchangedCount } partnerships { created: createdCount updated: updatedCount unchanged: unchangedCount } }
    warnings { file row line record column message }
  }
}`;
const PARTNERSHIP = `query ($id: ID!) { partnership(id: $id) { title startDate participants { role actor { id: slug } } areas { id: slug } } }`;

const sheet = (...rows: string[]) => `${rows.join('\n')}\n`;

describe('importNetwork (GraphQL over HTTP)', () => {
  const api = useTestApi();

  it('imports CSV files through the API and the data is there to query', async () => {
    const dir = join(__dirname, '..', '..', '..', 'seeds', 'samples', 'csv');
    const files = await Promise.all(
      ['actors.csv', 'partnerships.csv', 'participants.csv', 'partnership-groups.csv'].map(async (name) => ({
        name,
        content: await readFile(join(dir, name), 'utf8'),
      })),
    );
    const before = await api().store.revision();
    const res = await api().graphql(IMPORT, { format: 'CSV', files });
    expect(res.errors).toBeUndefined();
    expect(res.data.importNetwork).toMatchObject({
      format: 'CSV',
      dryRun: false,
      rows: 17,
      created: 6,
      revision: before + 1,
      counts: { actors: { created: 3 }, partnerships: { created: 3 } },
      warnings: [],
    });
    const p = await api().graphql(PARTNERSHIP, { id: 'inclusive-classrooms-study-2025' });
    expect(p.data.partnership).toEqual({
      title: 'Inclusive classrooms study',
      startDate: '2025-02-01',
      participants: [
        { role: 'LEAD', actor: { id: 'kosovo-education-lab' } },
        { role: 'PARTICIPANT', actor: { id: 'mesti' } },
        { role: 'FUNDER', actor: { id: 'save-the-children-kosovo' } },
      ],
      areas: [{ id: 'prishtine' }, { id: 'peje' }],
    });
    const again = await api().graphql(IMPORT, { format: 'CSV', files });
    expect(again.data.importNetwork).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 6,
      revision: before + 1,
    });
  });

  it('dry run: counts and warnings, nothing written', async () => {
    const content = sheet(
      'Org,Sector,Municipality,Activity',
      '#org,#sector,#adm2,#activity',
      'UNICEF,Basket weaving,Pejë,GraphQL dry-run activity',
    );
    const before = await api().store.revision();
    const res = await api().graphql(IMPORT, { format: 'HXL', content, dryRun: true });
    expect(res.errors).toBeUndefined();
    expect(res.data.importNetwork).toMatchObject({
      dryRun: true,
      files: ['upload.csv'],
      created: 1,
      revision: before,
      warnings: [
        {
          file: 'upload.csv',
          row: 3,
          line: null,
          record: null,
          column: '#sector',
          message: 'no theme named "Basket weaving"; the partnership is imported without it',
        },
      ],
    });
    expect(await api().store.revision()).toBe(before);
  });

  it('an import with problems is BAD_USER_INPUT listing each at file:row:column, and changes nothing', async () => {
    const content = sheet(
      'Org,Municipality,Start,End',
      '#org,#adm2,#date+start,#date+end',
      'UNICEF,Pejë,2025-05-01,2025-01-01',
      'UNICEF,Atlantis,2025-01-01,',
    );
    const before = await api().store.revision();
    const res = await api().graphql(IMPORT, { format: 'HXL', content });
    expect(res.data).toBeNull();
    expect(res.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.issues).toEqual([
      { path: 'upload.csv:row 3:#date+end', message: 'must not be before startDate 2025-05-01' },
      {
        path: 'upload.csv:row 4:#adm2',
        message: 'no municipality area has the id, name or acronym "Atlantis"',
      },
    ]);
    expect(await api().store.revision()).toBe(before);
  });

  it('takes either content or files, and at most 5,000,000 characters', async () => {
    const both = await api().graphql(IMPORT, {
      format: 'JSON',
      content: '{}',
      files: [{ name: 'a.json', content: '{}' }],
    });
    expect(both.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'content', message: 'give either content or files, not both or neither' }],
    });
    const big = await api().graphql(IMPORT, { format: 'JSON', content: ' '.repeat(5_000_001) });
    expect(big.errors![0]!.extensions.issues[0].message).toBe(
      '5000001 characters is more than the 5000000 importNetwork takes; use npm run import',
    );
  });
});
