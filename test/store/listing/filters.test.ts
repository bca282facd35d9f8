import type { Actor, Partnership } from '../../../src/domain';
import { actorMatches, networkSelection, partnershipMatches } from '../../../src/store/listing/filters';

const actor: Actor = { id: 'up', name: 'UP', sector: 'ACADEMIA', kind: 'UNIVERSITY', tags: [] };
const p: Partnership = {
  id: 'p',
  title: 'P',
  kind: 'RESEARCH_AND_DATA',
  startDate: '2022-06-01',
  participants: [{ actorId: 'up', role: 'LEAD' }],
  areaIds: ['peje'],
  themeIds: ['child-protection'],
  targetGroups: [],
};

/** The analytics filter selects through the listing matchers: nodes by sector, ties by the other fields. */
describe('networkSelection', () => {
  const actorPasses = (filter: Parameters<typeof networkSelection>[0]) =>
    actorMatches(actor, networkSelection(filter).actors);
  const partnershipPasses = (filter: Parameters<typeof networkSelection>[0], scope?: Set<string>) =>
    partnershipMatches(p, networkSelection(filter).partnerships, scope);

  it('selects actors by sector only', () => {
    expect(actorPasses({})).toBe(true);
    expect(actorPasses({ sectors: ['ACADEMIA', 'GOVERNMENT'] })).toBe(true);
    expect(actorPasses({ sectors: ['GOVERNMENT'] })).toBe(false);
    expect(actorPasses({ asOf: '1900-01-01', partnershipKinds: ['FUNDING'] })).toBe(true);
  });

  it('selects partnerships by date, kind and theme, not by sector', () => {
    expect(partnershipPasses({})).toBe(true);
    expect(partnershipPasses({ asOf: '2022-06-01' })).toBe(true);
    expect(partnershipPasses({ asOf: '2022-05-31' })).toBe(false);
    expect(partnershipPasses({ partnershipKinds: ['FUNDING'] })).toBe(false);
    expect(partnershipPasses({ partnershipKinds: ['FUNDING', 'RESEARCH_AND_DATA'] })).toBe(true);
    expect(partnershipPasses({ themeIds: ['other', 'child-protection'] })).toBe(true);
    expect(partnershipPasses({ themeIds: ['other'] })).toBe(false);
    expect(partnershipPasses({ sectors: ['GOVERNMENT'] })).toBe(true);
  });

  it('selects partnerships inside the expanded area scope', () => {
    expect(partnershipPasses({ areaIds: ['peje'] }, new Set(['peje']))).toBe(true);
    expect(partnershipPasses({ areaIds: ['region-peje'] }, new Set(['region-peje', 'peje']))).toBe(true);
    expect(partnershipPasses({ areaIds: ['region-gjakove'] }, new Set(['region-gjakove', 'decan']))).toBe(
      false,
    );
  });
});
