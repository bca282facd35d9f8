import { queryData, useTestApi } from '../../helpers/api';
import {
  ALL_EVIDENCE,
  DEFAULT_EVIDENCE,
  ids,
  partnershipsWithin,
  seed,
  seenAs,
  within,
  type Evidence,
} from '../../helpers/kosovo-seed';

/**
 * The fields that reach further records from one (an actor's partnerships and partners, an area's
 * partnerships and actors, search) follow the same evidence filter as the listings: on the Kosovo seed,
 * each answer is compared with what plain code reads from seeds/kosovo.json.
 */

const FILTERS: [string, Evidence[] | null, Evidence[]][] = [
  ['default', null, DEFAULT_EVIDENCE],
  ['DOCUMENTED', ['DOCUMENTED'], ['DOCUMENTED']],
  ['all three', ALL_EVIDENCE, ALL_EVIDENCE],
];

const actorAdmitted = (evidence: readonly Evidence[]) => new Set(ids(seenAs(evidence).actors));
const actorIdsOf = (p: { participants: { actorId: string }[] }) => p.participants.map((x) => x.actorId);

/** Each actor's partnerships and partners under `evidence`, from the seed file alone. */
function expectedByActor(evidence: readonly Evidence[]) {
  const admitted = actorAdmitted(evidence);
  const partnerships = new Map<string, Set<string>>();
  const partners = new Map<string, Set<string>>();
  for (const p of seenAs(evidence).partnerships)
    for (const id of actorIdsOf(p)) {
      partnerships.set(id, (partnerships.get(id) ?? new Set()).add(p.id));
      for (const other of actorIdsOf(p))
        if (other !== id && admitted.has(other)) partners.set(id, (partners.get(id) ?? new Set()).add(other));
    }
  const sorted = (m: Map<string, Set<string>>, id: string) => [...(m.get(id) ?? [])].sort();
  return Object.fromEntries(
    seed.actors.map((a) => [
      a.id,
      { partnerships: sorted(partnerships, a.id), partners: sorted(partners, a.id) },
    ]),
  );
}

const ACTOR = `query($id: ID!, $evidence: [Evidence!]) {
  actor(id: $id) {
    id: slug
    partnerships(first: 100, evidence: $evidence) { totalCount edges { node { id: slug participants { actor { id: slug } } } } }
    partners(evidence: $evidence) { actor { id: slug } }
  }
}`;

interface ActorRow {
  id: string;
  partnerships: {
    totalCount: number;
    edges: { node: { id: string; participants: { actor: { id: string } }[] } }[];
  };
  partners: { actor: { id: string } }[];
}

describe('navigation fields follow the evidence filter (Kosovo seed)', () => {
  const started = useTestApi();

  it.each(FILTERS)('Actor.partnerships and Actor.partners, %s', async (_name, evidence, admitted) => {
    const api = started();
    const want = expectedByActor(admitted);
    // One actor a request: the whole seed in one would be over the query cost limit.
    const rows = await Promise.all(
      seed.actors.map(async (a) => (await queryData(api, ACTOR, { id: a.id, evidence })).actor as ActorRow),
    );
    const seen = new Map(seenAs(admitted).partnerships.map((p) => [p.id, p]));
    for (const row of rows) {
      const ids = row.partnerships.edges.map((e) => e.node.id).sort();
      expect([row.id, ids]).toEqual([row.id, want[row.id]!.partnerships]);
      expect(row.partnerships.totalCount).toBe(ids.length);
      // Each partnership shows only the participants its evidence admits, as the root listing does.
      for (const { node } of row.partnerships.edges)
        expect(node.participants.map((x) => x.actor.id)).toEqual(actorIdsOf(seen.get(node.id)!));
      const partners = row.partners.map((p) => p.actor.id).sort();
      expect([row.id, partners]).toEqual([row.id, want[row.id]!.partners]);
    }
  });

  it('the default hides ties that rest on illustrative records only, and asking for them shows them', async () => {
    const narrow = expectedByActor(DEFAULT_EVIDENCE);
    const wide = expectedByActor(ALL_EVIDENCE);
    const differing = seed.actors.filter((a) => narrow[a.id]!.partners.length < wide[a.id]!.partners.length);
    // Without such actors the comparison above could not tell a filter from none.
    expect(differing.length).toBeGreaterThan(0);
  });

  it.each(FILTERS)(
    'Area.partnerships, Area.actors and Area.basedActors, %s',
    async (_name, evidence, admitted) => {
      const got = await queryData(
        started(),
        `query($evidence: [Evidence!]) { areas {
        id: slug
        partnerships(first: 500, evidence: $evidence) { edges { node { id: slug } } }
        actors(first: 500, evidence: $evidence) { edges { node { id: slug } } }
        basedActors(evidence: $evidence) { id: slug }
      } }`,
        { evidence },
      );
      const actors = actorAdmitted(admitted);
      for (const area of got.areas as {
        id: string;
        partnerships: { edges: { node: { id: string } }[] };
        actors: { edges: { node: { id: string } }[] };
        basedActors: { id: string }[];
      }[]) {
        const inArea = partnershipsWithin(area.id, seenAs(admitted).partnerships);
        const working = new Set(inArea.flatMap(actorIdsOf).filter((id) => actors.has(id)));
        const scope = within(area.id);
        const based = seed.actors.filter((a) => a.homeAreaId && scope.has(a.homeAreaId) && actors.has(a.id));
        expect([area.id, area.partnerships.edges.map((e) => e.node.id).sort()]).toEqual([
          area.id,
          inArea.map((p) => p.id).sort(),
        ]);
        expect([area.id, area.actors.edges.map((e) => e.node.id).sort()]).toEqual([
          area.id,
          [...working].sort(),
        ]);
        expect([area.id, area.basedActors.map((a) => a.id).sort()]).toEqual([
          area.id,
          based.map((a) => a.id).sort(),
        ]);
      }
    },
  );

  it('search finds illustrative actors only when asked', async () => {
    const api = started();
    const illustrative = seed.actors.filter((a) => a.provenance?.evidence === 'ILLUSTRATIVE');
    expect(illustrative.length).toBeGreaterThan(0);
    const SEARCH = `query($q: String!, $evidence: [Evidence!]) { search(query: $q, first: 500, evidence: $evidence) { id: slug } }`;
    for (const actor of illustrative) {
      const hidden = await queryData(api, SEARCH, { q: actor.name });
      expect(hidden.search.map((h: { id: string }) => h.id)).not.toContain(actor.id);
      const shown = await queryData(api, SEARCH, { q: actor.name, evidence: ALL_EVIDENCE });
      expect(shown.search.map((h: { id: string }) => h.id)).toContain(actor.id);
    }
  });
});
