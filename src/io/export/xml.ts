// XML 1.0 cannot carry most C0 control characters at all, not even as character references, nor lone
// surrogates or U+FFFE/U+FFFF: they become U+FFFD, so a name pasted with a stray control byte still exports.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In attributes a parser normalises tab, newline and carriage return to spaces unless they are references.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** `value` as XML text or a quoted attribute value: markup characters escaped, unrepresentable characters replaced. */
export function xmlEscape(value: string | number): string {
  return String(value)
    .replace(NOT_XML, '\ufffd')
    .replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}

/** `<name a="1" b="2"` for the defined attributes, escaped (the caller closes the tag). */
export function openTag(name: string, attributes: Record<string, string | number | undefined>): string {
  let tag = `<${name}`;
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined) tag += ` ${key}="${xmlEscape(value)}"`;
  return tag;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
