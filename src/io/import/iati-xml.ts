import { XMLParser } from 'fast-xml-parser';

/** An XML element as fast-xml-parser gives it: attributes as `@_name`, text as `#text`, children by name. */
export type Element = Record<string, unknown>;

const REPEATED = new Set([
  'iati-activity',
  'participating-org',
  'narrative',
  'activity-date',
  'sector',
  'recipient-country',
  'recipient-region',
  'location',
  'administrative',
  'title',
  'description',
  'name',
  'default-aid-type',
  'transaction',
]);

export const iatiParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  captureMetaData: true,
  isArray: (name) => REPEATED.has(name),
});
export const META = XMLParser.getMetaDataSymbol() as unknown as string;

export function children(element: Element | undefined, name: string): Element[] {
  const value = element?.[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as Element) : { '#text': String(v) }));
}

export function attr(element: Element | undefined, name: string): string | undefined {
  const value = element?.[`@_${name}`];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function text(element: Element | undefined): string | undefined {
  const value = element?.['#text'];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The text of an element's narratives: English (or unmarked) first; IATI 1.x inline text too. */
export function narrative(element: Element | undefined): string | undefined {
  const narratives = children(element, 'narrative');
  const preferred =
    narratives.find((n) => (attr(n, 'xml:lang') ?? 'en').toLowerCase() === 'en') ?? narratives[0];
  return text(preferred) ?? text(element);
}

/** Line numbers from character offsets, by binary search over the line starts. */
export function lineFinder(content: string): (offset: number | undefined) => number | undefined {
  const starts = [0];
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    if (offset === undefined) return undefined;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
