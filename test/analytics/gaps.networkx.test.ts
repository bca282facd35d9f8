import { brokerage } from '../../src/analytics/brokerage';
import { coverageGaps, type CoverageOptions } from '../../src/analytics/coverage';
import { networkGaps } from '../../src/analytics/network-gaps';
import { actorNetwork, degreeOf } from '../../src/analytics/projection';
import { reach } from '../../src/analytics/reach';
import { recommendations } from '../../src/analytics/recommendations';
import type { AreaLevel } from '../../src/domain';
import { cellKey, gapOracle, type GapOracle, type OracleQuestions } from './helpers/gap-oracle';
import { randomNetwork } from './helpers/random-network';

const COVERAGE: { areaLevel: AreaLevel; byTargetGroup: boolean; includeParentAreas: boolean }[] = [
  { areaLevel: 'MUNICIPALITY', byTargetGroup: false, includeParentAreas: false },
  { areaLevel: 'MUNICIPALITY', byTargetGroup: true, includeParentAreas: true },
  { areaLevel: 'REGION', byTargetGroup: true, includeParentAreas: false },
];
const VOICE_HOPS = [0, 1, 2, 4];

describe.each([1, 2, 3])(
  'gap analytics agree with networkx and python on a generated network (seed %i)',
  (seed) => {
    // Many small partnerships, so that paths are long enough for voice gaps and reach rings to differ.
    const network = actorNetwork(randomNetwork({ actors: 240, seed, partnershipsPerActor: 1.2 }));
    const connected = network.actors.flatMap((_, i) => (degreeOf(network, i) > 0 ? [i] : []));
    const origins = [0, 7, 19, 41, 77].map((k) => connected[(k * seed) % connected.length]!);
    const questions: OracleQuestions = {
      reach: origins.flatMap((o) => [[o, 1] as [number, number], [o, 3]]),
      recommendations: origins,
      voiceHops: VOICE_HOPS,
      coverage: COVERAGE,
    };
    let oracle: GapOracle;
    beforeAll(async () => {
      oracle = await gapOracle(network, questions);
    });

    it('reach: the actors of nx.single_source_shortest_path_length and the sums of their partnerships', () => {
      questions.reach.forEach(([origin, hops], q) => {
        const expected = oracle.reach[q]!;
        const r = reach(network, network.actors[origin]!.id, hops);
        expect(Object.fromEntries(r.actors.map((x) => [x.actor.id, x.hops]))).toEqual(expected.hops);
        expect(r.partnerships).toBe(expected.partnerships);
        expect(r.areas.map((a) => a.id).sort()).toEqual(expected.areas);
        expect(r.themes.map((t) => t.id).sort()).toEqual(expected.themes);
        expect(
          Object.fromEntries(r.targetGroups.map(({ targetGroupId, ...sums }) => [targetGroupId, sums])),
        ).toEqual(expected.groups);
      });
      expect(oracle.reach.some((r) => Object.values(r.hops).includes(3))).toBe(true);
    });

    it('recommendations: nx.adamic_adar_index scores, common neighbours, highest first then by id', () => {
      origins.forEach((origin, q) => {
        const expected = oracle.recommendations[q]!;
        const found = recommendations(network, network.actors[origin]!.id, { top: network.actors.length });
        expect(found.map((r) => r.actor.id).sort()).toEqual(Object.keys(expected.scores).sort());
        for (const r of found) {
          expect(r.score).toBeCloseTo(expected.scores[r.actor.id]!, 9);
          expect(r.commonPartners.map((a) => a.id)).toEqual(expected.common[r.actor.id]);
        }
        for (let i = 1; i < found.length; i++) {
          const [before, after] = [found[i - 1]!, found[i]!];
          const equal = Math.abs(before.score - after.score) < 1e-9;
          expect(equal ? before.actor.id < after.actor.id : before.score > after.score).toBe(true);
        }
      });
      expect(oracle.recommendations.some((r) => Object.keys(r.scores).length > 1)).toBe(true);
    });

    it('brokerage: a plain count over the untied pairs of each nx.Graph neighbourhood', () => {
      const rows = brokerage(network);
      expect(rows).toHaveLength(network.actors.length);
      for (const { actor, total, ...roles } of rows) {
        expect(roles).toEqual(oracle.brokerage[actor.id]);
        expect(total).toBe(roles.coordinator + roles.itinerant + roles.representative + roles.liaison);
      }
      const totals = rows.map((r) => r.total);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      expect(rows.some((r) => r.liaison > 0 && r.coordinator + r.itinerant > 0)).toBe(true);
    });

    it('network gaps: mixing, E-I, helix T, voice gap (nx multi-source) and single funders', () => {
      const report = networkGaps(network);
      expect(report.mixing.filter((m) => m.ties > 0).map((m) => [m.a, m.b, m.ties])).toEqual(
        expect.arrayContaining(oracle.mixing),
      );
      expect(report.mixing.filter((m) => m.ties > 0)).toHaveLength(oracle.mixing.length);
      expect(report.eiIndex).toBeCloseTo(oracle.ei!, 12);
      for (const { actor, value } of report.actorEiIndex) {
        const expected = oracle.actorEi[actor.id];
        if (expected === null) expect(value).toBeUndefined();
        else expect(value).toBeCloseTo(expected!, 12);
      }
      expect(report.tripleHelixT).toBeCloseTo(oracle.triple!, 10);
      expect(report.quadrupleHelixT).toBeCloseTo(oracle.quadruple!, 10);
      for (const voiceHops of VOICE_HOPS)
        expect(networkGaps(network, { voiceHops }).voiceGap.map((a) => a.id)).toEqual(
          oracle.voiceGap[String(voiceHops)],
        );
      expect(report.funderDependencies.map((d) => [d.actor.id, d.funderId, d.partnerships])).toEqual(
        oracle.singleFunder,
      );
      expect(oracle.singleFunder.length).toBeGreaterThan(0);
      expect(new Set(Object.values(oracle.voiceGap).map((v) => v.length)).size).toBeGreaterThan(1);
    });

    it('coverage gaps: cell by cell, as a python loop over the raw partnerships counts them', () => {
      COVERAGE.forEach((options: CoverageOptions, q) => {
        const expected = oracle.coverage[q]!;
        const report = coverageGaps(network, { ...options, minActors: 3 });
        const counts = Object.values(expected.cells);
        expect(report.cells).toBe(counts.length);
        expect(report.coverage).toBeCloseTo(counts.filter((c) => c > 0).length / counts.length, 12);
        const listed = [...report.uncovered, ...report.thin];
        for (const cell of listed) {
          expect(cell.actors).toBe(
            expected.cells[cellKey(cell.area.id, cell.theme.id, cell.targetGroup?.id)],
          );
          const priority = expected.priority[cell.area.id];
          if (priority === null) expect(cell.priority).toBeUndefined();
          else expect(cell.priority).toBeCloseTo(priority!, 9);
          const { childPopulation, population } = cell.area;
          expect(cell.priorityBasis).toBe(
            childPopulation !== undefined
              ? 'CHILD_POPULATION'
              : population !== undefined
                ? 'POPULATION'
                : undefined,
          );
        }
        expect(report.uncovered).toHaveLength(counts.filter((c) => c === 0).length);
        expect(report.thin).toHaveLength(counts.filter((c) => c === 1 || c === 2).length);
        const priorities = report.uncovered.map((c) => c.priority ?? -1);
        expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
      });
    });
  },
);
