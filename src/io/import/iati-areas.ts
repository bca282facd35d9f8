import type { AreaProvenance, Provenance } from '../../domain';
import type { Directory } from './directory';
import { deriveId } from './ids';
import { DAC_REGION_NAMES, ISO_COUNTRY_VOCABULARY } from './iati-codes';
import { attr, children, narrative, type Element } from './iati-xml';
import { COUNTRY_NAMES } from './mappings';
import { importedProvenance } from './provenance';
import type { Location, Problems } from './report';

/** An activity's areas, and the provenance of those the importer derived rather than read by name. */
export interface ActivityAreas {
  areaIds: string[];
  areaProvenance: AreaProvenance[];
}

/**
 * Where an activity works, as our areas, most precise first: its locations (by name, else by an
 * administrative code: an ISO country code, or a code that is an area's id), else its recipient countries,
 * else its recipient regions (OECD DAC region codes by name, or the region's own narrative). Each place
 * that matches no area is a warning. An area found from a code (an administrative code, a DAC region code)
 * is INFERRED, the code quoted.
 */
export function iatiAreas(
  activity: Element,
  at: (column: string) => Location,
  directory: Directory,
  problems: Problems,
): ActivityAreas {
  const areaIds: string[] = [];
  const areaProvenance: AreaProvenance[] = [];
  const add = (id: string | undefined, provenance?: Provenance) => {
    if (id !== undefined && !areaIds.includes(id)) {
      areaIds.push(id);
      if (provenance) areaProvenance.push({ areaId: id, provenance });
    }
    return id !== undefined;
  };
  const done = () => ({ areaIds, areaProvenance });
  children(activity, 'location').forEach((location, k) => {
    const name = narrative(children(location, 'name')[0]);
    const administrative = children(location, 'administrative');
    if (name && add(byName(directory, name, (level) => level !== 'COUNTRY'))) return;
    if (administrative.some((a) => add(byCode(directory, a), codeProvenance(a)))) return;
    const codes = administrative.map((a) => `${attr(a, 'vocabulary') ?? '?'}:${attr(a, 'code') ?? ''}`);
    if (name || codes.length > 0)
      problems.warn(
        at(`location[${k + 1}]`),
        `location ${[name && `"${name}"`, codes.length > 0 && `(administrative ${codes.join(', ')})`].filter(Boolean).join(' ')} matches no area`,
      );
  });
  if (areaIds.length > 0) return done();
  children(activity, 'recipient-country').forEach((country, k) => {
    const code = attr(country, 'code') ?? '';
    if (!add(countryArea(directory, code)))
      problems.warn(at(`recipient-country[${k + 1}]`), `recipient country "${code}" matches no area`);
  });
  if (areaIds.length > 0) return done();
  children(activity, 'recipient-region').forEach((region, k) => {
    const vocabulary = attr(region, 'vocabulary') ?? '1';
    const code = attr(region, 'code') ?? '';
    const own = narrative(region);
    const dac = vocabulary === '1' ? DAC_REGION_NAMES[code] : undefined;
    const fromCode = importedProvenance(code, [`DAC region code ${code} is "${dac}", matched to this area`]);
    if (
      !(own !== undefined && add(byName(directory, own, () => true))) &&
      !(
        dac !== undefined &&
        add(
          byName(directory, dac, () => true),
          fromCode,
        )
      )
    )
      problems.warn(
        at(`recipient-region[${k + 1}]`),
        `recipient region "${code}" (vocabulary ${vocabulary}${dac ? `: ${dac}` : ''}) matches no area`,
      );
  });
  return done();
}

function codeProvenance(administrative: Element): Provenance {
  const code = attr(administrative, 'code') ?? '';
  const vocabulary = attr(administrative, 'vocabulary') ?? '?';
  return importedProvenance(code, [
    `a location given by its administrative code (vocabulary ${vocabulary}), matched to the area of that code`,
  ]);
}

function byName(directory: Directory, name: string, level: (level: string | undefined) => boolean) {
  const found = directory.resolve('areas', name, (id) => level(directory.area(id)?.level));
  if ('id' in found) return found.id;
  // A name several levels share ("Prizren"): the municipality.
  const municipal =
    'ambiguous' in found ? found.ambiguous.filter((id) => directory.area(id)?.level === 'MUNICIPALITY') : [];
  return municipal.length === 1 ? municipal[0] : undefined;
}

function countryArea(directory: Directory, code: string) {
  const name = COUNTRY_NAMES[code.toUpperCase()];
  const found = name && directory.resolve('areas', name, (id) => directory.area(id)?.level === 'COUNTRY');
  return found && 'id' in found ? found.id : undefined;
}

function byCode(directory: Directory, administrative: Element) {
  const code = attr(administrative, 'code');
  if (!code) return undefined;
  if (attr(administrative, 'vocabulary') === ISO_COUNTRY_VOCABULARY) return countryArea(directory, code);
  const id = deriveId(code);
  return directory.hasId('areas', id) ? id : undefined;
}
