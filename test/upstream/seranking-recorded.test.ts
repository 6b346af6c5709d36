// Replays every recorded real SE Ranking response (../shared/upstream/recorded/seranking/) through the client
// over real HTTP: a loopback server answers with the recorded status and body, the client parses or maps it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUpstreamError, type UpstreamErrorCode } from '../../src/upstream/errors.js';
import { SerankingClient } from '../../src/upstream/seranking/client.js';
import { type Recording, readRecordings } from '../support/recorded.js';

/** SE Ranking recordings name their HTTP method. */
interface SerankingRecording extends Recording {
  method: string;
}

const recordings = readRecordings<SerankingRecording>('seranking');

/** Endpoints seograph does not use (recorded README: skip them). */
const SKIPPED = /^\/v1\/(serp\/|ai-search\/|domain\/aio\/)/;

const KEY = 'recorded-replay-key';
const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);

/** How each recorded endpoint is reached through the client. `/v1/*` recordings are errors of any endpoint. */
const CALLS: Record<string, (c: SerankingClient, p: Record<string, unknown>) => Promise<unknown>> = {
  '/v1/*': (c) => c.subscription(),
  '/v1/account/subscription': (c) => c.subscription(),
  '/v1/backlinks/summary': async (c, p) => (await c.backlinkSummaries([str(p.target, 'seranking.com')]))[0],
  '/v1/domain/competitors': (c, p) =>
    c.domainCompetitors(str(p.domain, 'x.com'), str(p.source, 'us'), { type: p.type === 'adv' ? 'paid' : 'organic' }),
  '/v1/domain/keywords': (c, p) =>
    c.domainKeywords(str(p.domain, 'x.com'), str(p.source, 'us'), { type: p.type === 'adv' ? 'paid' : 'organic' }),
  '/v1/domain/overview/db': (c, p) => c.domainOverview(str(p.domain, 'x.com'), str(p.source, 'us')),
  '/v1/domain/overview/history': (c, p) => c.domainOverviewHistory(str(p.domain, 'x.com'), str(p.source, 'us')),
  '/v1/domain/overview/worldwide': (c, p) => c.domainOverviewWorldwide(str(p.domain, 'x.com')),
  '/v1/keywords/export': async (c, p) => {
    const keywords = Array.isArray(p['keywords[]']) ? p['keywords[]'].map(String) : [];
    const results = await c.keywordMetrics(keywords, str(p.source, 'us'));
    return results.find(isUpstreamError) ?? results;
  },
  '/v1/keywords/longtail': (c, p) => c.longtailKeywords(str(p.keyword, 'seo'), str(p.source, 'us')),
  '/v1/keywords/questions': (c, p) => c.keywordQuestions(str(p.keyword, 'seo'), str(p.source, 'us')),
  '/v1/keywords/related': (c, p) => c.relatedKeywords(str(p.keyword, 'seo'), str(p.source, 'us')),
  '/v1/keywords/similar': (c, p) => c.similarKeywords(str(p.keyword, 'seo'), str(p.source, 'us')),
};

/** What each recorded error status and message must map to. */
const EXPECTED_CODES: Record<string, UpstreamErrorCode> = {
  'insufficient-funds-403-docs.json': 'INSUFFICIENT_FUNDS',
  'rate-limit-429-docs.json': 'UPSTREAM_RATE_LIMITED',
};

let server: Server;
let client: SerankingClient;
let reply: { status: number; text: string } = { status: 500, text: '' };
const seen: Array<{ method: string; url: string; authorization: string | undefined; accept: string | undefined }> = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      accept: req.headers.accept,
    });
    req.resume();
    req.on('end', () => {
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(reply.text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  client = new SerankingClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: KEY, knownHugeTargets: [] });
});

afterAll(async () => {
  await client.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function replay(rec: SerankingRecording): Promise<unknown> {
  reply = { status: rec.status, text: rec.rawBody ?? JSON.stringify(rec.body) };
  seen.length = 0;
  const call = CALLS[rec.path];
  if (!call) throw new Error(`no client method for ${rec.path}`);
  return call(client, rec.params).catch((error: unknown) => error);
}

describe('recorded SE Ranking responses through the client', () => {
  const used = recordings.filter((r) => !SKIPPED.test(r.path));

  it('has a client method for every recorded endpoint seograph uses', () => {
    expect(used.length).toBeGreaterThan(10);
    for (const rec of used) expect(CALLS[rec.path], rec.file).toBeDefined();
  });

  for (const rec of used) {
    const parsable = rec.rawBody === undefined;
    it(`${rec.file} (${rec.evidence}, ${rec.status}) ${rec.status < 300 ? 'parses' : 'maps to its code'}`, async () => {
      if (!parsable) return; // a docs body that is not valid JSON has nothing to parse
      const result = await replay(rec);
      const request = seen[0];
      expect(request?.method).toBe(rec.method === 'POST' ? 'POST' : 'GET');
      if (!rec.path.includes('*')) expect(request?.url.split('?')[0]).toBe(rec.path);
      expect(request?.authorization).toBe(`Token ${KEY}`);
      expect(request?.url).not.toContain(KEY);
      if (rec.status >= 200 && rec.status < 300) {
        if (isUpstreamError(result)) expect.fail(`${rec.file}: ${result.code} ${result.detail ?? ''}`);
        expect(result).toBeDefined();
      } else {
        expect(isUpstreamError(result) && result.code).toBe(EXPECTED_CODES[rec.file]);
        expect(isUpstreamError(result) && result.httpStatus).toBe(rec.status);
      }
    });
  }
});

describe('quirks shown by the recordings', () => {
  const byFile = (file: string) => {
    const rec = recordings.find((r) => r.file === file);
    if (!rec) throw new Error(`missing recording ${file}`);
    return rec;
  };

  it('reads the subscription typo and string units', async () => {
    expect(await replay(byFile('account-subscription-wire-2026-02.json'))).toEqual({
      status: 'active',
      startDate: '2026-02-10T19:25:58Z',
      expirationDate: '2026-11-10T19:25:58Z',
      unitsLimit: 100_000_000,
      unitsLeft: 99_828_779,
    });
  });

  it('sends keywords as multipart keywords[] with source in the query, and reads the 201 bare array', async () => {
    const results = await replay(byFile('keywords-export-wire-2025-10.json'));
    expect(seen[0]?.url).toBe('/v1/keywords/export?source=us');
    expect(results).toMatchObject([
      { keyword: 'seo', dataFound: true, volume: 33100, cpc: 4.11, competition: 0.18, difficulty: 77, trend: null },
      { keyword: 'python', dataFound: true, volume: 47500 },
    ]);
  });

  it('keeps price_sum whether int or float, and buckets positions', async () => {
    const history = await replay(byFile('domain-overview-history-wire-2026-02.json'));
    expect(Array.isArray(history) && history[0]).toMatchObject({
      trafficCost: 91345,
      year: 2020,
      month: 2,
      positions: [
        { from: 1, to: 5, keywords: 2235 },
        { from: 6, to: 10, keywords: 1131 },
        { from: 11, to: 20, keywords: 2072 },
        { from: 21, to: 50, keywords: 5843 },
        { from: 51, to: 100, keywords: 11257 },
      ],
    });
    const overview = await replay(byFile('domain-overview-db-wire-2025-10.json'));
    expect(overview).toMatchObject({
      domain: 'seranking.com',
      source: 'us',
      organic: { keywords: 113796, trafficCost: 101887.55 },
      paid: { keywords: 16, positions: [{ from: 1, to: 2, keywords: 15 }, { from: 3, to: 5 }, { from: 6, to: 8 }, {}] },
    });
  });

  it('reads paid domain keywords with null previous positions and snippets', async () => {
    const rows = await replay(byFile('domain-keywords-wire-2025-10-adv.json'));
    expect(Array.isArray(rows) && rows[0]).toMatchObject({
      keyword: 'backlink counter',
      previousPosition: null,
      totalSites: null,
      intents: [],
      snippet: { displayUrl: 'seranking.com/backlink-checker.html' },
    });
  });

  it('reads related keywords with relevance and monthly trend, oldest first', async () => {
    const related = await replay(byFile('keywords-related-wire-2025-10.json'));
    expect(related).toMatchObject({ total: 16575, keywords: expect.any(Array) });
    const first = (related as { keywords: Array<{ relevance: number; trend: Array<{ month: string }> }> }).keywords[0];
    expect(first?.relevance).toBe(7);
    expect(first?.trend[0]?.month).toBe('2024-10-01');
    expect(first?.trend).toHaveLength(12);
  });
});
