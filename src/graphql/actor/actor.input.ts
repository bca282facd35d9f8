import { ID } from 'type-graphql';
import { ActorSchema } from '../../domain';
import { ActorKind, Sector } from '../common/enums';
import { ProvenanceInput } from '../provenance/provenance.type';
import { SOURCE_FIELD, entityInputTypes } from '../write/input-types';
import { OrganisationIdentifierInput } from './organisation-identifier.type';

export const { Input: ActorInput, Patch: ActorPatch } = entityInputTypes(
  'Actor',
  ActorSchema,
  {
    name: () => String,
    acronym: () => String,
    sector: () => Sector,
    kind: () => ActorKind,
    description: () => String,
    website: { type: () => String, description: 'An http(s) URL.' },
    homeAreaId: { type: () => ID, description: 'The area where the actor is based.' },
    contact: {
      type: () => String,
      description: 'How to reach the actor (person, email, phone): personal data, shown by role.',
    },
    tags: () => [String],
    identifiers: {
      type: () => [OrganisationIdentifierInput],
      description:
        'Identifiers of the organisation in registries, e.g. {scheme: "IATI", id: "GB-CHC-1089464"}.',
    },
    source: SOURCE_FIELD,
    provenance: { type: () => ProvenanceInput, description: 'Omitted: DOCUMENTED by source.' },
  },
  'An organisation, body or group, as in the JSON import format.',
);
