import { lines, useSeededStore } from './helpers';

const csv = (name: string, ...rows: string[]) => ({ name, content: `${rows.join('\n')}\n` });

describe('CSV import: organisation identifiers and partnership totals', () => {
  const { store, run, problems } = useSeededStore();

  it('reads identifiers and totals; an id-less row is the actor with its identifier, whatever its name', async () => {
    await run('csv', [
      csv(
        'actors.csv',
        'id,name,sector,kind,identifiers',
        'ci-fund,Fund for Children,INTERNATIONAL,DONOR,IATI:XI-CI-1; GB-COH:0042',
      ),
      csv(
        'partnerships.csv',
        'id,title,kind,currency,total_commitment,total_disbursement',
        'ci-grant,Grant,FUNDING,eur,"12,500.50",4000',
      ),
      csv('participants.csv', 'partnership,actor,role', 'ci-grant,ci-fund,FUNDER'),
    ]);
    const [fund] = await store().getMany('actors', ['ci-fund']);
    expect(fund!.identifiers).toEqual([
      { scheme: 'IATI', id: 'XI-CI-1' },
      { scheme: 'GB-COH', id: '0042' },
    ]);
    const [grant] = await store().getMany('partnerships', ['ci-grant']);
    expect(grant).toMatchObject({ currency: 'EUR', totalCommitment: 12500.5, totalDisbursement: 4000 });

    // A row without id naming the fund otherwise, by its identifier (case of the id ignored): the same actor.
    const report = await run('csv', [
      csv('actors.csv', 'name,sector,kind,identifiers', 'The Children Fund,INTERNATIONAL,DONOR,IATI:xi-ci-1'),
    ]);
    expect(report.counts.actors).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect((await store().getMany('actors', ['ci-fund']))[0]!.name).toBe('The Children Fund');
  });

  it('names the row and column of a malformed identifier or amount, and writes nothing', async () => {
    const before = await store().revision();
    const issues = await problems('csv', [
      csv('actors.csv', 'id,name,sector,kind,identifiers', 'ci-bad,Bad,CIVIL_SOCIETY,NGO,iati:XI-1;IATI:ok'),
      csv('partnerships.csv', 'id,title,kind,total_commitment', 'ci-p,P,FUNDING,lots'),
      csv('participants.csv', 'partnership,actor,role', 'ci-p,ci-bad,LEAD'),
    ]);
    expect(lines(issues)).toEqual([
      'actors.csv:row 2:identifiers: "iati:XI-1" is not an identifier: write SCHEME:id, e.g. IATI:GB-CHC-1089464 (scheme in capitals)',
      'partnerships.csv:row 2:total_commitment: must be a number, not "lots"',
    ]);
    expect(await store().revision()).toBe(before);
  });
});
