import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { partProvenance, provenanceOf, type Provenance as ProvenanceValue } from '../../domain';
import { Actor } from '../actor/actor.type';
import { Area } from '../area/area.type';
import type { GraphQLContext } from '../context';
import { loadRequired } from '../../app/loaders';
import { Participation } from '../partnership/participation.type';
import { Partnership } from '../partnership/partnership.type';
import { AreaLink, DatePrecision, Provenance } from './provenance.type';

/** Provenance of actors: an actor entered without one is DOCUMENTED by its `source`. */
@Resolver(() => Actor)
export class ActorProvenanceResolver {
  @FieldResolver(() => Provenance, {
    description: 'Where the actor is known from, and how: documented, inferred or illustrative.',
  })
  provenance(@Root() actor: Actor & { provenance?: ProvenanceValue }): ProvenanceValue {
    return provenanceOf(actor);
  }
}

/** Provenance of partnerships, their dates, participations and area links (each falls back to the partnership's). */
@Resolver(() => Partnership)
export class PartnershipProvenanceResolver {
  @FieldResolver(() => Provenance, {
    description: 'Where the partnership is known from, and how: documented, inferred or illustrative.',
  })
  provenance(@Root() p: Partnership): ProvenanceValue {
    return provenanceOf(p);
  }

  @FieldResolver(() => [String], { description: 'Free labels, e.g. "municipal-team" or "roma".' })
  tags(@Root() p: Partnership): string[] {
    return p.tags ?? [];
  }

  @FieldResolver(() => DatePrecision, {
    nullable: true,
    description: 'How exact startDate is (DAY when unsaid).',
  })
  startDatePrecision(@Root() p: Partnership): string | null {
    return p.startDate === undefined ? null : (p.startDatePrecision ?? 'DAY');
  }

  @FieldResolver(() => DatePrecision, {
    nullable: true,
    description: 'How exact endDate is (DAY when unsaid).',
  })
  endDatePrecision(@Root() p: Partnership): string | null {
    return p.endDate === undefined ? null : (p.endDatePrecision ?? 'DAY');
  }

  @FieldResolver(() => Provenance, {
    nullable: true,
    description: 'How startDate is known; null without one.',
  })
  startDateProvenance(@Root() p: Partnership): ProvenanceValue | null {
    return p.startDate === undefined ? null : partProvenance(p.startDateProvenance, p);
  }

  @FieldResolver(() => Provenance, { nullable: true, description: 'How endDate is known; null without one.' })
  endDateProvenance(@Root() p: Partnership): ProvenanceValue | null {
    return p.endDate === undefined ? null : partProvenance(p.endDateProvenance, p);
  }

  @FieldResolver(() => [Participation], { description: 'Who takes part, each with how that is known.' })
  participants(@Root() p: Partnership): Participation[] {
    return p.participants.map((x) => ({ ...x, provenance: partProvenance(x.provenance, p) }));
  }

  @FieldResolver(() => [AreaLink], {
    description: 'Where the partnership works, each place with how that is known.',
  })
  areaLinks(@Root() p: Partnership): AreaLink[] {
    const own = new Map((p.areaProvenance ?? []).map((a) => [a.areaId, a.provenance]));
    return p.areaIds.map((areaId) => ({ areaId, provenance: partProvenance(own.get(areaId), p) }));
  }
}

@Resolver(() => AreaLink)
export class AreaLinkResolver {
  @FieldResolver(() => Area)
  area(@Root() link: AreaLink, @Ctx() { loaders }: GraphQLContext): Promise<Area> {
    return loadRequired(loaders, 'areas', link.areaId);
  }
}
