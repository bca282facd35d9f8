import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * How deeply an operation nests its fields: a root field with only scalars below it is depth 1. Fragments
 * count where they are spread and inline fragments add no level. Introspection counts like any field,
 * but for `ofType`: a type's wrappers (list, non-null), which the schema bounds and tools ask for nine
 * deep. Linear in the document's size (each fragment is measured once) and safe on fragment cycles, which
 * count as depth 0 where they loop.
 */
export function queryDepth(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const measured = new Map<string, number>();
  const measuring = new Set<string>();

  const fragmentDepth = (name: string): number => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || measuring.has(name)) return 0;
    measuring.add(name);
    const depth = selectionDepth(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, depth);
    return depth;
  };

  const selectionDepth = (set: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      let depth: number;
      switch (selection.kind) {
        case Kind.FIELD:
          depth = (selection.name.value === 'ofType' ? 0 : 1) + selectionDepth(selection.selectionSet);
          break;
        case Kind.INLINE_FRAGMENT:
          depth = selectionDepth(selection.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD:
          depth = fragmentDepth(selection.name.value);
          break;
        default: {
          const unexpected: never = selection;
          throw new Error(`unexpected selection ${String(unexpected)}`);
        }
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  };

  return selectionDepth(operation.selectionSet);
}
