import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Caller } from '../../helpers/access';
import { useTestApi } from '../../helpers/api';

/** Field-level protection of Actor.contact, per role, on the real server. */
describe('Actor.contact', () => {
  const api = useTestApi();
  const CHILDREN = { id: 'contact-test-assembly', sector: 'CHILDREN_AND_YOUTH', kind: 'CHILDRENS_ASSEMBLY' };
  const CSO = { id: 'contact-test-ngo', sector: 'CIVIL_SOCIETY', kind: 'NGO' };
  const contactOf = (id: string) => `Coordinator of ${id}, +383 44 123 456, zz-secret-${id}@example.org`;

  beforeAll(async () => {
    for (const actor of [CHILDREN, CSO]) {
      const body = await api().graphql(
        'mutation($input: ActorInput!) { createActor(input: $input) { id: slug contact } }',
        { input: { ...actor, name: `Contact test ${actor.id}`, contact: contactOf(actor.id) } },
        { as: 'editor' },
      );
      expect(body.data.createActor).toEqual({ id: actor.id, contact: contactOf(actor.id) });
    }
  });

  const VISIBLE: Record<Caller, { children: boolean; other: boolean }> = {
    anonymous: { children: false, other: false },
    reader: { children: false, other: true },
    editor: { children: true, other: true },
    admin: { children: true, other: true },
  };

  it.each(Object.entries(VISIBLE) as [Caller, { children: boolean; other: boolean }][])(
    'as %s, sees contacts of (children and youth, other sectors): %p',
    async (caller, visible) => {
      const body = await api().graphql(
        `{ children: actor(id: "${CHILDREN.id}") { contact } other: actor(id: "${CSO.id}") { contact }
           actors(filter: { ids: ["${CHILDREN.id}", "${CSO.id}"] }) { edges { node { id: slug contact } } } }`,
        undefined,
        { as: caller },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.children.contact).toBe(visible.children ? contactOf(CHILDREN.id) : null);
      expect(body.data.other.contact).toBe(visible.other ? contactOf(CSO.id) : null);
      const listed = Object.fromEntries(body.data.actors.edges.map((e: any) => [e.node.id, e.node.contact]));
      expect(listed).toEqual({
        [CHILDREN.id]: body.data.children.contact,
        [CSO.id]: body.data.other.contact,
      });
    },
  );

  it('is never searched: neither search nor the text filter find an actor by its contact', async () => {
    const body = await api().graphql(
      `{ search(query: "zz-secret-${CSO.id}") { id: slug } actors(filter: { text: "zz-secret" }) { totalCount } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ search: [], actors: { totalCount: 0 } });
  });

  it('is redacted in the audit log: the file never holds a contact value', async () => {
    const audit = await readFile(join(api().access.config.DATA_DIR, 'audit.jsonl'), 'utf8');
    expect(audit).toContain(CHILDREN.id);
    expect(audit).not.toContain('zz-secret');
    expect(audit).toContain('"field":"contact","after":"[redacted]"');
  });
});
