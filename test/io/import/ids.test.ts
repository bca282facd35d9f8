import { SLUG_PATTERN } from '../../../src/domain';
import { deriveId } from '../../../src/io/import/ids';

describe('deriveId', () => {
  it('is the slug of the folded parts, so case and accents do not change it', () => {
    expect(deriveId('Fëmijët Parasë')).toBe('femijet-parase');
    expect(deriveId('FEMIJET  parase')).toBe('femijet-parase');
    expect(deriveId('UNICEF', 'Referral', undefined, '2025-01-01')).toBe('unicef-referral-2025-01-01');
  });

  it('is never empty: text with no Latin letter or digit gets a stable hash id', () => {
    const id = deriveId('Дечани');
    expect(id).toMatch(/^x-[0-9a-f]{8}$/);
    expect(deriveId('Дечани')).toBe(id);
    expect(deriveId('Приштина')).not.toBe(id);
    expect(deriveId('')).toMatch(/^x-[0-9a-f]{8}$/);
  });

  it('cuts long ids to 100 characters, ending in a hash of the whole, so long names do not collide', () => {
    const a = deriveId('word '.repeat(40), 'a');
    const b = deriveId('word '.repeat(40), 'b');
    for (const id of [a, b]) {
      expect(id.length).toBeLessThanOrEqual(100);
      expect(id).toMatch(SLUG_PATTERN);
    }
    expect(a).not.toBe(b);
  });
});
