import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ValidationError } from '../../domain';
import {
  importNetwork,
  type ImportFile,
  type ImportFormat as Format,
  type ImportReport as Report,
} from '../../io/import';
import type { Role } from '../../app/access/roles';
import type { GraphQLContext } from '../context';
import { NetworkWriter } from '../../app/write/network-writer';
import { ImportFileInput, ImportFormat, ImportReport } from './import.type';

/** The most text one importNetwork call takes (all files together); larger imports go through the CLI. */
export const MAX_IMPORT_CHARS = 5_000_000;

@Resolver()
export class ImportResolver {
  // admin: an import writes a whole file's records at once (access control, issue 9).
  @Authorized<Role>('admin')
  @Mutation(() => ImportReport, {
    description:
      'Imports a small upload (at most 5,000,000 characters; use `npm run import` for more), all or nothing: ' +
      'give `content` for one file or `files` for several (CSV). Written through the same path as upsertNetwork.',
  })
  importNetwork(
    @Arg('format', () => ImportFormat) format: Format,
    @Ctx() context: GraphQLContext,
    @Arg('content', () => String, { nullable: true }) content?: string | null,
    @Arg('files', () => [ImportFileInput], { nullable: true }) files?: ImportFileInput[] | null,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun = false,
    @Arg('mergeActors', () => Boolean, {
      defaultValue: false,
      description:
        'Merge stored actors the files show to be one organisation (see ImportReport.merges); without it a ' +
        'merge is only proposed.',
    })
    mergeActors = false,
  ): Promise<Report> {
    return importNetwork(format, uploadedFiles(format, content, files), context.store, {
      dryRun,
      mergeActors,
      write: (network, deletion) => new NetworkWriter(context).upsertNetwork(network, deletion),
    });
  }
}

/** The files of the call: exactly one of `content` (named after the format) and `files`, within the size cap. */
function uploadedFiles(
  format: Format,
  content?: string | null,
  files?: ImportFileInput[] | null,
): ImportFile[] {
  if ((content == null) === (files == null))
    throw new ValidationError([
      { path: 'content', message: 'give either content or files, not both or neither' },
    ]);
  const list = files ?? [
    { name: `upload.${format === 'iati' ? 'xml' : format === 'json' ? 'json' : 'csv'}`, content: content! },
  ];
  const size = list.reduce((n, f) => n + f.content.length, 0);
  if (size > MAX_IMPORT_CHARS)
    throw new ValidationError([
      {
        path: files ? 'files' : 'content',
        message: `${size} characters is more than the ${MAX_IMPORT_CHARS} importNetwork takes; use npm run import`,
      },
    ]);
  return list.map((f) => ({ name: f.name, content: f.content }));
}
