import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SECTORS, ValidationError } from '../../src/domain';
import { loadSeed, readNetworkFile, seedPath } from '../../src/io/seed';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { tempDir } from '../helpers/temp-dir';

describe('the Kosovo seed network', () => {
  it('validates through the domain schemas and holds what the source documents name', async () => {
    const network = await readNetworkFile(seedPath('kosovo'));
    expect(network.actors.length).toBeGreaterThanOrEqual(60);
    expect(new Set(network.actors.map((a) => a.sector))).toEqual(new Set(SECTORS));
    const ids = new Set(network.actors.map((a) => a.id));
    for (const id of [
      'unicef-kosovo',
      'save-the-children-kosovo',
      'sida',
      'syri-i-vizionit',
      'kdf',
      'handikos',
      'nevo-koncepti',
      'putevima-sunca',
      'domovik',
      'eco-z',
      'kgsc',
      'raiffeisen-bank-kosovo',
      'kosovo-csr-network',
      'ministry-of-health',
      'family-health-centres',
      'office-for-good-governance',
      'office-of-the-president',
      'parliamentary-commission-on-human-rights',
      'ombudsperson',
      'mesti',
      'mespi',
      'mlga',
      'kosovo-agency-of-statistics',
      'inter-ministerial-committee-on-the-rights-of-the-child',
      'respect-our-rights',
    ])
      expect(ids).toContain(id);
    const kinds = (kind: string) => network.actors.filter((a) => a.kind === kind).length;
    expect(kinds('CHILD_LED_GROUP')).toBe(4);
    expect(kinds('CHILDRENS_ASSEMBLY')).toBe(7);
    const teams = network.partnerships.filter((p) =>
      p.id.startsWith('municipal-team-on-the-rights-of-the-child-'),
    );
    expect(teams).toHaveLength(38);
    expect(teams.every((p) => p.kind === 'COORDINATION')).toBe(true);
    for (const id of [
      'home-visiting-programme',
      'mentorship-scheme-for-youth-led-social-impact-projects',
      'sida-funded-cso-strengthening-programme',
      'young-voices-survey-2021',
      'localization-and-partnerships-strategies-co-design-workshop',
    ])
      expect(network.partnerships.map((p) => p.id)).toContain(id);
  });

  it('has all 38 municipalities of the reference file, in 7 districts of one country', async () => {
    const network = await readNetworkFile(seedPath('kosovo'));
    const csv = (await readFile(join(__dirname, '..', '..', 'seeds', 'kosovo-municipalities.csv'), 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const municipalities = network.areas.filter((a) => a.level === 'MUNICIPALITY');
    expect(municipalities.map((a) => [a.id, a.name, a.altName]).sort()).toEqual(
      csv.map(([id, name, alt]) => [id, name, alt]).sort(),
    );
    expect(network.areas.filter((a) => a.level === 'REGION')).toHaveLength(7);
    expect(network.areas.filter((a) => a.level === 'COUNTRY').map((a) => a.id)).toEqual(['kosovo']);
  });

  it('says where every record comes from', async () => {
    const network = await readNetworkFile(seedPath('kosovo'));
    const sources = new Set(['illustrative', 'kosovo-municipalities.csv']);
    const documents = new Set([
      '000_5aa1e1a39b798b26.txt',
      '001_d5730333d808c406.txt',
      '002_8db686961ecf0633.txt',
      '003_423519e43b4890a3.txt',
      '004_0440940c1b2bc153.txt',
    ]);
    const records = [
      ...network.actors,
      ...network.partnerships,
      ...network.areas,
      ...network.themes,
      ...network.targetGroups,
    ];
    for (const record of records)
      expect(sources.has(record.source!) || documents.has(record.source!)).toBe(true);
    for (const actor of network.actors.filter((a) => a.source === 'illustrative'))
      expect(actor.tags).toContain('illustrative');
  });

  it('loads in one write, and loading it again changes nothing', async () => {
    const dir = await tempDir();
    const store = await EmbeddedStore.open({ dataDir: dir.path });
    try {
      const first = await loadSeed(store, 'kosovo');
      expect(first).toMatchObject({ revision: 1, created: 202, updated: 0, unchanged: 0 });
      const again = await loadSeed(store, 'kosovo');
      expect(again).toMatchObject({ revision: 1, created: 0, updated: 0, unchanged: 202 });
    } finally {
      await store.close();
      await dir.remove();
    }
  });
});

describe('readNetworkFile', () => {
  async function problemsIn(content: string): Promise<ValidationError> {
    const dir = await tempDir();
    try {
      const file = join(dir.path, 'network.json');
      await writeFile(file, content);
      return await readNetworkFile(file).then(
        () => {
          throw new Error('expected a ValidationError');
        },
        (e: unknown) => e as ValidationError,
      );
    } finally {
      await dir.remove();
    }
  }

  it('names the file and every bad field', async () => {
    const error = await problemsIn(
      JSON.stringify({
        actors: [
          { id: 'ok', name: 'OK', sector: 'GOVERNMENT', kind: 'MINISTRY', tags: [] },
          { id: 'Not A Slug', name: 'X', sector: 'GOVERNMENT', kind: 'MINISTRY', tags: [], colour: 'red' },
        ],
        partnerships: [
          {
            id: 'p',
            title: 'P',
            kind: 'FUNDING',
            startDate: '2024-05-01',
            endDate: '2024-01-01',
            participants: [],
          },
        ],
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('network.json');
    expect(error.issues.map((i) => i.path).sort()).toEqual([
      'actors[1].colour',
      'actors[1].id',
      'partnerships[0].endDate',
      'partnerships[0].participants',
    ]);
  });

  it('reports a file that is not JSON', async () => {
    const error = await problemsIn('{ "actors": [');
    expect(error.issues[0]!.message).toMatch(/cannot read JSON/);
  });
});
