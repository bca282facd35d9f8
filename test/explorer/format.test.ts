import { formatValue, humanise, plural } from '../../src/explorer/format';

describe('explorer formatting', () => {
  it('writes enum values as words, acronyms kept', () => {
    expect(humanise('CIVIL_SOCIETY')).toBe('Civil society');
    expect(humanise('GOVERNMENT')).toBe('Government');
    expect(humanise('NGO')).toBe('NGO');
    expect(humanise('UN_AGENCY')).toBe('UN agency');
    expect(humanise('RESEARCH_AND_DATA')).toBe('Research and data');
  });

  it('shows metric values short: integers whole, others to 3 significant digits, missing as a dash', () => {
    expect(formatValue(8)).toBe('8');
    expect(formatValue(12345)).toBe('12,345');
    expect(formatValue(0.073145)).toBe('0.0731');
    expect(formatValue(43.833)).toBe('43.8');
    expect(formatValue(1234.5)).toBe('1,235');
    expect(formatValue(null)).toBe('–');
  });

  it('counts in words', () => {
    expect(plural(1, 'actor')).toBe('1 actor');
    expect(plural(1234, 'actor')).toBe('1,234 actors');
    expect(plural(2, 'municipality', 'municipalities')).toBe('2 municipalities');
  });
});
