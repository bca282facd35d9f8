import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AreaLevel as AreaLevelValue } from '../../domain';
import { AreaLevel } from '../common/enums';
import type { GraphQLContext } from '../context';
import { Area } from './area.type';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, { nullable: true })
  area(@Arg('id', () => ID) id: string, @Ctx() { loaders }: GraphQLContext): Promise<Area | null> {
    return loaders.areas.load(id);
  }

  @Query(() => [Area], {
    description: 'Areas, country first, then by name; optionally of one level or inside one parent.',
  })
  areas(
    @Arg('level', () => AreaLevel, { nullable: true }) level: AreaLevelValue | undefined,
    @Arg('parentId', () => ID, { nullable: true }) parentId: string | undefined,
    @Ctx() { store }: GraphQLContext,
  ): Promise<Area[]> {
    return store.listAreas({ ...(level ? { level } : {}), ...(parentId ? { parentId } : {}) });
  }

  @FieldResolver(() => Area, { nullable: true })
  parent(@Root() area: Area, @Ctx() { loaders }: GraphQLContext): Promise<Area | null> | null {
    return area.parentId ? loaders.areas.load(area.parentId) : null;
  }

  @FieldResolver(() => [Area])
  children(@Root() area: Area, @Ctx() { store }: GraphQLContext): Promise<Area[]> {
    return store.listAreas({ parentId: area.id });
  }
}
