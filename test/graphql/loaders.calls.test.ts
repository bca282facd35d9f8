import type { NetworkStore } from '../../src/store/network-store';
import { useTestApi } from '../helpers/api';

/**
 * The real embedded store behind a Proxy that counts every method call and passes it on: not a mock, every
 * answer comes from the store. It proves the DataLoader guarantee of docs/design.md §5: store round trips grow
 * with a query's depth, not with its number of rows.
 */
function counting(store: NetworkStore, record: (method: string) => void): NetworkStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        // The query limits read the store's sizes (to price scans) at most once a second, whatever the query.
        if (prop !== 'sizes') record(String(prop));
        return value.apply(target, args);
      };
    },
  });
}

/** Seven levels of fields below the actors: each level may cost a batch, never a call per row. */
const NESTED = `query($first: Int) {
  actors(first: $first) { edges { node {
    id: slug
    homeArea { name parent { name } }
    partnerships(first: 500) { edges { node {
      title
      areas { name }
      themes { name }
      targetGroups { group { name } }
      participants { role actor {
        name
        homeArea { name }
        partners { count: partnershipCount actor { name } partnerships { id: slug } }
      } }
    } } }
  } } }
}`;

describe('store calls of a nested query', () => {
  let calls: string[] = [];
  // The queries here are deliberately as wide as the data (every area, hundreds of actors): the cost
  // limit that would refuse them in production is raised so that the batching itself is what is measured.
  const api = useTestApi({
    wrap: (store) => counting(store, (call) => calls.push(call)),
    limits: { MAX_QUERY_COST: Number.MAX_SAFE_INTEGER },
  });

  async function callsFor(first: number): Promise<{ calls: string[]; rows: number }> {
    calls = [];
    const body = await api().graphql(NESTED, { first });
    expect(body.errors).toBeUndefined();
    const actors = body.data.actors.edges;
    expect(actors).toHaveLength(first);
    const rows = actors.flatMap((a: any) =>
      a.node.partnerships.edges.flatMap((p: any) => p.node.participants),
    ).length;
    return { calls, rows };
  }

  it('makes a bounded number of store calls, whatever the number of actors', async () => {
    const small = await callsFor(10);
    const large = await callsFor(50);
    // Printed for the record (the lead reports these numbers).
    console.log(
      `store calls: 10 actors → ${small.calls.length} (${small.calls.join(', ')}); ` +
        `50 actors → ${large.calls.length} (${large.calls.join(', ')}); participant rows ${small.rows} → ${large.rows}`,
    );
    expect(large.rows).toBeGreaterThan(small.rows * 2);
    const depth = 7;
    expect(large.calls.length).toBeLessThanOrEqual(2 * depth);
    // Rows more than double while calls stay put: at most one more, where a level's loads that hit the
    // DataLoader cache resolve a tick before the rest and leave its batch in two (the seed's 50 first
    // actors share more home areas and partnerships than its 10 first).
    expect(large.calls.length).toBeLessThanOrEqual(small.calls.length + 1);
    expect(large.calls.filter((c) => c === 'listActors')).toEqual(['listActors']);
  });

  it('batches nested connections of areas, themes and groups the same way', async () => {
    calls = [];
    const body = await api().graphql(
      `{
      areas { children { name } basedActors { name } partnerships(first: 500) { edges { node { id: slug } } } actors { totalCount } }
      themes { partnerships { edges { node { participants { actor { themes { name } targetGroups { name } areas { name } } } } } } }
      targetGroups { partnerships { totalCount } }
    }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.areas.length).toBeGreaterThan(40);
    console.log(`store calls over every area, theme and group: ${calls.length} (${calls.join(', ')})`);
    expect(calls.length).toBeLessThanOrEqual(16);
  });

  it("reads a hub's partners, their partnerships and their participants in one store call", async () => {
    calls = [];
    const body = await api().graphql(`{ actor(id: "mlga") {
      partners { partnershipCount actor { name sector } partnerships { title participants { role actor { name } } } }
      partnerships(first: 500) { totalCount }
    } }`);
    expect(body.errors).toBeUndefined();
    // mlga takes part in more partnerships of the seed than any other actor: the hub of the test.
    expect(body.data.actor.partnerships.totalCount).toBeGreaterThan(20);
    expect(body.data.actor.partners.length).toBeGreaterThan(20);
    // The actor itself, then its partners with everything below them, already read with them.
    expect(calls).toEqual(['getMany', 'partnersOf']);
  });
});
