import { foldText } from '../../domain';
import type { Directory } from './directory';
import type { Draft } from './draft';
import type { Location, Problems } from './report';

/** A target group the HXL import counts people for, and the name it is created with when missing. */
interface GroupSpec {
  id: string;
  name: string;
}

const group = (id: string, name: string): GroupSpec => ({ id, name });
const GIRLS = group('girls', 'Girls');
const BOYS = group('boys', 'Boys');
const CHILDREN = group('all-children', 'All children');
const ADOLESCENTS = group('adolescents', 'Adolescents');
const ADULTS = group('adults', 'Adults');
const WOMEN = group('women', 'Women');
const MEN = group('men', 'Men');

/**
 * The mapping table: the attributes of a `#targeted` / `#reached` column (sorted, joined by "+"; those of
 * QUALIFIERS left out) → target group. Counts with no attribute are for all children; `+f` / `+m` alone
 * are girls and boys, since the people a child-rights 3W counts are children unless it says otherwise.
 * A set of attributes not listed names no group: its counts are not imported (with a warning).
 */
export const HXL_TARGET_GROUPS: Readonly<Record<string, GroupSpec>> = {
  '': CHILDREN,
  children: CHILDREN,
  f: GIRLS,
  'children+f': GIRLS,
  girls: GIRLS,
  m: BOYS,
  'children+m': BOYS,
  boys: BOYS,
  adolescents: ADOLESCENTS,
  'adolescents+f': group('adolescent-girls', 'Adolescent girls'),
  'adolescents+m': group('adolescent-boys', 'Adolescent boys'),
  adults: ADULTS,
  'adults+f': WOMEN,
  women: WOMEN,
  'adults+m': MEN,
  men: MEN,
  infants: group('children-under-3', 'Children under 3'),
  disabled: group('children-with-disabilities', 'Children with disabilities'),
  disabilities: group('children-with-disabilities', 'Children with disabilities'),
  rae: group('rae-children', 'Roma, Ashkali and Egyptian children'),
  roma: group('rae-children', 'Roma, Ashkali and Egyptian children'),
  rural: group('rural-children', 'Rural children'),
};

/** Attributes that say nothing of who is counted (`#targeted+total` is all of them). */
const QUALIFIERS = new Set(['total']);

/**
 * The words a disaggregation cell (`#group`, `#sex`, `#age`, `#meta+sex`…) may hold, folded, as the
 * attributes they add to the row's counts: a row "Female" with `#targeted` 250 counts girls.
 */
export const DISAGGREGATION_WORDS: Readonly<Record<string, readonly string[]>> = {
  f: ['f'],
  female: ['f'],
  females: ['f'],
  m: ['m'],
  male: ['m'],
  males: ['m'],
  girl: ['f', 'children'],
  girls: ['f', 'children'],
  boy: ['m', 'children'],
  boys: ['m', 'children'],
  woman: ['f', 'adults'],
  women: ['f', 'adults'],
  man: ['m', 'adults'],
  men: ['m', 'adults'],
  child: ['children'],
  children: ['children'],
  adolescent: ['adolescents'],
  adolescents: ['adolescents'],
  adult: ['adults'],
  adults: ['adults'],
  infant: ['infants'],
  infants: ['infants'],
  total: [],
  all: [],
};

/** The attributes a disaggregation cell adds, or undefined when its text is not a known word. */
export function disaggregationAttributes(cell: string): readonly string[] | undefined {
  return DISAGGREGATION_WORDS[foldText(cell)];
}

/**
 * Target groups for count columns: each attribute set is looked up in the mapping table once; a group
 * missing from the store (by id, else by name) is created with a warning; an unmapped set is warned
 * about once per column and gets no group.
 */
export class HxlTargetGroups {
  private readonly warned = new Set<string>();

  constructor(
    private readonly directory: Directory,
    private readonly draft: Draft,
    private readonly problems: Problems,
  ) {}

  /** The group of the counts of `column` (its hashtag) with these attributes, at `at`. */
  groupFor(attributes: Iterable<string>, column: string, at: Location): string | undefined {
    const key = [...new Set(attributes)]
      .filter((a) => !QUALIFIERS.has(a))
      .sort()
      .join('+');
    const spec = HXL_TARGET_GROUPS[key];
    if (!spec) {
      this.once(
        `${column} ${key}`,
        at,
        `+${key.replace(/\+/g, ' +')} names no target group in the mapping table: these counts are not imported`,
      );
      return undefined;
    }
    if (this.directory.hasId('targetGroups', spec.id)) return spec.id;
    const byName = this.directory.resolve('targetGroups', spec.name);
    if ('id' in byName) return byName.id;
    this.draft.targetGroups.push({
      value: { id: spec.id, name: spec.name, source: `HXL ${column}` },
      origin: { file: at.file, row: at.row, columns: { id: column, name: column } },
    });
    this.directory.addFileRecord('targetGroups', spec);
    this.problems.warn(at, `target group "${spec.id}" (${spec.name}) did not exist: created for ${column}`);
    return spec.id;
  }

  private once(key: string, at: Location, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.problems.warn(at, message);
  }
}
