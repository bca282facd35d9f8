import http from 'node:http';
import { AnalyticsCache } from '../../src/app/analytics/analytics-cache';
import { actorView } from '../../src/app/analytics/actor-view';
import { EXPORT_FORMATS, FORMAT_INFO } from '../../src/io/export';
import { withDefaultEvidence, type NetworkFilter } from '../../src/domain';
import { authorization, useTestApi, type TestApi } from '../helpers/api';
import { exportText } from '../io/export/helpers/fixtures';

async function download(api: TestApi, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.base}${path}`, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body, json: () => JSON.parse(body.toString('utf8')) };
}

/** The export written straight from actorView, to compare the download with. */
async function expectedBody(api: TestApi, format: (typeof EXPORT_FORMATS)[number], filter: NetworkFilter) {
  const view = await actorView(new AnalyticsCache(api.store), withDefaultEvidence(filter), {
    metrics: ['DEGREE'],
  });
  return exportText(format, view, ['DEGREE']);
}

describe('GET /export/network.{format}', () => {
  const api = useTestApi();

  it.each(EXPORT_FORMATS)('serves %s with its content type and a dated file name', async (format) => {
    const { response, body } = await download(
      api(),
      `/export/network.${format}?asOf=2023-12-31&sectors=CIVIL_SOCIETY,GOVERNMENT&metrics=DEGREE`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(FORMAT_INFO[format].contentType);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="network-2023-12-31.${FORMAT_INFO[format].extension}"`,
    );
    const filter: NetworkFilter = { asOf: '2023-12-31', sectors: ['CIVIL_SOCIETY', 'GOVERNMENT'] };
    const expected = await expectedBody(api(), format, filter);
    if (format === 'csv') {
      // The zip's entries are dated at the moment of the download: compare everything else.
      expect(body.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
      expect(body.length).toBe(expected.length);
    } else expect(body.toString('utf8')).toBe(expected);
  });

  it('names an ego export after its actor and hops; repeated and comma lists mean the same', async () => {
    const { response, body } = await download(
      api(),
      '/export/network.json?ego=syri-i-vizionit&hops=2&sectors=CIVIL_SOCIETY&sectors=INTERNATIONAL',
    );
    expect(response.status).toBe(200);
    const revision = await api().store.revision();
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="network-r${revision}-ego-syri-i-vizionit-2.json"`,
    );
    const keys = JSON.parse(body.toString('utf8')).nodes.map((n: { key: string }) => n.key);
    expect(keys).toContain('syri-i-vizionit');
    const view = await actorView(
      new AnalyticsCache(api().store),
      withDefaultEvidence<NetworkFilter>({ sectors: ['CIVIL_SOCIETY', 'INTERNATIONAL'] }),
      {
        ego: { actorId: 'syri-i-vizionit', hops: 2 },
      },
    );
    expect(keys).toEqual(view.nodes.map((n) => n.actor.id));
  });

  it.each([
    ['asOf=2023-02-30', 'asOf'],
    ['sectors=CIVIL_SOCIETY,PIRATES', 'sectors[1]'],
    ['partnershipKinds=FUNDING&partnershipKinds=GIFTS', 'partnershipKinds[1]'],
    ['themeIds=Not%20A%20Slug', 'themeIds[0]'],
    ['ego=syri-i-vizionit&hops=11', 'hops'],
    ['ego=syri-i-vizionit&hops=two', 'hops'],
    ['hops=1', 'hops'],
    ['ego=a&ego=b', 'ego'],
    ['metrics=FAME', 'metrics[0]'],
    ['sector=CIVIL_SOCIETY', 'sector'],
    ['layout=yes', 'layout'],
  ])('refuses %s with a 400 naming %s', async (query, path) => {
    const { response, json } = await download(api(), `/export/network.gexf?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const [error] = json().errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.issues.map((i: { path: string }) => i.path)).toEqual([path]);
  });

  it('places the nodes with layout=true: the positions of the network field, as GEXF viz:position', async () => {
    const filter: NetworkFilter = { sectors: ['CHILDREN_AND_YOUTH'] };
    const plain = await download(api(), '/export/network.gexf?sectors=CHILDREN_AND_YOUTH');
    expect(plain.body.toString('utf8')).not.toContain('<viz:position');
    const { response, body } = await download(
      api(),
      '/export/network.gexf?sectors=CHILDREN_AND_YOUTH&layout=true',
    );
    expect(response.status).toBe(200);
    const view = await actorView(new AnalyticsCache(api().store), withDefaultEvidence(filter), {
      layout: true,
    });
    const gexf = body.toString('utf8');
    expect(gexf.match(/<viz:position /g)).toHaveLength(view.nodes.length);
    const first = view.nodes[0]!;
    expect(gexf).toContain(`<viz:position x="${first.position!.x}" y="${first.position!.y}" z="0.0"/>`);
  });

  it('answers 404 for an unknown ego and an unknown format', async () => {
    const ego = await download(api(), '/export/network.gexf?ego=nobody-at-all');
    expect(ego.response.status).toBe(404);
    expect(ego.json().errors[0]).toMatchObject({
      message: 'actor "nobody-at-all" does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
    const format = await download(api(), '/export/network.xlsx');
    expect(format.response.status).toBe(404);
    expect(format.json().errors[0].message).toMatch(/graphml, gexf, json, csv, cypher/);
  });
});

describe('GET /export/network without anonymous reading', () => {
  const api = useTestApi({ allowAnonymousRead: false });

  it('needs a valid key: 401 without one or with a wrong one, 200 for a reader', async () => {
    const anonymous = await download(api(), '/export/network.json');
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.response.headers.get('www-authenticate')).toBe('Bearer');
    expect(anonymous.json().errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await download(api(), '/export/network.json', { authorization: 'Bearer not-a-key' });
    expect(wrong.response.status).toBe(401);
    const reader = await download(api(), '/export/network.json', {
      authorization: authorization(api(), 'reader'),
    });
    expect(reader.response.status).toBe(200);
  });

  it('checks the key before the parameters, so a refusal says nothing of the data', async () => {
    const { response } = await download(api(), '/export/network.json?ego=nobody-at-all&asOf=bad');
    expect(response.status).toBe(401);
  });
});

describe('GET /export/network of a large network', () => {
  const api = useTestApi({ seed: false });
  const ACTORS = 6000;

  beforeAll(async () => {
    const actors = Array.from({ length: ACTORS }, (_, i) => ({
      id: `xl-${i}`,
      name: `Large actor ${i}`,
      sector: 'CIVIL_SOCIETY',
      kind: 'NGO',
      tags: [],
    }));
    const partnerships = actors.slice(2).map((a, i) => ({
      id: `xl-p${i}`,
      title: `Large partnership ${i}`,
      kind: 'COORDINATION',
      participants: [actors[i]!, actors[i + 1]!, a].map((x) => ({ actorId: x.id, role: 'MEMBER' })),
    }));
    await api().store.write({ upsert: { actors, partnerships } });
  });

  it('streams it in chunks to a slow reader, whole and as written', async () => {
    const url = new URL(`${api().base}/export/network.graphml`);
    const { headers, chunks } = await new Promise<{ headers: http.IncomingHttpHeaders; chunks: Buffer[] }>(
      (resolve, reject) => {
        http
          .get(url, (res) => {
            const received: Buffer[] = [];
            // Paused for a while first: the server must wait for the socket ('drain'), not buffer it all.
            res.pause();
            setTimeout(() => res.resume(), 300);
            res.on('data', (chunk: Buffer) => received.push(chunk));
            res.on('end', () => resolve({ headers: res.headers, chunks: received }));
            res.on('error', reject);
          })
          .on('error', reject);
      },
    );
    expect(headers['transfer-encoding']).toBe('chunked');
    expect(headers['content-length']).toBeUndefined();
    expect(chunks.length).toBeGreaterThan(10);
    const view = await actorView(new AnalyticsCache(api().store), withDefaultEvidence({}));
    expect(view.edges.length).toBeGreaterThan(2 * ACTORS - 10);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(exportText('graphml', view, []));
  });

  it('survives a client that goes away mid-download', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = http.get(`${api().base}/export/network.cypher`, (res) => {
        res.once('data', () => {
          request.destroy();
          resolve();
        });
      });
      request.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' ? resolve() : reject(error),
      );
    });
    const { response } = await download(api(), '/export/network.json?metrics=DEGREE');
    expect(response.status).toBe(200);
  });
});
