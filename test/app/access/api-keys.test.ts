import crypto from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../../../src/config';
import { openAccess } from '../../../src/app/access/access';
import { KEY_PREFIX, KeyRing, generateKey, hashKey, parseKeysFile } from '../../../src/app/access/api-keys';
import { useTempDir } from '../../helpers/temp-dir';

describe('API keys', () => {
  const dir = useTempDir();

  it('are random, 32 bytes in base64url behind a recognisable prefix, stored as their SHA-256', () => {
    const key = generateKey();
    expect(key).toMatch(/^pnk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(key.slice(KEY_PREFIX.length), 'base64url')).toHaveLength(32);
    expect(generateKey()).not.toBe(key);
    expect(hashKey(key)).toBe(crypto.createHash('sha256').update(key).digest('hex'));
  });

  it('are verified by constant-time comparison of digests, for right, wrong, short and long keys', () => {
    const right = generateKey();
    const ring = new KeyRing([
      { id: 'someone-else', role: 'reader', sha256: hashKey(generateKey()) },
      { id: 'ci', role: 'editor', sha256: hashKey(right) },
    ]);
    const spy = jest.spyOn(crypto, 'timingSafeEqual');
    try {
      expect(ring.verify(right)).toEqual({ id: 'ci', role: 'editor', sha256: hashKey(right) });
      // Every stored key is compared, even after a match: the time taken does not say which key matched.
      expect(spy).toHaveBeenCalledTimes(2);
      for (const wrong of [right.slice(0, -1) + (right.endsWith('A') ? 'B' : 'A'), 'pnk_', '', `${right}x`])
        expect(ring.verify(wrong)).toBeUndefined();
      expect(spy).toHaveBeenCalledTimes(10);
      for (const [a, b] of spy.mock.calls) expect([a.byteLength, b.byteLength]).toEqual([32, 32]);
    } finally {
      spy.mockRestore();
    }
  });

  it('file: comments and blank lines allowed; every bad line named by its number', () => {
    const good = hashKey('k');
    const text = [
      '# keys of the Kosovo office',
      '',
      `ci editor ${good}   # the dashboard`,
      `Bad_Id reader ${good}`,
      `ops owner ${good}`,
      `short admin abc`,
      `ci admin ${good}`,
      `two fields`,
    ].join('\n');
    const { entries, problems } = parseKeysFile(text);
    expect(entries.map((e) => e.id)).toEqual(['ci', 'ci']);
    expect(problems).toEqual([
      expect.stringMatching(/^line 4: id must be a slug/),
      expect.stringMatching(/^line 5: role must be one of reader, editor, admin, not "/),
      expect.stringMatching(/^line 6: sha256 must be the SHA-256/),
      'line 7: duplicate id "ci" (first on line 3)',
      'line 8: expected "id role sha256", got 2 fields',
    ]);
  });

  it('a bad keys file stops start-up with a ConfigError naming the variable and the line', async () => {
    const file = join(dir(), 'keys');
    await writeFile(file, `ci editor ${hashKey('k')}\nci viewer nothex\n`);
    const failure = openAccess({ API_KEYS_FILE: file, DATA_DIR: dir() });
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toThrow(`API_KEYS_FILE="${file}": line 2: role must be one of`);
    await expect(openAccess({ API_KEYS_FILE: join(dir(), 'missing') })).rejects.toThrow(
      /API_KEYS_FILE=.*missing.*ENOENT/,
    );
  });

  it('without API_KEYS_FILE, DATA_DIR/api-keys is read if it exists; anonymous reading follows the config', async () => {
    const empty = await openAccess({ DATA_DIR: dir(), ALLOW_ANONYMOUS_READ: false });
    expect([empty.keys.size, empty.allowAnonymousRead, empty.keysFile]).toEqual([
      0,
      false,
      join(dir(), 'api-keys'),
    ]);
    await empty.close();
    const key = generateKey();
    await writeFile(join(dir(), 'api-keys'), `ops admin ${hashKey(key)}\n`);
    const access = await openAccess({ DATA_DIR: dir(), ALLOW_ANONYMOUS_READ: true });
    expect(access.keys.verify(key)?.id).toBe('ops');
    // SIGHUP's reload: a new key is seen, and a broken file keeps the keys in use.
    const next = generateKey();
    await writeFile(join(dir(), 'api-keys'), `ops admin ${hashKey(key)}\nci reader ${hashKey(next)}\n`);
    await access.reloadKeys();
    expect(access.keys.verify(next)?.role).toBe('reader');
    await writeFile(join(dir(), 'api-keys'), 'garbage\n');
    await expect(access.reloadKeys()).rejects.toThrow(/line 1/);
    expect(access.keys.verify(next)?.role).toBe('reader');
    await access.close();
  });
});
