import { useSeededStore } from './helpers';

const sheet = (name: string, ...rows: string[]) => [{ name, content: `${rows.join('\n')}\n` }];

describe('HXL 3W organisations with codes', () => {
  const { store, run } = useSeededStore();

  it('an #org+code is the organisation identifier: the same actor under another name, across formats', async () => {
    await run('iati', [
      {
        name: 'ho.xml',
        content:
          '<iati-activities version="2.03"><iati-activity><iati-identifier>XI-HO-1</iati-identifier>' +
          '<title><narrative>Grant</narrative></title>' +
          '<participating-org ref="XI-HO-NGO" role="4" type="22"><narrative>Ardhmëria</narrative></participating-org>' +
          '</iati-activity></iati-activities>',
      },
    ]);
    const report = await run(
      'hxl',
      sheet(
        'ho.csv',
        'Partner,Partner code,Funder,Funder code,Activity,Municipality',
        '#org+impl,#org+impl+code,#org+funder,#org+funder+code,#activity,#adm2',
        'Ardhmeria Youth Centre,XI-HO-NGO,Sida,IATI:SE-0,HO clubs,Pejë',
        'Other NGO,gb-coh:1,,,HO clubs 2,Pejë',
      ),
    );
    const [p] = await store().getMany('partnerships', ['ardhmeria-ho-clubs-peje']);
    expect(p!.participants).toEqual([
      { actorId: 'ardhmeria', role: 'IMPLEMENTER' },
      { actorId: 'sida', role: 'FUNDER' },
    ]);
    // Sida, found by name, gains the identifier the sheet gives it.
    expect((await store().getMany('actors', ['sida']))[0]!.identifiers).toEqual([
      { scheme: 'IATI', id: 'SE-0' },
    ]);
    expect(report.warnings.map((w) => `row ${w.row} ${w.column}: ${w.message}`)).toEqual([
      'row 3 #org+impl: "Ardhmeria Youth Centre" is taken as actor "ardhmeria" ("Ardhmëria"), which has its identifier IATI:XI-HO-NGO',
      'row 3 #org+funder: actor "sida" ("Sida") gets identifier IATI:SE-0',
      'row 4 #org+impl+code: "gb-coh:1" is not an organisation identifier: not used',
      'row 4 #org+impl: new actor "Other NGO" created as CIVIL_SOCIETY / OTHER: its type is not given; correct it later',
    ]);
  });
});
