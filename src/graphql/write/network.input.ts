import { NetworkInputSchema } from '../../domain';
import { ActorInput } from '../actor/actor.input';
import { AreaInput } from '../area/area.input';
import { PartnershipInput } from '../partnership/partnership.input';
import { TargetGroupInput } from '../target-group/target-group.input';
import { ThemeInput } from '../theme/theme.input';
import { mirrorInputType } from './input-types';

export const NetworkInput = mirrorInputType(
  'NetworkInput',
  NetworkInputSchema,
  {
    actors: () => [ActorInput],
    partnerships: () => [PartnershipInput],
    areas: () => [AreaInput],
    themes: () => [ThemeInput],
    targetGroups: () => [TargetGroupInput],
  },
  { description: 'Records to create or replace by id, all at once: the JSON import format.' },
);
