import { TEXT_LIMITS, type Provenance } from '../../domain';

// What an importer assumes of an organisation it creates (reasons of its INFERRED provenance).
export const TYPE_ASSUMED = 'the file gives no organisation type: CIVIL_SOCIETY / OTHER assumed';
export const PROVISIONAL_NAME = 'the file gives only its identifier: named after it until a file names it';

/**
 * What a file states is DOCUMENTED by it (the record's source is the file), with the file's words as the
 * quote; what the importer had to assume or derive makes it INFERRED, with those reasons.
 */
export function importedProvenance(quote: string | undefined, reasons: readonly string[] = []): Provenance {
  const words = quote?.slice(0, TEXT_LIMITS.quote);
  return reasons.length === 0
    ? { evidence: 'DOCUMENTED', ...(words ? { quote: words } : {}) }
    : { evidence: 'INFERRED', ...(words ? { quote: words } : {}), reason: reasons.join('; ') };
}

/** A provisional name replaced by a file's: the name is no longer an assumption (the other reasons stay). */
export function renamedProvenance(provenance: Provenance | undefined, name: string): Provenance | undefined {
  if (provenance === undefined || provenance.evidence === 'ILLUSTRATIVE') return provenance;
  const reasons = (provenance.reason ?? '').split('; ').filter((r) => r !== '' && r !== PROVISIONAL_NAME);
  return importedProvenance(name, reasons);
}
