import {
  SLUG_PATTERN,
  foldText,
  identifierKey,
  type Actor,
  type AreaLevel,
  type EntityKind,
  type OrganisationIdentifier,
} from '../../domain';
import type { NetworkStore } from '../../store/network-store';

/** What an import reads from the store: never writes. */
export type StoreReader = Pick<
  NetworkStore,
  'revision' | 'getMany' | 'listActors' | 'listAreas' | 'listThemes' | 'listTargetGroups' | 'referrers'
>;

/** A record as the directory knows it: its id and the names it can be found by. */
export interface Named {
  id: string;
  name: string;
  acronym?: string;
  altName?: string;
  alternativeNames?: readonly string[];
  /** Areas only: where the area sits, for resolving names that several levels share ("Prizren"). */
  level?: AreaLevel;
  parentId?: string;
  /** Actors only: the organisation's identifiers, found by identifierKey. */
  identifiers?: readonly OrganisationIdentifier[];
}

export type Resolution = { id: string } | { missing: true } | { ambiguous: string[] };

// Words that say what kind of area a name is, dropped when matching ("Peja District" = "Peja").
const AREA_WORDS = /\b(district|region|municipality of|municipality|komuna e|opstina|rajoni i)\b/g;

/** The keys a name is matched by: folded (case and accents ignored), and for areas also without "district" & co. */
function keysOf(kind: EntityKind, text: string): string[] {
  const folded = foldText(text);
  if (kind !== 'areas') return [folded];
  const bare = folded.replace(AREA_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return bare && bare !== folded ? [folded, bare] : [folded];
}

class Index {
  private readonly ids = new Set<string>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byIdentifier = new Map<string, Set<string>>();
  /** Names people use besides the official ones: a match here counts only where no official name matches. */
  private readonly byAlternativeKey = new Map<string, Set<string>>();

  constructor(private readonly kind: EntityKind) {}

  add(record: Named): void {
    this.ids.add(record.id);
    const put = (keys: Map<string, Set<string>>, name: string | undefined) => {
      if (name)
        for (const key of keysOf(this.kind, name)) keys.set(key, (keys.get(key) ?? new Set()).add(record.id));
    };
    for (const name of [record.name, record.acronym, record.altName]) put(this.byKey, name);
    for (const name of record.alternativeNames ?? []) put(this.byAlternativeKey, name);
    for (const identifier of record.identifiers ?? []) {
      const key = identifierKey(identifier);
      this.byIdentifier.set(key, (this.byIdentifier.get(key) ?? new Set()).add(record.id));
    }
  }

  /** Ids of the records with this identifier (by identifierKey), sorted. */
  withIdentifier(key: string): string[] {
    return [...(this.byIdentifier.get(key) ?? [])].sort();
  }

  hasId(id: string): boolean {
    return this.ids.has(id);
  }

  /**
   * Ids of `accept`ed records whose name, acronym or alternative name equals the reference (folded, or
   * without area words); the names people use (alternativeNames) only when no official one matches, so
   * "Prishtinë" is the municipality, and the district only where a district is asked for.
   */
  matches(ref: string, accept: (id: string) => boolean = () => true): string[] {
    const keys = keysOf(this.kind, ref);
    for (const names of [this.byKey, this.byAlternativeKey]) {
      const ids = [...new Set(keys.flatMap((key) => [...(names.get(key) ?? [])]))].filter(accept);
      if (ids.length > 0) return ids.sort();
    }
    return [];
  }
}

/**
 * Finds the entities an import refers to by id, name, acronym or alternative name, case and accents
 * ignored: first among the file's own records, then in the store. Areas, themes and target groups (small)
 * are loaded whole; actors are looked up for the references the file makes (`loadActors`), so a 100k-actor
 * store is never read whole.
 */
export class Directory {
  private readonly file = new Map<EntityKind, Index>();
  private readonly stored = new Map<EntityKind, Index>();
  private readonly areas = new Map<string, { level?: AreaLevel; parentId?: string }>();
  /** The stored actors loaded so far, whole: an import that learns more of one writes it back changed. */
  private readonly actors = new Map<string, Actor>();
  /** Identifier keys already looked up in the store. */
  private readonly identifiersLoaded = new Set<string>();

  private constructor(private readonly store: StoreReader) {
    for (const kind of ['actors', 'partnerships', 'areas', 'themes', 'targetGroups'] as const) {
      this.file.set(kind, new Index(kind));
      this.stored.set(kind, new Index(kind));
    }
  }

  /** A directory over the store's areas, themes and target groups. */
  static async open(store: StoreReader): Promise<Directory> {
    const directory = new Directory(store);
    const [areas, themes, groups] = await Promise.all([
      store.listAreas({}),
      store.listThemes(),
      store.listTargetGroups(),
    ]);
    for (const a of areas) directory.addArea(directory.stored.get('areas')!, a);
    for (const t of themes) directory.stored.get('themes')!.add(t);
    for (const g of groups) directory.stored.get('targetGroups')!.add(g);
    return directory;
  }

  /** Records of the file being imported: they are found before stored ones. */
  addFileRecord(kind: EntityKind, record: Named): void {
    if (kind === 'areas') this.addArea(this.file.get(kind)!, record);
    else this.file.get(kind)!.add(record);
  }

  private addArea(index: Index, area: Named): void {
    index.add(area);
    this.areas.set(area.id, { level: area.level, parentId: area.parentId });
  }

  /** Level and parent of an area of the file or the store. */
  area(id: string): { level?: AreaLevel; parentId?: string } | undefined {
    return this.areas.get(id);
  }

  /** Looks up the stored actors these references may name (by id in one batch, by name otherwise). */
  async loadActors(refs: Iterable<string>): Promise<void> {
    const index = this.stored.get('actors')!;
    const fileIndex = this.file.get('actors')!;
    const pending = [...new Set([...refs].map((r) => r.trim()).filter((r) => r !== ''))].filter(
      (r) => !fileIndex.hasId(r) && !index.hasId(r),
    );
    const slugs = pending.filter((r) => SLUG_PATTERN.test(r));
    const found = slugs.length > 0 ? await this.store.getMany('actors', slugs) : [];
    for (const actor of found) if (actor) this.addStoredActor(actor);
    for (const ref of pending) {
      if (index.hasId(ref) || fileIndex.matches(ref).length > 0) continue;
      const folded = foldText(ref);
      // Every actor whose name or acronym contains the reference, page by page; the equal ones are kept.
      let after: string | undefined;
      do {
        const page = await this.store.listActors(
          { text: ref },
          { field: 'NAME', direction: 'ASC' },
          { first: 500, ...(after ? { after } : {}) },
        );
        for (const { node } of page.edges)
          if (foldText(node.name) === folded || (node.acronym && foldText(node.acronym) === folded))
            this.addStoredActor(node);
        after = page.hasNextPage ? (page.endCursor ?? undefined) : undefined;
      } while (after);
    }
  }

  /** Looks up the stored actors with these identifiers (one listing per batch of them). */
  async loadIdentifiers(identifiers: Iterable<OrganisationIdentifier>): Promise<void> {
    const pending = new Map<string, OrganisationIdentifier>();
    for (const identifier of identifiers) {
      const key = identifierKey(identifier);
      if (!this.identifiersLoaded.has(key)) pending.set(key, identifier);
      this.identifiersLoaded.add(key);
    }
    const wanted = [...pending.values()];
    for (let i = 0; i < wanted.length; i += 500) {
      let after: string | undefined;
      do {
        const page = await this.store.listActors(
          { identifiers: wanted.slice(i, i + 500) },
          { field: 'ID', direction: 'ASC' },
          { first: 500, ...(after ? { after } : {}) },
        );
        for (const { node } of page.edges) this.addStoredActor(node);
        after = page.hasNextPage ? (page.endCursor ?? undefined) : undefined;
      } while (after);
    }
  }

  private addStoredActor(actor: Actor): void {
    this.stored.get('actors')!.add(actor);
    this.actors.set(actor.id, actor);
  }

  /** A stored actor loaded by loadActors or loadIdentifiers, whole. */
  storedActor(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  /**
   * The actors with this identifier: those the file creates (or changes) if any, else the stored ones,
   * sorted by id; several stored ones are actors to merge.
   */
  actorsWithIdentifier(identifier: OrganisationIdentifier): string[] {
    const key = identifierKey(identifier);
    const inFile = this.file.get('actors')!.withIdentifier(key);
    return inFile.length > 0 ? inFile : this.stored.get('actors')!.withIdentifier(key);
  }

  /** True when a record of this kind with this id is in the file or (as far as loaded) in the store. */
  hasId(kind: EntityKind, id: string): boolean {
    return this.file.get(kind)!.hasId(id) || this.stored.get(kind)!.hasId(id);
  }

  /**
   * The entity a reference names: an id, else a unique name/acronym match in the file, else in the store.
   * `accept` narrows the candidates (e.g. areas of one level).
   */
  resolve(kind: EntityKind, ref: string, accept: (id: string) => boolean = () => true): Resolution {
    const text = ref.trim();
    if (this.hasId(kind, text) && accept(text)) return { id: text };
    for (const index of [this.file.get(kind)!, this.stored.get(kind)!]) {
      const ids = index.matches(text, accept);
      if (ids.length === 1) return { id: ids[0]! };
      if (ids.length > 1) return { ambiguous: ids };
    }
    return { missing: true };
  }
}

/** A resolution failure as a message, or undefined when the reference resolved. */
export function unresolvedMessage(what: string, ref: string, resolution: Resolution): string | undefined {
  if ('id' in resolution) return undefined;
  if ('ambiguous' in resolution)
    return `"${ref}" names several ${what}s (${resolution.ambiguous.join(', ')}); use the id`;
  return `no ${what} has the id, name or acronym "${ref}"`;
}
