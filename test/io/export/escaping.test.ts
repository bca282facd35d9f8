import { csvField } from '../../../src/io/export/csv';
import { cypherFloat, cypherString } from '../../../src/io/export/cypher';
import { exportPath, parseExportParams } from '../../../src/io/export/export-params';
import { xmlEscape } from '../../../src/io/export/xml';
import { literal } from './helpers/cypher-script';

describe('escaping in the exports', () => {
  it('XML: markup escaped, whitespace kept as references, unrepresentable characters replaced', () => {
    expect(xmlEscape(`a&b<c>"d"'e'\tf\ng\rh\u0001i\ud800j😀`)).toBe(
      'a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;&#9;f&#10;g&#13;h\ufffdi\ufffdj😀',
    );
  });

  it('Cypher: quotes, backslashes and control characters escaped; the literal reads back the same', () => {
    const nasty = `it's a \\ "test"\n\t\u0001 ✓ '); MATCH (n) DETACH DELETE n; //`;
    const written = cypherString(nasty);
    expect(written).toBe(`'it\\'s a \\\\ "test"\\n\\t\\u0001 ✓ \\'); MATCH (n) DETACH DELETE n; //'`);
    expect(literal(written)).toBe(nasty);
    expect([cypherFloat(1), cypherFloat(0.5), cypherFloat(-2), cypherFloat(1e21), cypherFloat(1e-7)]).toEqual(
      ['1.0', '0.5', '-2.0', '1e21', '1e-7'],
    );
    expect(() => cypherFloat(NaN)).toThrow(RangeError);
  });

  it('CSV: RFC 4180 quoting only where needed', () => {
    expect(['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r', '', undefined, 1.5].map(csvField)).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '"cr\r"',
      '',
      '',
      '1.5',
    ]);
  });

  it('CSV: a text a spreadsheet would run as a formula starts with a quote; numbers stay numbers', () => {
    expect(
      ['=HYPERLINK("http://x")', '+1', '-cmd', '@SUM(A1)', '\tx', '\rx', 'a=b', -2, 'Save-the-Children'].map(
        csvField,
      ),
    ).toEqual([
      '"\'=HYPERLINK(""http://x"")"',
      "'+1",
      "'-cmd",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
      'a=b',
      '-2',
      'Save-the-Children',
    ]);
  });
});

describe('parseExportParams', () => {
  it('takes repeats and comma lists alike, defaults hops to 1 and drops repeated metrics', () => {
    const request = parseExportParams({
      asOf: '2023-12-31',
      sectors: ['CIVIL_SOCIETY,GOVERNMENT', 'ACADEMIA'],
      themeIds: 'education, health',
      ego: 'syri-i-vizionit',
      metrics: 'DEGREE,PAGERANK,DEGREE',
    });
    expect(request).toEqual({
      filter: {
        asOf: '2023-12-31',
        sectors: ['CIVIL_SOCIETY', 'GOVERNMENT', 'ACADEMIA'],
        themeIds: ['education', 'health'],
        evidence: ['DOCUMENTED', 'INFERRED'],
      },
      ego: { actorId: 'syri-i-vizionit', hops: 1 },
      metrics: ['DEGREE', 'PAGERANK'],
    });
    expect(exportPath('gexf', request)).toBe(
      '/export/network.gexf?asOf=2023-12-31&sectors=CIVIL_SOCIETY%2CGOVERNMENT%2CACADEMIA&themeIds=education%2Chealth&evidence=DOCUMENTED%2CINFERRED&ego=syri-i-vizionit&hops=1&metrics=DEGREE%2CPAGERANK',
    );
    expect(parseExportParams({})).toEqual({ filter: { evidence: ['DOCUMENTED', 'INFERRED'] }, metrics: [] });
    expect(parseExportParams({ evidence: 'DOCUMENTED,ILLUSTRATIVE' }).filter).toEqual({
      evidence: ['DOCUMENTED', 'ILLUSTRATIVE'],
    });
    expect(() => parseExportParams({ evidence: 'MAYBE' })).toThrow(/evidence\[0\]/);
  });

  it('names every bad parameter at once', () => {
    expect(() => parseExportParams({ asOf: 'soon', sectors: 'PIRATES', colour: 'red' })).toThrow(
      expect.objectContaining({
        issues: [
          { path: 'asOf', message: 'must be an ISO date YYYY-MM-DD' },
          expect.objectContaining({ path: 'sectors[0]' }),
          { path: 'colour', message: 'unknown field' },
        ],
      }),
    );
  });
});
