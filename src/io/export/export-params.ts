import { z } from 'zod';
import { CENTRALITY_METRICS, type CentralityMetric } from '../../analytics/centrality';
import {
  enumOf,
  EvidenceSchema,
  IdSchema,
  IsoDateSchema,
  NetworkFilterSchema,
  PartnershipKindSchema,
  SectorSchema,
  ValidationError,
  withDefaultEvidence,
  type NetworkFilter,
} from '../../domain';
import { MAX_HOPS } from '../../store/neighbourhood';
import { exportSearchParams } from './export-query';

/** Parameters as they arrive: an HTTP query string or CLI flags, each given once, repeated, or as a comma list. */
export type RawParams = Record<string, string | string[] | undefined>;

/** What an export is asked for, in the terms of the domain. */
export interface ExportRequest {
  filter: NetworkFilter;
  ego?: { actorId: string; hops: number };
  metrics: CentralityMetric[];
  /** With ForceAtlas2 positions (the `network` field's layout), so Gephi or sigma.js open it placed. */
  layout?: boolean;
}

/** `a,b` and `?x=a&x=b` alike: trimmed values, empty ones dropped. */
const splitList = (value: unknown) =>
  value === undefined
    ? undefined
    : [value]
        .flat()
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter((v) => v !== '');

const listOf = <T extends z.ZodType>(item: T) => z.preprocess(splitList, z.array(item).optional());

/** One value: a parameter given twice is a mistake, not a list. */
const single = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (Array.isArray(value) && value.length === 1 ? value[0] : value),
    z
      .union([
        schema,
        z.array(z.unknown()).transform((_, ctx) => {
          ctx.addIssue({ code: 'custom', message: 'must be given once' });
          return z.NEVER;
        }),
      ])
      .optional(),
  );

const Hops = z
  .string()
  .regex(/^\d+$/, { error: `must be a whole number from 0 to ${MAX_HOPS}` })
  .transform(Number)
  .refine((n) => n <= MAX_HOPS, { error: `must be a whole number from 0 to ${MAX_HOPS}` });

/**
 * The filters of an export, shared by the HTTP download's query parameters and the CLI's flags: the
 * NetworkFilter fields (lists as repeats or comma lists), `ego` and `hops` (default 1) for an ego network,
 * `metrics`, and `layout` (true: with positions). Unknown parameters are refused, so a misspelt filter never exports the whole network.
 */
export const ExportParamsSchema = z
  .strictObject({
    asOf: single(IsoDateSchema),
    from: single(IsoDateSchema),
    to: single(IsoDateSchema),
    sectors: listOf(SectorSchema),
    partnershipKinds: listOf(PartnershipKindSchema),
    themeIds: listOf(IdSchema),
    areaIds: listOf(IdSchema),
    excludeActorIds: listOf(IdSchema),
    excludePartnershipIds: listOf(IdSchema),
    evidence: listOf(EvidenceSchema),
    ego: single(IdSchema),
    hops: single(Hops),
    metrics: listOf(enumOf(CENTRALITY_METRICS)),
    layout: single(z.enum(['true', 'false'], { error: 'must be true or false' })),
  })
  .superRefine((params, ctx) => {
    for (const [given, missing] of [
      ['from', 'to'],
      ['to', 'from'],
    ] as const)
      if (params[given] !== undefined && params[missing] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [missing],
          message: `needs to be given with ${given}: the period is from–to`,
        });
    if (params.hops !== undefined && params.ego === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['hops'],
        message: 'needs ego, the actor whose network to export',
      });
  });

/**
 * Parses export parameters (ExportParamsSchema) into an ExportRequest whose filter is the domain's
 * NetworkFilter, so GraphQL, HTTP and the CLI ask for the same network the same way.
 * @throws ValidationError naming each bad parameter (e.g. `sectors[1]`, `asOf`, `hops`).
 */
export function parseExportParams(raw: RawParams): ExportRequest {
  const parsed = ExportParamsSchema.safeParse(raw);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error, [], 'export parameters');
  const { ego, hops, metrics, layout, from, to, ...filter } = parsed.data;
  const period = from !== undefined && to !== undefined ? { from, to } : undefined;
  const network = NetworkFilterSchema.safeParse(
    Object.fromEntries(Object.entries({ ...filter, period }).filter(([, v]) => v !== undefined)),
  );
  if (!network.success) throw ValidationError.fromZod(network.error, [], 'export parameters');
  return {
    filter: withDefaultEvidence(network.data),
    ...(ego === undefined ? {} : { ego: { actorId: ego, hops: hops ?? 1 } }),
    metrics: [...new Set(metrics ?? [])],
    ...(layout === 'true' ? { layout: true } : {}),
  };
}

/** The HTTP download of `request` in `format`: `/export/network.gexf?asOf=…&sectors=A,B…` (see parseExportParams). */
export function exportPath(format: string, request: ExportRequest): string {
  const query = exportSearchParams(request).toString();
  return `/export/network.${format}${query ? `?${query}` : ''}`;
}
