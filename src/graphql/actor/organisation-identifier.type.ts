import { Field, InputType, ObjectType } from 'type-graphql';
import { OrganisationIdentifierSchema } from '../../domain';
import { mirrorInputType } from '../write/input-types';

const SCHEME_DESCRIPTION =
  'The registry the id belongs to, upper case: IATI for IATI organisation identifiers (e.g. GB-CHC-1089464).';
const ID_DESCRIPTION = 'The id in that registry; compared with case ignored.';

@ObjectType({
  description: 'An identifier of an organisation in a registry (imports match actors by these).',
})
export class OrganisationIdentifier {
  @Field({ description: SCHEME_DESCRIPTION })
  scheme!: string;

  // `value`, not `id`: Relay clients take an `id` field for a record's global id (docs/development.md).
  @Field({ name: 'value', description: `${ID_DESCRIPTION} The \`id\` of OrganisationIdentifierInput.` })
  id!: string;
}

export const OrganisationIdentifierInput = mirrorInputType(
  'OrganisationIdentifierInput',
  OrganisationIdentifierSchema,
  {
    scheme: { type: () => String, description: SCHEME_DESCRIPTION },
    id: { type: () => String, description: ID_DESCRIPTION },
  },
  { description: 'An identifier of an organisation in a registry.' },
);

@InputType({ description: 'An organisation identifier to look actors up by (case of the id ignored).' })
export class OrganisationIdentifierFilter {
  @Field({ description: SCHEME_DESCRIPTION })
  scheme!: string;

  @Field({ description: ID_DESCRIPTION })
  id!: string;
}
