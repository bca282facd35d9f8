import { foldText, slugify } from '../../src/domain';

describe('foldText', () => {
  it.each([
    ['Pejë', 'peje'],
    ['PEJË', 'peje'],
    ['Deçan', 'decan'],
    ['Đakovica', 'dakovica'],
    ['Dečani', 'decani'],
    ['Łódź', 'lodz'],
    ['Ørsted', 'orsted'],
    ['Straße', 'strasse'],
    ['Ëndrra', 'endrra'],
    ['ﬁnance', 'finance'],
    ['  Syri   i\tVizionit \n', 'syri i vizionit'],
    ['', ''],
  ])('folds %j to %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('makes accented and unaccented spellings equal and keeps punctuation', () => {
    expect(foldText('Prishtinë')).toBe(foldText('PRISHTINE'));
    expect(foldText("Children's Assembly — Pejë")).toBe("children's assembly — peje");
  });
});

describe('slugify', () => {
  it.each([
    ['Syri i Vizionit', 'syri-i-vizionit'],
    ['Pejë', 'peje'],
    ['Đakovica / Gjakovë', 'dakovica-gjakove'],
    ['  --Hello, World!--  ', 'hello-world'],
    ['UNICEF Kosovo 2024', 'unicef-kosovo-2024'],
    ["Children's Assembly", 'children-s-assembly'],
    ['a___b', 'a-b'],
  ])('slugifies %j to %j', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('keeps at most 100 characters and never ends on a hyphen', () => {
    const long = `${'a'.repeat(99)} b`;
    expect(slugify(long)).toBe('a'.repeat(99));
    expect(slugify('x'.repeat(150))).toHaveLength(100);
  });

  it('gives an empty string when nothing is left', () => {
    expect(slugify('')).toBe('');
    expect(slugify('—!?')).toBe('');
    expect(slugify('日本')).toBe('');
  });
});
