import { Field, Int, ObjectType } from 'type-graphql';
import type { Sector as SectorValue } from '../../domain';
import { Sector } from '../common/enums';

@ObjectType({ description: 'How many actors of a sector.' })
export class SectorCount {
  @Field(() => Sector)
  sector!: SectorValue;

  @Field(() => Int, { name: 'actorCount' })
  count!: number;
}

/** Counts by sector, largest first, then in the order of the Sector enum; sectors with no actor left out. */
export function sectorCounts(actors: Iterable<{ sector: SectorValue }>): SectorCount[] {
  const counts = new Map<SectorValue, number>();
  for (const { sector } of actors) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  const order = Object.keys(Sector);
  return [...counts]
    .map(([sector, count]) => ({ sector, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.sector) - order.indexOf(b.sector));
}
