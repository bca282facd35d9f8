import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { PriorityBasis as PriorityBasisValue } from '../../analytics/coverage';
import { Area } from '../area/area.type';
import { PriorityBasis } from '../common/enums';
import { TargetGroup } from '../target-group/target-group.type';
import { Theme } from '../theme/theme.type';

@ObjectType({ description: 'One cell of a coverage report: an area × a theme [× a target group].' })
export class CoverageCell {
  @Field(() => Area)
  area!: Area;

  @Field(() => Theme)
  theme!: Theme;

  @Field(() => TargetGroup, { nullable: true, description: 'Null unless the report is by target group.' })
  targetGroup?: TargetGroup;

  @Field(() => Int, {
    name: 'actorCount',
    description: 'Distinct actors of the network in the partnerships covering the cell.',
  })
  actors!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "The area's childPopulation (where known, else its population: see priorityBasis) × (1 − the area's " +
      'coverage); null where neither is known.',
  })
  priority?: number;

  @Field(() => PriorityBasis, {
    nullable: true,
    description: 'What `priority` counts; null with no priority.',
  })
  priorityBasis?: PriorityBasisValue;
}

@ObjectType({ description: 'The share of an area’s cells that are covered.' })
export class AreaCoverage {
  @Field(() => Area)
  area!: Area;

  @Field(() => Float)
  coverage!: number;
}

@ObjectType({ description: 'The share of a theme’s cells that are covered.' })
export class ThemeCoverage {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => Float)
  coverage!: number;
}

@ObjectType({
  description:
    'Coverage gaps: which area × theme [× target group] cells no partnership covers (uncovered) or too few ' +
    'actors cover (thin). Both lists are ordered by priority (highest first, unknown last), then area, theme ' +
    'and group name; byArea and byTheme by name.',
})
export class CoverageReport {
  @Field(() => Int, { name: 'cellCount', description: 'How many cells.' })
  cells!: number;

  @Field(() => Float, { description: 'Covered cells / cells (0 when there are no cells).' })
  coverage!: number;

  @Field(() => [CoverageCell], { description: 'Cells with no actor.' })
  uncovered!: CoverageCell[];

  @Field(() => [CoverageCell], { description: 'Cells with 1 to minActors − 1 actors.' })
  thin!: CoverageCell[];

  @Field(() => [AreaCoverage])
  byArea!: AreaCoverage[];

  @Field(() => [ThemeCoverage])
  byTheme!: ThemeCoverage[];
}

@ObjectType({
  description:
    'Area × theme counts of distinct actors, ready for a heat map: counts[row][column] is the number of ' +
    'actors of the network in the partnerships covering rows[row] × columns[column] (as in coverageGaps).',
})
export class CoverageMatrix {
  @Field(() => [Area], {
    description: 'Every area of the level (within filter.areaIds when given), by name.',
  })
  rows!: Area[];

  @Field(() => [Theme], { description: 'Every theme (filter.themeIds when given), by name.' })
  columns!: Theme[];

  @Field(() => [[Int]], { name: 'actorCounts', description: 'One row per area, one count per theme.' })
  counts!: number[][];

  @Field(() => Int, { name: 'maxActorCount', description: 'The highest count (0 when nothing is covered).' })
  max!: number;
}
