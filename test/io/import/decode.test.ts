import { ValidationError } from '../../../src/domain';
import { decodeFile } from '../../../src/io/import';
import { firstInvalidUtf8 } from '../../../src/io/import/decode';

// "Fëmijët e Pejës" as a spreadsheet program on Windows saves it: ë is the single byte 0xEB.
const windows1252 = Buffer.from([
  ...Buffer.from('id,name\nx,F', 'latin1'),
  0xeb,
  ...Buffer.from('mij', 'latin1'),
  0xeb,
  ...Buffer.from('t e Pej', 'latin1'),
  0xeb,
  ...Buffer.from('s\n', 'latin1'),
]);

describe('decodeFile', () => {
  it('refuses bytes that are not UTF-8, naming file, row and byte offset, and suggesting --encoding', () => {
    const error = (() => {
      try {
        decodeFile('actors.csv', windows1252);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      {
        path: 'actors.csv:row 2',
        message: expect.stringMatching(
          /^is not UTF-8 text: byte offset 11 \(0xeb\) starts no UTF-8 character; .*--encoding windows-1252/,
        ),
      },
    ]);
  });

  it('reads Windows-1252 when asked to', () => {
    expect(decodeFile('actors.csv', windows1252, 'windows-1252')).toBe('id,name\nx,Fëmijët e Pejës\n');
  });

  it('reads UTF-8 as it is (a byte-order mark is dropped)', () => {
    const text = 'id,name\nx,"Fëmijët e Pejës, Đakovica 😀"\n';
    expect(decodeFile('a.csv', Buffer.from(text))).toBe(text);
    expect(decodeFile('a.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(
      text,
    );
  });

  it('counts rows as a spreadsheet does: a line break inside quotes is no new row', () => {
    const bytes = Buffer.concat([Buffer.from('id,name\n"a","two\nlines"\nb,'), Buffer.from([0xff, 0x0a])]);
    expect(() => decodeFile('a.csv', bytes)).toThrow(ValidationError);
    try {
      decodeFile('a.csv', bytes);
    } catch (e) {
      expect((e as ValidationError).issues[0]!.path).toBe('a.csv:row 3');
    }
  });

  it('finds the first byte of every kind of malformed UTF-8', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));
    expect(at(0x41, 0xc3, 0xab, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)).toBeUndefined();
    expect(at(0x41, 0x80)).toBe(1); // a continuation byte alone
    expect(at(0x41, 0xc0, 0x80)).toBe(1); // overlong
    expect(at(0xe0, 0x80, 0x80)).toBe(0); // overlong three-byte form
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a surrogate
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // above U+10FFFF
    expect(at(0x41, 0xe2, 0x82)).toBe(1); // cut off at the end
  });
});
