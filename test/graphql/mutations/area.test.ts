import { issuePaths, rejected, succeeded, useTestApi, entityMutations } from './helpers';

const AREA = `id: slug name altName level population childPopulation source parent { id: slug } children { id: slug }`;
const { CREATE, UPDATE, DELETE } = entityMutations('Area', AREA);
const READ = `query ($id: ID!) { area(id: $id) { ${AREA} } }`;

const village = {
  id: 'peje-rural',
  name: 'Pejë rural zone',
  altName: 'Peć rural',
  level: 'MUNICIPALITY',
  parentId: 'district-peja',
  population: 40000,
  childPopulation: 12000,
  source: 'test',
};

describe('area mutations', () => {
  const api = useTestApi();

  it('createArea stores the area under its parent', async () => {
    const { parentId, ...fields } = village;
    const expected = { ...fields, parent: { id: parentId }, children: [] };
    expect((await succeeded(api, CREATE, { input: village })).createArea).toEqual(expected);
    expect((await succeeded(api, READ, { id: village.id })).area).toEqual(expected);
    const district = (await succeeded(api, READ, { id: 'district-peja' })).area;
    expect(district.children.map((c: any) => c.id)).toContain(village.id);
  });

  it('updateArea changes the counts; a child population above the population names patch.childPopulation', async () => {
    const data = await succeeded(api, UPDATE, {
      id: village.id,
      patch: { population: 41000, altName: null },
    });
    expect(data.updateArea).toMatchObject({ population: 41000, childPopulation: 12000, altName: null });
    expect((await succeeded(api, READ, { id: village.id })).area).toEqual(data.updateArea);
    const error = await rejected(api, UPDATE, { id: village.id, patch: { childPopulation: 50000 } });
    expect(error.issues).toEqual([{ path: 'patch.childPopulation', message: 'must not exceed population' }]);
  });

  it('the hierarchy rules are checked: a country has no parent, a parent is of a coarser level', async () => {
    const country = await rejected(api, CREATE, {
      input: { id: 'elsewhere', name: 'Elsewhere', level: 'COUNTRY', parentId: 'kosovo' },
    });
    expect(country.issues).toEqual([{ path: 'input.parentId', message: 'a COUNTRY has no parent area' }]);
    const finer = await rejected(api, CREATE, {
      input: { id: 'sub-zone', name: 'Sub-zone', level: 'REGION', parentId: 'peje' },
    });
    expect(finer.issues).toEqual([
      { path: 'input.parentId', message: 'a REGION cannot be inside "peje", a MUNICIPALITY' },
    ]);
    // Making a district a municipality would leave its municipalities inside an area of their own level.
    const stranding = await rejected(api, UPDATE, { id: 'district-peja', patch: { level: 'MUNICIPALITY' } });
    expect(issuePaths(stranding)).toEqual(['patch.level']);
    const selfParent = await rejected(api, UPDATE, { id: village.id, patch: { parentId: village.id } });
    expect(issuePaths(selfParent)).toContain('patch.parentId');
  });

  it('createArea of an existing id is CONFLICT; update and delete of an unknown one NOT_FOUND', async () => {
    expect((await rejected(api, CREATE, { input: { ...village, id: 'peje' } })).code).toBe('CONFLICT');
    const update = await rejected(api, UPDATE, { id: 'atlantis', patch: { name: 'Atlantis' } });
    expect(update).toMatchObject({ code: 'NOT_FOUND', message: 'area "atlantis" does not exist' });
    expect((await rejected(api, DELETE, { id: 'atlantis' })).code).toBe('NOT_FOUND');
  });

  it('deleteArea detaches the actors based there and the partnerships working there', async () => {
    // Prizren: the home of some actors and one of the places of a municipal team on the rights of the child.
    const [actorsBefore, partnershipsBefore] = await Promise.all([
      api.store.referrers('areas', ['prizren'], 'actors'),
      api.store.referrers('areas', ['prizren'], 'partnerships'),
    ]);
    const { deleteArea } = await succeeded(api, DELETE, { id: 'prizren' });
    expect(deleteArea.deleted).toBe(1);
    expect(deleteArea.changed.areas).toEqual(['prizren']);
    expect(deleteArea.changed.actors.sort()).toEqual([...actorsBefore[0]!].sort());
    expect(deleteArea.changed.partnerships.sort()).toEqual([...partnershipsBefore[0]!].sort());
    expect(deleteArea.updated).toBe(actorsBefore[0]!.length + partnershipsBefore[0]!.length);
    expect(partnershipsBefore[0]!.length).toBeGreaterThan(0);
    expect((await succeeded(api, READ, { id: 'prizren' })).area).toBeNull();
    const partnerships = await api.store.getMany('partnerships', partnershipsBefore[0]!);
    for (const p of partnerships) expect(p!.areaIds).not.toContain('prizren');
  });
});
