import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorNetwork } from '../../src/analytics/projection';
import { actorSubgraph } from '../../src/analytics/views/actor-subgraph';
import {
  EVIDENCE,
  partProvenance,
  provenanceOf,
  type Evidence,
  type NetworkInput,
  type Provenance,
} from '../../src/domain';
import { readNetworkFile, seedPath } from '../../src/io/seed';

/**
 * The quote check (issue 26): every DOCUMENTED or INFERRED fact of the seed — actor, partnership,
 * participation, area link, date — quotes its source file word for word, and says why when inferred.
 */

const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');
const SOURCE_FILES: Record<string, string> = {
  'kosovo-municipalities.csv': join(SEEDS_DIR, 'kosovo-municipalities.csv'),
  ...Object.fromEntries(
    [
      '000_5aa1e1a39b798b26.txt',
      '001_d5730333d808c406.txt',
      '002_8db686961ecf0633.txt',
      '003_423519e43b4890a3.txt',
      '004_0440940c1b2bc153.txt',
    ].map((name) => [name, join(SEEDS_DIR, 'sources', name)]),
  ),
};
const texts = new Map<string, string>();
const sourceText = (name: string) => {
  if (!texts.has(name)) texts.set(name, readFileSync(SOURCE_FILES[name]!, 'utf8'));
  return texts.get(name)!;
};

interface Fact {
  where: string;
  kind: 'actor' | 'partnership' | 'participation' | 'area link' | 'date';
  provenance: Provenance;
}

/** Every fact of the network with its provenance as the API shows it (parts fall back to their record's). */
function facts(network: NetworkInput): Fact[] {
  const out: Fact[] = [];
  for (const a of network.actors) out.push({ where: a.id, kind: 'actor', provenance: provenanceOf(a) });
  for (const p of network.partnerships) {
    out.push({ where: p.id, kind: 'partnership', provenance: provenanceOf(p) });
    for (const x of p.participants)
      out.push({
        where: `${p.id} ${x.actorId} as ${x.role}`,
        kind: 'participation',
        provenance: partProvenance(x.provenance, p),
      });
    const own = new Map((p.areaProvenance ?? []).map((a) => [a.areaId, a.provenance]));
    for (const id of p.areaIds)
      out.push({ where: `${p.id} in ${id}`, kind: 'area link', provenance: partProvenance(own.get(id), p) });
    if (p.startDate)
      out.push({
        where: `${p.id} start`,
        kind: 'date',
        provenance: partProvenance(p.startDateProvenance, p),
      });
    if (p.endDate)
      out.push({ where: `${p.id} end`, kind: 'date', provenance: partProvenance(p.endDateProvenance, p) });
  }
  return out;
}

/** What is wrong with a fact's provenance, or nothing. */
function problem({ provenance: p }: Fact): string | undefined {
  if (p.evidence === 'ILLUSTRATIVE') return p.reason ? undefined : 'ILLUSTRATIVE without a reason';
  if (!p.source || !(p.source in SOURCE_FILES)) return `source ${String(p.source)} is not a seed source file`;
  if (!p.quote) return `${p.evidence} without a quote`;
  if (!sourceText(p.source).includes(p.quote)) return `quote not in ${p.source}: "${p.quote}"`;
  if (p.evidence === 'INFERRED' && !p.reason) return 'INFERRED without a reason';
  return undefined;
}

describe('the provenance of the Kosovo seed network', () => {
  let network: NetworkInput;
  beforeAll(async () => {
    network = await readNetworkFile(seedPath('kosovo'));
  });

  it('quotes its source word for word for every documented or inferred fact', () => {
    const all = facts(network);
    expect(all.length).toBeGreaterThan(300);
    expect(all.flatMap((fact) => (problem(fact) ? [`${fact.where}: ${problem(fact)}`] : []))).toEqual([]);
  });

  it('catches a quote its source does not hold, a missing reason and a missing quote', () => {
    const fact = (provenance: Provenance): Fact => ({ where: 'x', kind: 'actor', provenance });
    const source = '002_8db686961ecf0633.txt';
    expect(problem(fact({ evidence: 'DOCUMENTED', source, quote: 'Syri i Vizionit (SiV)' }))).toBeUndefined();
    expect(problem(fact({ evidence: 'DOCUMENTED', source, quote: 'eight (8) local CSO partners' }))).toMatch(
      /quote not in/,
    );
    expect(problem(fact({ evidence: 'INFERRED', source, quote: 'Syri i Vizionit (SiV)' }))).toMatch(/reason/);
    expect(problem(fact({ evidence: 'DOCUMENTED', source }))).toMatch(/without a quote/);
    expect(problem(fact({ evidence: 'DOCUMENTED', source: 'illustrative', quote: 'x' }))).toMatch(
      /not a seed/,
    );
  });

  it('gives every dated partnership a start, each date its precision, and marks illustrative records', () => {
    for (const p of network.partnerships) {
      if (p.endDate) expect([p.id, p.startDate !== undefined]).toEqual([p.id, true]);
      if (p.startDate !== undefined && p.startDate.slice(5) !== '01-01' && p.startDatePrecision === 'YEAR')
        throw new Error(`${p.id}: a YEAR start is the first day of its year`);
    }
    const derived = network.partnerships.filter(
      (p) => p.startDatePrecision && p.startDatePrecision !== 'DAY',
    );
    expect(derived.map((p) => p.id).sort()).toEqual(
      network.partnerships
        .filter((p) => p.startDate)
        .map((p) => p.id)
        .sort(),
    );
    for (const a of network.actors)
      expect([a.id, a.tags.includes('illustrative')]).toEqual([
        a.id,
        a.provenance?.evidence === 'ILLUSTRATIVE',
      ]);
    for (const p of network.partnerships)
      expect([p.id, (p.tags ?? []).includes('illustrative')]).toEqual([
        p.id,
        p.provenance?.evidence === 'ILLUSTRATIVE',
      ]);
  });

  it('has the shares of documented, inferred and illustrative records and ties that README gives', () => {
    const share = (evidences: Evidence[]) => {
      const counts = EVIDENCE.map((e) => evidences.filter((x) => x === e).length);
      return `${evidences.length} (${counts.map((c, i) => `${c} ${EVIDENCE[i]!.toLowerCase()}`).join(', ')})`;
    };
    const all = facts(network);
    const of = (kind: Fact['kind']) =>
      share(all.filter((f) => f.kind === kind).map((f) => f.provenance.evidence));
    const records = { revision: 0, ...network };
    const ties = actorSubgraph(actorNetwork(records)).ties.map((t) => t.evidence);
    const sentence =
      `actors ${of('actor')}, partnerships ${of('partnership')}, participations ${of('participation')}, ` +
      `area links ${of('area link')}, dates ${of('date')}; ties of the whole network ${share(ties)}`;
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(sentence);
  });
});
