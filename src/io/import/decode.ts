import { ValidationError } from '../../domain';

/** The encodings `npm run import --encoding` reads: UTF-8, or what spreadsheet programs on Windows export. */
export const FILE_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type FileEncoding = (typeof FILE_ENCODINGS)[number];

/**
 * The text of an imported file's bytes. UTF-8 is checked, not guessed at: a byte that is not UTF-8 (a
 * sheet saved as Windows-1252 by a spreadsheet program) would otherwise become U+FFFD and be stored as
 * "F�mij�t". It is refused (BAD_USER_INPUT) naming the file, its row (line; for CSV the spreadsheet row,
 * quoted line breaks not counted) and the byte offset, suggesting `--encoding windows-1252`.
 */
export function decodeFile(name: string, bytes: Uint8Array, encoding: FileEncoding = 'utf-8'): string {
  if (encoding === 'windows-1252') return new TextDecoder('windows-1252').decode(bytes);
  const offset = firstInvalidUtf8(bytes);
  if (offset === undefined) return new TextDecoder('utf-8').decode(bytes);
  throw new ValidationError([
    {
      path: `${name}:row ${rowAt(bytes, offset)}`,
      message: `is not UTF-8 text: byte offset ${offset} (0x${bytes[offset]!.toString(16).padStart(2, '0')}) starts no UTF-8 character; a sheet saved by a spreadsheet program is often Windows-1252: import it with --encoding windows-1252, or save it as "CSV UTF-8"`,
    },
  ]);
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, if any. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    // Lead byte: how many continuation bytes follow, and the range the first of them must be in (no
    // overlong forms, no surrogates, nothing above U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) length = 0;
    else if (b >= 0xc2 && b <= 0xdf) length = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length + 1;
  }
  return undefined;
}

/** The 1-based row of a byte offset: line breaks before it, those inside double quotes not counted. */
function rowAt(bytes: Uint8Array, offset: number): number {
  let row = 1;
  let quoted = false;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x22) quoted = !quoted;
    else if (bytes[i] === 0x0a && !quoted) row++;
  }
  return row;
}
