// The import's peer in the same run: the least work any store that keeps the network in memory on one
// thread must do with the file, and nothing else. It parses the JSON, indexes every record by id and looks
// up every reference (with the domain's own walk over a record's links), but validates no field, plans no
// write and serialises or saves nothing. Our import cannot beat it on this machine; the gap between the
// two is what validation, the write plan and the durable journal cost.
import { ENTITY_KINDS, forEachLink, type EntityKind, type EntityOf } from '../src/domain';

/** Partnerships per second of the floor on `text` (our JSON format) over one round. */
export function importFloor(text: string): number {
  const started = performance.now();
  const network = JSON.parse(text) as { [K in EntityKind]: EntityOf[K][] };
  const byId = {} as Record<EntityKind, Map<string, unknown>>;
  for (const kind of ENTITY_KINDS) byId[kind] = new Map(network[kind].map((r) => [r.id, r]));
  let missing = 0;
  const visit = (target: EntityKind, id: string) => {
    if (!byId[target].has(id)) missing++;
  };
  for (const kind of ENTITY_KINDS) for (const record of network[kind]) forEachLink(kind, record, visit);
  const seconds = (performance.now() - started) / 1000;
  if (missing > 0) throw new Error(`import floor: ${missing} references do not resolve`);
  return network.partnerships.length / seconds;
}
