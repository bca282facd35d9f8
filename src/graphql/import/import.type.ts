import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IMPORT_FORMATS, type ImportFormat as Format } from '../../io/import';

export const ImportFormat = Object.fromEntries(IMPORT_FORMATS.map((f) => [f.toUpperCase(), f])) as {
  [K in Format as Uppercase<K>]: K;
};
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description:
    'JSON: our NetworkInput shape; CSV: actors.csv, partnerships.csv, participants.csv… (docs/import-export.md "Importing data"); ' +
    'IATI: activity XML 2.0x; HXL: a 3W sheet with a hashtag row.',
});

@InputType({
  description: 'One file of an import: its name (CSV files are told apart by name) and its text.',
})
export class ImportFileInput {
  @Field()
  name!: string;

  @Field()
  content!: string;
}

@ObjectType({ description: 'Two actors found to be one organisation by an import.' })
export class ActorMerge {
  @Field(() => ID, {
    name: 'fromActorId',
    description: 'The slug of the actor that goes: its partnerships, identifiers and tags pass to the other.',
  })
  from!: string;

  @Field(() => ID, { name: 'intoActorId', description: 'The slug of the actor kept.' })
  into!: string;

  @Field({ description: 'The identifier both have, as SCHEME:id (e.g. IATI:SE-0).' })
  identifier!: string;

  @Field({
    description:
      'True when this import writes the merge (a dry run: would write it); false when proposed only.',
  })
  applied!: boolean;
}

@ObjectType({ description: 'A warning about a row: imported, but with a caveat (an unmapped sector code…).' })
export class ImportProblem {
  @Field()
  file!: string;

  @Field(() => Int, { nullable: true, description: 'Spreadsheet row (the header is row 1).' })
  row?: number;

  @Field(() => Int, { nullable: true, description: 'XML: the line the record starts on.' })
  line?: number;

  @Field({ nullable: true, description: 'XML: the record, e.g. "activity 2 (XM-DAC-41122-KOS-01)".' })
  record?: string;

  @Field({ nullable: true, description: 'Column header, HXL hashtag, XML element or JSON path.' })
  column?: string;

  @Field()
  message!: string;
}

@ObjectType()
export class KindCounts {
  @Field(() => Int, { name: 'createdCount' })
  created!: number;

  @Field(() => Int, { name: 'updatedCount' })
  updated!: number;

  @Field(() => Int, { name: 'unchangedCount' })
  unchanged!: number;
}

@ObjectType()
export class ImportCounts {
  @Field(() => KindCounts)
  actors!: KindCounts;

  @Field(() => KindCounts)
  partnerships!: KindCounts;

  @Field(() => KindCounts)
  areas!: KindCounts;

  @Field(() => KindCounts)
  themes!: KindCounts;

  @Field(() => KindCounts)
  targetGroups!: KindCounts;
}

@ObjectType({
  description:
    'What an import did, or with dryRun would do. An import with errors is refused whole (BAD_USER_INPUT, ' +
    'each problem in extensions.issues at file:row N:column) and changes nothing.',
})
export class ImportReport {
  @Field(() => ImportFormat)
  format!: Format;

  @Field()
  dryRun!: boolean;

  @Field(() => [String])
  files!: string[];

  @Field(() => Int, { name: 'rowCount', description: 'Data rows, activities or records read.' })
  rows!: number;

  @Field(() => Int, { name: 'createdCount' })
  created!: number;

  @Field(() => Int, { name: 'updatedCount' })
  updated!: number;

  @Field(() => Int, { name: 'unchangedCount' })
  unchanged!: number;

  @Field(() => ImportCounts)
  counts!: ImportCounts;

  @Field(() => [ImportProblem])
  warnings!: ImportProblem[];

  @Field(() => [ActorMerge], {
    description:
      'Stored actors the files show to be one organisation (the same identifier): merged when the import was ' +
      'called with mergeActors, else only proposed (and a warning says so).',
  })
  merges!: ActorMerge[];

  @Field(() => Int, {
    description: 'The data revision after the import (unchanged by a dry run or a no-op).',
  })
  revision!: number;
}
