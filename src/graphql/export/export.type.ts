import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EXPORT_FORMATS, type ExportFormat as ExportFormatValue } from '../../io/export';

/** The GraphQL enum of export formats: the io/export names in capitals. */
export const ExportFormat = Object.fromEntries(EXPORT_FORMATS.map((f) => [f.toUpperCase(), f])) as {
  [K in ExportFormatValue as Uppercase<K>]: K;
};
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description:
    "GRAPHML and GEXF (1.3, styled for Gephi) for networkx and Gephi; JSON in graphology's format (sigma.js); " +
    'CSV as nodes and edges tables; CYPHER, a script that recreates the network in Neo4j.',
});

@ObjectType({
  description:
    'A network export small enough for a GraphQL answer. Larger ones are refused: download them from ' +
    '`GET /export/network.<format>`, which streams.',
})
export class NetworkExport {
  @Field(() => ExportFormat)
  format!: ExportFormatValue;

  @Field({ description: 'What a download of it would be called, e.g. `network-2023-12-31.gexf`.' })
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Int, { description: 'The store revision the export was written at.' })
  revision!: number;

  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int)
  edgeCount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The file; null for CSV, which is `nodes` and `edges`.',
  })
  content!: string | null;

  @Field(() => String, { nullable: true, description: 'CSV only: nodes.csv.' })
  nodes!: string | null;

  @Field(() => String, { nullable: true, description: 'CSV only: edges.csv.' })
  edges!: string | null;
}
