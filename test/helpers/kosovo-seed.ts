import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Kosovo seed as plain JSON, and expectations computed from it with plain code: what the API must
 * answer, worked out without our store or listing code, so a test cannot agree with a bug by construction.
 */
export interface SeedActor {
  id: string;
  name: string;
  acronym?: string;
  sector: string;
  homeAreaId?: string;
  provenance?: { evidence: string };
}
export interface SeedPartnership {
  id: string;
  title: string;
  kind: string;
  startDate?: string;
  endDate?: string;
  participants: { actorId: string; role: string; provenance?: { evidence: string } }[];
  areaIds: string[];
  provenance?: { evidence: string };
  areaProvenance?: { areaId: string; provenance: { evidence: string } }[];
  themeIds: string[];
  targetGroups: { targetGroupId: string; targeted?: number; reached?: number }[];
}
export interface SeedArea {
  id: string;
  name: string;
  alternativeNames?: string[];
  level: string;
  parentId?: string;
}
export interface SeedTerm {
  id: string;
  name: string;
}

export const seed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'kosovo.json'), 'utf8')) as {
  actors: SeedActor[];
  partnerships: SeedPartnership[];
  areas: SeedArea[];
  themes: SeedTerm[];
  targetGroups: SeedTerm[];
};

/** Lower case without accents: how names sort and match ("Pejë" → "peje"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A comparator from a sort key (compared part by part). */
export const byKeys =
  <T>(key: (row: T) => string[]) =>
  (a: T, b: T): number => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  };
export const byTitle = byKeys((p: SeedPartnership) => [fold(p.title), p.id]);
export const byName = byKeys((r: { id: string; name: string }) => [fold(r.name), r.id]);

export const ids = (rows: readonly { id: string }[]): string[] => rows.map((r) => r.id);
export const titleOrder = (rows: SeedPartnership[]): string[] => ids([...rows].sort(byTitle));
export const nameOrder = (rows: { id: string; name: string }[]): string[] => ids([...rows].sort(byName));

export function isActive(p: SeedPartnership, date: string): boolean {
  return (!p.startDate || p.startDate <= date) && (!p.endDate || p.endDate >= date);
}

/** The area and every area below it. */
export function within(areaId: string): Set<string> {
  const scope = new Set([areaId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const a of seed.areas)
      if (a.parentId && scope.has(a.parentId) && !scope.has(a.id)) grew = scope.add(a.id).size > 0;
  }
  return scope;
}

export type Evidence = 'DOCUMENTED' | 'INFERRED' | 'ILLUSTRATIVE';
type Prov = { evidence: string } | undefined;
export const ALL_EVIDENCE: Evidence[] = ['DOCUMENTED', 'INFERRED', 'ILLUSTRATIVE'];
export const DEFAULT_EVIDENCE: Evidence[] = ['DOCUMENTED', 'INFERRED'];

/** A part's evidence: its own, else its record's, else DOCUMENTED. */
export const evidenceOf = (own: Prov, record?: { provenance?: Prov }): Evidence =>
  (own?.evidence ?? record?.provenance?.evidence ?? 'DOCUMENTED') as Evidence;

/**
 * The seed as listings show it with this evidence filter: the actors and partnerships of `evidence`, each
 * partnership with only its participations and area links of `evidence`.
 */
export function seenAs(evidence: readonly Evidence[]) {
  const admitted = (own: Prov, record?: { provenance?: Prov }) => evidence.includes(evidenceOf(own, record));
  return {
    actors: seed.actors.filter((a) => admitted(a.provenance)),
    partnerships: seed.partnerships
      .filter((p) => admitted(p.provenance))
      .map((p) => ({
        ...p,
        participants: p.participants.filter((x) => admitted(x.provenance, p)),
        areaIds: p.areaIds.filter((id) =>
          admitted(p.areaProvenance?.find((a) => a.areaId === id)?.provenance, p),
        ),
      })),
  };
}

/** The seed as listings, and the fields reaching records from others, show it by default. */
export const listed = seenAs(DEFAULT_EVIDENCE);

export const actor = (id: string): SeedActor => seed.actors.find((a) => a.id === id)!;
export const partnershipsOf = (actorId: string, among = listed.partnerships): SeedPartnership[] =>
  among.filter((p) => p.participants.some((x) => x.actorId === actorId));
export const partnershipsWithin = (areaId: string, among = listed.partnerships): SeedPartnership[] => {
  const scope = within(areaId);
  return among.filter((p) => p.areaIds.some((id) => scope.has(id)));
};
export const participantIds = (ps: SeedPartnership[]): Set<string> =>
  new Set(ps.flatMap((p) => p.participants.map((x) => x.actorId)));

/**
 * Partners of an actor, as shown by default: other listed participants of its listed partnerships (active on
 * asOf), most shared first, then by name.
 */
export function partners(
  actorId: string,
  asOf?: string,
): { id: string; count: number; partnerships: string[] }[] {
  const shared = new Map<string, SeedPartnership[]>();
  const shown = new Set(ids(listed.actors));
  for (const p of partnershipsOf(actorId).filter((p) => !asOf || isActive(p, asOf)))
    for (const other of participantIds([p]))
      if (other !== actorId && shown.has(other)) shared.set(other, [...(shared.get(other) ?? []), p]);
  return [...shared.entries()]
    .map(([id, ps]) => ({ id, count: ps.length, partnerships: titleOrder(ps), name: actor(id).name }))
    .sort((a, b) => b.count - a.count || byName(a, b))
    .map(({ id, count, partnerships }) => ({ id, count, partnerships }));
}
