import { ENTITY_KINDS, ValidationError, type EntityKind, type NetworkInput } from '../../domain';
import { emptyDraft, validateDraft, type Draft, type DraftRecord, type Origin } from './draft';
import { Problems, type ImportFile } from './report';

/**
 * Reads files in our JSON format (`NetworkInput` of docs/design.md §5, the shape of seeds/kosovo.json) into a
 * draft; every record keeps its path (`partnerships[3]`) so problems are reported there. Several files
 * may be imported together (an id twice is reported).
 */
export function readJsonFiles(
  files: readonly ImportFile[],
  problems: Problems,
): { draft: Draft; rows: number } {
  const draft = emptyDraft();
  let rows = 0;
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.content);
    } catch (error) {
      problems.error({ file: file.name }, `cannot read JSON: ${(error as Error).message}`);
      continue;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      problems.error({ file: file.name }, `must be an object with the lists ${ENTITY_KINDS.join(', ')}`);
      continue;
    }
    for (const [key, list] of Object.entries(json)) {
      if (!(ENTITY_KINDS as readonly string[]).includes(key)) {
        problems.error({ file: file.name, column: key }, 'unknown field');
        continue;
      }
      if (list === null) continue;
      if (!Array.isArray(list)) {
        problems.error({ file: file.name, column: key }, 'must be a list');
        continue;
      }
      const records = draft[key as EntityKind];
      for (let index = 0; index < list.length; index++) {
        const value: unknown = list[index];
        rows++;
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          problems.error({ file: file.name, column: `${key}[${index}]` }, 'must be an object');
        else records.push(new JsonRecord(value as Record<string, unknown>, file.name, key, index));
      }
    }
  }
  return { draft, rows };
}

/**
 * Parses and validates one network in our JSON format without a store (seeds use it): throws a
 * ValidationError whose issues are at the file's own paths (`actors[3].sector`), all of them at once.
 */
export function parseNetworkJson(content: string, name: string): NetworkInput {
  const problems = new Problems();
  const { draft } = readJsonFiles([{ name, content }], problems);
  const { batch } = validateDraft(draft, problems);
  if (problems.errors.length > 0)
    throw new ValidationError(
      problems.errors.map((p) => ({ path: p.column ?? '', message: p.message })),
      name,
    );
  return batch;
}

/**
 * A record of a JSON file at `list[index]`. Its origin is made when asked for, to report a problem: a large
 * file has hundreds of thousands of records and few problems, if any.
 */
class JsonRecord implements DraftRecord {
  constructor(
    readonly value: Record<string, unknown>,
    private readonly file: string,
    private readonly list: string,
    private readonly index: number,
  ) {}

  get origin(): Origin {
    return { file: this.file, pathPrefix: [this.list, this.index] };
  }
}
