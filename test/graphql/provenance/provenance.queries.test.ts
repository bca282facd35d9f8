import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryData as data, useTestApi } from '../../helpers/api';
import { evidenceOf, seed, seenAs, type Evidence } from '../../helpers/kosovo-seed';

/**
 * Issue 26's must-shows on the seed: the evidence filter of `network`, `centrality` and `coverageGaps`
 * (default documented and inferred), checked against counts worked out from seeds/kosovo.json with plain
 * code; and provenance on every partnership's link to an area.
 */

/** The network of the evidence filter, from the seed file alone: nodes, tie keys, covered municipality × theme cells. */
function expected(evidence: readonly Evidence[]) {
  const nodes = new Set(
    seed.actors.filter((a) => evidence.includes(evidenceOf(a.provenance))).map((a) => a.id),
  );
  const ties = new Set<string>();
  const covered = new Set<string>();
  const municipalities = new Set(seed.areas.filter((a) => a.level === 'MUNICIPALITY').map((a) => a.id));
  for (const p of seenAs(evidence).partnerships) {
    const members = [...new Set(p.participants.map((x) => x.actorId).filter((id) => nodes.has(id)))].sort();
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) ties.add(`${members[i]}|${members[j]}`);
    for (const areaId of p.areaIds)
      if (municipalities.has(areaId) && members.length > 0)
        for (const themeId of p.themeIds) covered.add(`${areaId}|${themeId}`);
  }
  return { nodes, ties, covered, cells: municipalities.size * seed.themes.length };
}

const NETWORK = `query($filter: NetworkFilter) {
  network(filter: $filter) { nodes { id: actorId actor { provenance { evidence } } } edges { source target evidence } }
  centrality(metric: DEGREE, filter: $filter) { actor { id: slug } }
  coverageGaps(filter: $filter) { cells: cellCount coverage }
}`;

const FILTERS: { name: string; evidence?: Evidence[]; admitted: Evidence[] }[] = [
  { name: 'default', admitted: ['DOCUMENTED', 'INFERRED'] },
  { name: 'DOCUMENTED', evidence: ['DOCUMENTED'], admitted: ['DOCUMENTED'] },
  {
    name: 'all three',
    evidence: ['DOCUMENTED', 'INFERRED', 'ILLUSTRATIVE'],
    admitted: ['DOCUMENTED', 'INFERRED', 'ILLUSTRATIVE'],
  },
];

describe('the evidence filter on the Kosovo seed', () => {
  const started = useTestApi();

  it('gives network, centrality and coverageGaps the records of its evidence only, as README counts them', async () => {
    const api = started();
    // Prettier pads table cells: compare with runs of spaces as one.
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8').replace(/ +/g, ' ');
    const counts: number[][] = [];
    for (const { name, evidence, admitted } of FILTERS) {
      const want = expected(admitted);
      const got = await data(api, NETWORK, { filter: evidence ? { evidence } : null });
      const nodeIds = got.network.nodes.map((n: { id: string }) => n.id).sort();
      expect([name, nodeIds]).toEqual([name, [...want.nodes].sort()]);
      expect(
        got.network.nodes.every((n: { actor: { provenance: { evidence: Evidence } } }) =>
          admitted.includes(n.actor.provenance.evidence),
        ),
      ).toBe(true);
      const tieKeys = got.network.edges.map(
        (e: { source: string; target: string }) => `${e.source}|${e.target}`,
      );
      expect([name, tieKeys.sort()]).toEqual([name, [...want.ties].sort()]);
      const tieEvidence = new Set(got.network.edges.map((e: { evidence: Evidence }) => e.evidence));
      expect([...tieEvidence].every((e) => admitted.includes(e as Evidence))).toBe(true);
      expect(got.centrality.map((s: { actor: { id: string } }) => s.actor.id).sort()).toEqual(nodeIds);
      expect(got.coverageGaps.cells).toBe(want.cells);
      expect(got.coverageGaps.coverage).toBeCloseTo(want.covered.size / want.cells, 12);
      counts.push([want.nodes.size, want.ties.size, want.covered.size]);
      expect(readme).toContain(
        `| ${name === 'default' ? 'default (`DOCUMENTED`, `INFERRED`)' : name === 'DOCUMENTED' ? '`[DOCUMENTED]`' : 'all three'} | ${want.nodes.size} | ${want.ties.size} | ${want.covered.size} of ${want.cells} |`,
      );
    }
    // Each narrower filter drops something, so the test cannot pass on a filter that does nothing.
    expect(counts[0]![0]).toBeLessThan(counts[2]![0]!);
    expect(counts[1]![1]).toBeLessThan(counts[0]![1]!);
  });

  it('shows, for each partnership in Prizren, whether its link to Prizren is documented or inferred', async () => {
    const api = started();
    const got = await data(
      api,
      `{ partnerships(filter: {areaIds: ["prizren"]}, first: 500) {
          edges { node { id: slug provenance { evidence } areaLinks { area { id: slug } provenance { evidence source quote reason } } } } } }`,
    );
    const rows = got.partnerships.edges.map((e: { node: unknown }) => e.node) as {
      id: string;
      areaLinks: {
        area: { id: string };
        provenance: { evidence: Evidence; quote: string; reason: string | null };
      }[];
    }[];
    const want = seed.partnerships.filter(
      (p) =>
        p.provenance?.evidence !== 'ILLUSTRATIVE' &&
        p.areaIds.includes('prizren') &&
        evidenceOf(p.areaProvenance?.find((a) => a.areaId === 'prizren')?.provenance, p) !== 'ILLUSTRATIVE',
    );
    expect(rows.map((r) => r.id).sort()).toEqual(want.map((p) => p.id).sort());
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const link = row.areaLinks.find((l) => l.area.id === 'prizren')!;
      expect(['DOCUMENTED', 'INFERRED']).toContain(link.provenance.evidence);
      expect(link.provenance.quote).toBeTruthy();
      if (link.provenance.evidence === 'INFERRED') expect(link.provenance.reason).toBeTruthy();
    }
  });
});
