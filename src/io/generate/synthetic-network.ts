import { z } from 'zod';
import { randomInt, seededRandom } from '../../analytics/random';
import type { Actor, Area, NetworkInput, Participation, Partnership, TargetReach } from '../../domain';
import {
  KINDS_BY_SECTOR,
  NAME_WORDS,
  OTHER_ROLE_SHARES,
  PARTNERSHIP_KIND_SHARES,
  PARTNERSHIP_SIZE_SHARES,
  SECTOR_SHARES,
  TARGET_GROUPS,
  THEME_SHARES,
  areaTree,
  dateAfter,
  drawDistinct,
  drawWeighted,
  logUniform,
} from './vocabulary';

/** What `syntheticNetwork` takes; `npm run generate` validates its arguments with it. */
export const SyntheticNetworkOptionsSchema = z.strictObject({
  actors: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(2, { error: 'must be at least 2' })
    .max(1_000_000, { error: 'must be at most 1 000 000' }),
  seed: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be ≥ 0' })
    .max(2 ** 32 - 1, { error: 'must be below 2^32' })
    .default(1),
});
export type SyntheticNetworkOptions = z.input<typeof SyntheticNetworkOptionsSchema>;

/** Share of actors in no partnership: registered in a mapping, not yet partnering. */
const ISOLATE_SHARE = 0.05;
/** Share of further participants drawn by preferential attachment (the rest uniformly): the degree tail. */
const PREFERENTIAL_SHARE = 0.75;
const FIRST_YEAR = 2015;
const YEARS = 10;

/**
 * A seeded synthetic partner network of `actors` actors in our JSON import format (NetworkInput), for
 * benchmarks and tests at scale: the six sectors in the shares of SECTOR_SHARES; as many partnerships as
 * actors, of 1 to 25 participants (mostly 2–4); partnership counts per actor heavy-tailed, because actors
 * join one by one and every further participant is, with probability 3/4, an earlier participant drawn in
 * proportion to the partnerships it already has (preferential attachment); 5 % isolates. An area tree of a
 * country, regions and about one municipality per 40 actors (8 to 1 000) with populations; partnerships
 * started over ten years (2015–2024), mostly dated, placed in their lead's municipality; themes; target
 * groups with targeted and reached numbers. The same options give the same network, record for record.
 */
export function syntheticNetwork(options: SyntheticNetworkOptions): NetworkInput {
  const { actors: n, seed } = SyntheticNetworkOptionsSchema.parse(options);
  const random = seededRandom(seed);
  const areas = areaTree(random, Math.min(1_000, Math.max(8, Math.round(n / 40))));
  const municipalities = areas.filter((a) => a.level === 'MUNICIPALITY');
  const drawMunicipality = populationDraw(random, municipalities);

  // Arrival order is not id order: a permutation spreads the early, well-connected actors over the ids.
  const idOf = shuffled(random, n);
  const width = String(n - 1).length;
  const actors: Actor[] = [];
  for (let i = 0; i < n; i++) {
    const sector = drawWeighted(random, SECTOR_SHARES);
    const kind = drawWeighted(random, KINDS_BY_SECTOR[sector]);
    const national = sector === 'INTERNATIONAL' || kind === 'MINISTRY' || random() < 0.05;
    const home = national ? areas[0]! : drawMunicipality();
    const word = NAME_WORDS[sector][randomInt(random, NAME_WORDS[sector].length)]!;
    const number = String(idOf[i]).padStart(width, '0');
    actors.push({
      id: `actor-${number}`,
      name: `${word} ${national ? 'National' : home.name} ${number}`,
      sector,
      kind,
      homeAreaId: home.id,
      tags: [],
    });
  }

  const connected = n - Math.round(n * ISOLATE_SHARE);
  const count = n;
  // Every participation so far, once each: a uniform draw from it is a draw by partnership count.
  const urn: number[] = [];
  let arrived = 0;
  const partnerships: Partnership[] = [];
  const widthP = String(count - 1).length;
  for (let p = 0; p < count; p++) {
    const size = Math.min(drawWeighted(random, PARTNERSHIP_SIZE_SHARES), connected);
    const members = new Set<number>();
    // Newcomers at the rate that has every connected actor arrived by the last partnership.
    let newcomers = Math.floor(((p + 1) * connected) / count) - Math.floor((p * connected) / count);
    while (members.size < size && arrived < n && (newcomers-- > 0 || arrived < size)) members.add(arrived++);
    for (let tries = 0; members.size < size && tries < 10 * size; tries++)
      members.add(
        urn.length > 0 && random() < PREFERENTIAL_SHARE
          ? urn[randomInt(random, urn.length)]!
          : randomInt(random, arrived),
      );
    for (const m of members) urn.push(m);
    const id = `partnership-${String(p).padStart(widthP, '0')}`;
    partnerships.push(partnership(random, id, [...members], actors, areas, drawMunicipality));
  }

  return {
    areas,
    themes: THEME_SHARES.map(([theme]) => theme),
    targetGroups: [...TARGET_GROUPS],
    actors: [...actors].sort((a, b) => (a.id < b.id ? -1 : 1)),
    partnerships,
  };
}

function partnership(
  random: () => number,
  id: string,
  members: number[],
  actors: readonly Actor[],
  areas: readonly Area[],
  drawMunicipality: () => Area,
): Partnership {
  const kind = drawWeighted(random, PARTNERSHIP_KIND_SHARES);
  const participants: Participation[] = members.map((m, position) => ({
    actorId: actors[m]!.id,
    role: position > 0 ? drawWeighted(random, OTHER_ROLE_SHARES) : kind === 'FUNDING' ? 'FUNDER' : 'LEAD',
  }));
  const lead = actors[members[0]!]!;
  const home = lead.homeAreaId === areas[0]!.id ? drawMunicipality().id : lead.homeAreaId!;
  const place = random();
  const areaIds =
    place < 0.1 ? [areas[0]!.id] : place < 0.35 ? [...new Set([home, drawMunicipality().id])] : [home];
  const themeIds = drawDistinct(random, THEME_SHARES, 1 + randomInt(random, 3)).map((t) => t.id);
  const groups = drawDistinct(
    random,
    TARGET_GROUPS.map((g) => [g, 1] as const),
    [0, 1, 1, 2][randomInt(random, 4)]!,
  );
  const targetGroups = groups.map((g): TargetReach => {
    const targeted = logUniform(random, 20, 5_000);
    return random() < 0.7
      ? { targetGroupId: g.id, targeted, reached: Math.floor(targeted * 1.1 * random()) }
      : { targetGroupId: g.id, targeted };
  });
  const dated = random() >= 0.04;
  const start = randomInt(random, 365 * YEARS);
  const open = random() < 0.15;
  return {
    id,
    title: `${kind.charAt(0)}${kind.slice(1).toLowerCase().replaceAll('_', ' ')} ${id}`,
    kind,
    ...(dated ? { startDate: dateAfter(FIRST_YEAR, start) } : {}),
    ...(dated && !open ? { endDate: dateAfter(FIRST_YEAR, start + 90 + randomInt(random, 1_370)) } : {}),
    participants,
    areaIds,
    themeIds,
    targetGroups,
  };
}

/** Draws municipalities in proportion to their child population (those without figures as a small town). */
function populationDraw(random: () => number, municipalities: readonly Area[]): () => Area {
  const cumulative = new Float64Array(municipalities.length);
  let total = 0;
  municipalities.forEach((m, i) => (cumulative[i] = total += m.childPopulation ?? 1_000));
  return () => {
    const at = random() * total;
    let low = 0;
    let high = municipalities.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! > at) high = mid;
      else low = mid + 1;
    }
    return municipalities[low]!;
  };
}

/** A random permutation of 0…n−1 (Fisher–Yates). */
function shuffled(random: () => number, n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * The network as the text of a JSON import file: one record per line (diffable, and streams well),
 * lists in the order areas, themes, target groups, actors, partnerships.
 */
export function networkJsonText(network: NetworkInput): string {
  const lists = (['areas', 'themes', 'targetGroups', 'actors', 'partnerships'] as const).map(
    (key) =>
      `${JSON.stringify(key)}: [\n${network[key].map((record) => `  ${JSON.stringify(record)}`).join(',\n')}\n]`,
  );
  return `{\n${lists.join(',\n')}\n}\n`;
}
