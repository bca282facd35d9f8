import { XMLValidator } from 'fast-xml-parser';
import { IATI_SCHEME, type OrganisationIdentifier } from '../../domain';
import type { Directory } from './directory';
import type { Draft, Origin } from './draft';
import { readActivity } from './iati-activity';
import { IATI_VERSIONS } from './iati-codes';
import { META, attr, children, iatiParser, lineFinder, narrative, text, type Element } from './iati-xml';
import type { ImplicitActors } from './implicit-actors';
import type { ImportFile, Problems } from './report';

/** Every organisation element an activity names actors by. */
export function organisationsOf(activity: Element): Element[] {
  const transactions = children(activity, 'transaction');
  return [
    ...children(activity, 'reporting-org'),
    ...children(activity, 'participating-org'),
    ...transactions.flatMap((t) => [...children(t, 'provider-org'), ...children(t, 'receiver-org')]),
  ];
}

/** An organisation element's `@ref` as an identifier (scheme IATI), when it is a usable one. */
export function iatiIdentifier(org: Element): OrganisationIdentifier | undefined {
  const ref = attr(org, 'ref');
  return ref && !/\s/.test(ref) && ref.length <= 100 ? { scheme: IATI_SCHEME, id: ref } : undefined;
}

/**
 * Reads IATI activity files (standard 1.01–1.05 and 2.01–2.03, `iati-activities/iati-activity`): each
 * activity becomes a partnership whose id is its iati-identifier slugified (iati-activity.ts says how
 * each element is read). Organisations are matched identifier first (ImplicitActors), so the same `@ref`
 * is one actor across files and imports whatever name each file gives it.
 */
export async function readIatiFiles(
  files: readonly ImportFile[],
  directory: Directory,
  actors: ImplicitActors,
  problems: Problems,
): Promise<{ draft: Draft; rows: number }> {
  const { draft } = actors;
  let rows = 0;
  for (const file of files) {
    const entity = entityDeclaration(file.content);
    if (entity) {
      problems.error(
        { file: file.name, line: lineFinder(file.content)(entity.at), record: 'XML' },
        entity.problem,
      );
      continue;
    }
    const valid = XMLValidator.validate(file.content);
    if (valid !== true) {
      problems.error(
        { file: file.name, line: valid.err.line, record: 'XML' },
        `not well-formed XML: ${valid.err.msg}`,
      );
      continue;
    }
    const root = (iatiParser.parse(file.content) as Element)['iati-activities'] as Element | undefined;
    if (!root || typeof root !== 'object') {
      problems.error(
        { file: file.name },
        'not an IATI activity file: the root element must be <iati-activities>',
      );
      continue;
    }
    const version = attr(root, 'version');
    if (version !== undefined && !(IATI_VERSIONS as readonly string[]).includes(version)) {
      problems.error(
        { file: file.name, column: 'iati-activities/@version' },
        `IATI version ${version} is not supported: this importer reads versions 1.01–1.05 and 2.01–2.03`,
      );
      continue;
    }
    const activities = children(root, 'iati-activity');
    rows += activities.length;
    const orgs = activities.flatMap(organisationsOf);
    await directory.loadIdentifiers(orgs.map(iatiIdentifier).filter((i) => i !== undefined));
    await directory.loadActors(orgs.map((o) => narrative(o) ?? '').filter((n) => n !== ''));
    const lineOf = lineFinder(file.content);
    activities.forEach((activity, i) => {
      const identifier = text(children(activity, 'iati-identifier')[0]);
      const meta = activity[META] as { startIndex?: number } | undefined;
      const record = `activity ${i + 1}${identifier ? ` (${identifier})` : ''}`;
      const origin: Origin = { file: file.name, record, line: lineOf(meta?.startIndex) };
      readActivity(activity, identifier, origin, { directory, actors, draft, problems });
    });
  }
  return { draft, rows };
}

/**
 * The first entity declaration of a document, and why it is refused: an IATI file needs none, an external
 * one (SYSTEM, PUBLIC) names a file or address for the parser to read, and nested internal ones expand
 * into gigabytes (the "billion laughs"). Undefined when there is none.
 */
function entityDeclaration(content: string): { at: number; problem: string } | undefined {
  const found = /<!ENTITY\s[^>]*/i.exec(content);
  if (!found) return undefined;
  return {
    at: found.index,
    problem: /\s(SYSTEM|PUBLIC)\s/i.test(found[0])
      ? 'an external XML entity (<!ENTITY … SYSTEM/PUBLIC>) is refused: it would make the importer read another file or address'
      : 'XML entity declarations (<!ENTITY …>) are refused: an IATI file needs none, and nested ones expand into gigabytes (an entity bomb)',
  };
}
