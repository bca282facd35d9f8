import type { TestApi } from '../../helpers/api';
import { changed, entityMutations, issuePaths, rejected, succeeded, useTestApi } from './helpers';

export interface VocabularySpec {
  /** GraphQL entity name: `Theme` gives createTheme, ThemeInput, ThemePatch. */
  name: 'Theme' | 'TargetGroup';
  /** The root list query and the WriteResult.changed key: `themes`. */
  list: 'themes' | 'targetGroups';
  /** A term of the seed that some partnerships use, and how to find it in a stored partnership. */
  used: string;
  usedBy: (p: { themeIds: string[]; targetGroups: { targetGroupId: string }[] }) => string[];
}

/**
 * Themes and target groups share their shape and their mutations' code, so they share this suite; each
 * runs it against its own mutations and the partnerships that use its terms.
 */
export function vocabularyMutationSuite(spec: VocabularySpec): void {
  const { name, list } = spec;
  const { CREATE, UPDATE, DELETE } = entityMutations(name, 'id: slug name description source');
  const term = {
    id: 'digital-inclusion',
    name: 'Digital inclusion',
    description: 'Access to devices.',
    source: 'test',
  };

  async function readBack(api: TestApi, id: string) {
    const data = await succeeded(api, `{ ${list} { id: slug name description source } }`);
    return data[list].find((t: { id: string }) => t.id === id) ?? null;
  }

  describe(`${name} mutations`, () => {
    const api = useTestApi();

    it(`create${name} and update${name} write what is read back`, async () => {
      expect((await succeeded(api, CREATE, { input: term }))[`create${name}`]).toEqual(term);
      expect(await readBack(api, term.id)).toEqual(term);
      const updated = { ...term, name: 'Digital inclusion and safety', description: null };
      const patch = { name: updated.name, description: null };
      expect((await succeeded(api, UPDATE, { id: term.id, patch }))[`update${name}`]).toEqual(updated);
      expect(await readBack(api, term.id)).toEqual(updated);
    });

    it('bad input, a taken id and unknown ids fail with their codes', async () => {
      const bad = await rejected(api, CREATE, { input: { id: 'Not A Slug', name: ' ' } });
      expect(bad.code).toBe('BAD_USER_INPUT');
      expect(issuePaths(bad)).toEqual(['input.id', 'input.name']);
      const cleared = await rejected(api, UPDATE, { id: term.id, patch: { name: null } });
      expect(issuePaths(cleared)).toEqual(['patch.name']);
      expect((await rejected(api, CREATE, { input: { ...term, id: spec.used } })).code).toBe('CONFLICT');
      expect((await rejected(api, UPDATE, { id: 'nothing', patch: { name: 'x' } })).code).toBe('NOT_FOUND');
      expect((await rejected(api, DELETE, { id: 'nothing' })).code).toBe('NOT_FOUND');
    });

    it(`delete${name} removes the term from every partnership that used it`, async () => {
      const [users] = await api.store.referrers(list, [spec.used], 'partnerships');
      expect(users!.length).toBeGreaterThan(0);
      const result = (await succeeded(api, DELETE, { id: spec.used }))[`delete${name}`];
      expect(result).toMatchObject({
        created: 0,
        updated: users!.length,
        deleted: 1,
        changed: changed({ [list]: [spec.used], partnerships: expect.arrayContaining(users!) }),
      });
      expect(await readBack(api, spec.used)).toBeNull();
      for (const p of await api.store.getMany('partnerships', users!))
        expect(spec.usedBy(p!)).not.toContain(spec.used);
    });
  });
}
