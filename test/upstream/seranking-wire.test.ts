// SE Ranking client behaviour the sandbox cannot show (a 244 without a target list, malformed bodies, proxy
// pages, POST for long target lists), exercised over real HTTP against a scripted loopback upstream.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isUpstreamError, type UpstreamError } from '../../src/upstream/errors.js';
import { SerankingClient } from '../../src/upstream/seranking/client.js';
import type { BacklinkSummary } from '../../src/upstream/seranking/types.js';

interface Seen {
  method: string;
  url: URL;
  body: string;
  contentType: string | undefined;
}

type Handler = (req: Seen) => { status: number; body: unknown; headers?: Record<string, string>; delayMs?: number };

let server: Server;
let baseUrl: string;
let handler: Handler;
const seen: Seen[] = [];
let open = 0;
let peakOpen = 0;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://stub'),
        body,
        contentType: req.headers['content-type'],
      };
      seen.push(request);
      open++;
      peakOpen = Math.max(peakOpen, open);
      const out = handler(request);
      setTimeout(() => {
        open--;
        res.writeHead(out.status, { 'content-type': 'application/json', ...out.headers });
        res.end(typeof out.body === 'string' ? out.body : JSON.stringify(out.body));
      }, out.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen.length = 0;
  peakOpen = 0;
});

const clients: SerankingClient[] = [];
function client(options: Partial<ConstructorParameters<typeof SerankingClient>[0]> = {}) {
  const c = new SerankingClient({ baseUrl, apiKey: 'stub-key', knownHugeTargets: [], ...options });
  clients.push(c);
  return c;
}
afterAll(() => Promise.all(clients.map((c) => c.close())));

/** The targets of a backlinks call, whether GET (repeated `target=`) or POST JSON. */
function targetsOf(req: Seen): string[] {
  if (req.method === 'POST') return (JSON.parse(req.body) as { target: string[] }).target;
  return req.url.searchParams.getAll('target');
}

const summaryRow = (target: string, rank = 30) => ({
  target,
  backlinks: 10,
  refdomains: 2,
  subnets: 1,
  ips: 1,
  dofollow_backlinks: 7,
  nofollow_backlinks: 3,
  inlink_rank: rank,
  domain_inlink_rank: rank,
});

/** A real-API-like upstream: 244 with no target list whenever a huge site is in the batch. */
const hugeWithoutList =
  (huge: ReadonlySet<string>): Handler =>
  (req) => {
    const targets = targetsOf(req);
    if (targets.some((t) => huge.has(t))) {
      return { status: 244, body: { error: { code: 244, message: 'Results for huge websites are unavailable.' } } };
    }
    return { status: 200, body: { summary: targets.map((t) => summaryRow(t)) } };
  };

const code = (value: unknown) => (isUpstreamError(value) ? value.code : 'ok');

describe('244 for huge targets', () => {
  it('bisects a batch when the 244 names no targets, and remembers the huge ones', async () => {
    handler = hugeWithoutList(new Set(['huge-a.com', 'huge-b.com']));
    const c = client();
    const targets = Array.from({ length: 8 }, (_, i) => `site${i}.com`);
    targets.splice(2, 0, 'huge-a.com');
    targets.splice(7, 0, 'huge-b.com');
    const results = await c.backlinkSummaries(targets);
    expect(results.map(code)).toEqual(targets.map((t) => (t.startsWith('huge') ? 'TARGET_TOO_LARGE' : 'ok')));
    expect((results[2] as UpstreamError).items).toEqual(['huge-a.com']);
    expect(results.filter((r): r is BacklinkSummary => !isUpstreamError(r)).map((r) => r.target)).toEqual(
      targets.filter((t) => !t.startsWith('huge')),
    );
    const calls = seen.length;
    expect(calls).toBeGreaterThan(2);

    // The negative cache answers the next time without sending them, in one call.
    seen.length = 0;
    const again = await c.backlinkSummaries(['huge-a.com', 'site0.com', 'www.huge-b.com']);
    expect(again.map(code)).toEqual(['TARGET_TOO_LARGE', 'ok', 'TARGET_TOO_LARGE']);
    expect(seen.map(targetsOf)).toEqual([['site0.com']]);
  });

  it('never sends configured known huge targets', async () => {
    handler = hugeWithoutList(new Set());
    const results = await client({ knownHugeTargets: ['google.com'] }).backlinkSummaries([
      'https://maps.google.com/x',
      'a.com',
    ]);
    expect(results.map(code)).toEqual(['TARGET_TOO_LARGE', 'ok']);
    expect(seen.map(targetsOf)).toEqual([['a.com']]);
  });
});

describe('batching', () => {
  it('switches to POST JSON when the query would pass 6,000 bytes, keeping input order and duplicates', async () => {
    handler = (req) => ({ status: 200, body: { summary: [...targetsOf(req)].reverse().map((t) => summaryRow(t)) } });
    const targets = Array.from({ length: 100 }, (_, i) => `https://www.example-${i}.com/${'p'.repeat(60)}`);
    const results = await client().backlinkSummaries([...targets, targets[5] ?? ''], 'url');
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.contentType).toBe('application/json');
    expect(JSON.parse(seen[0]?.body ?? '{}')).toMatchObject({ mode: 'url' });
    expect(results.map((r) => (isUpstreamError(r) ? r.code : r.target))).toEqual([...targets, targets[5]]);
  });

  it('matches rows by normalised target, falling back to position', async () => {
    handler = (req) => ({
      status: 200,
      body: { summary: targetsOf(req).map((t, i) => summaryRow(i === 0 ? t.toUpperCase() : `echo-${i}`)) },
    });
    const results = await client().backlinkSummaries(['https://www.Alpha.com/', 'beta.com']);
    expect(results.map((r) => (isUpstreamError(r) ? r.code : r.target))).toEqual(['HTTPS://WWW.ALPHA.COM/', 'echo-1']);
  });

  it('reports a failing chunk per item without failing the other chunks', async () => {
    let n = 0;
    handler = (req) =>
      n++ === 0
        ? { status: 503, body: 'Service Unavailable', headers: { 'content-type': 'text/html', 'retry-after': '2' } }
        : { status: 200, body: { metrics: targetsOf(req).map((t) => ({ ...summaryRow(t), target: t })) } };
    const targets = Array.from({ length: 5 }, (_, i) => `m${i}.com`);
    const results = await client({ maxTargetsPerCall: 2, maxChunksInFlight: 1 }).backlinkMetrics(targets);
    expect(results.map(code)).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE', 'ok', 'ok', 'ok']);
    expect((results[0] as UpstreamError).retryAfter).toBe(2);
  });

  it('keeps at most the configured number of chunks in flight', async () => {
    handler = (req) => ({
      status: 200,
      delayMs: 40,
      body: { pages: targetsOf(req).map((t) => ({ url: t, inlink_rank: 1, domain_inlink_rank: 2 })) },
    });
    const targets = Array.from({ length: 6 }, (_, i) => `c${i}.com`);
    const results = await client({ maxTargetsPerCall: 1, maxChunksInFlight: 2 }).authority(targets);
    expect(results.map(code)).toEqual(targets.map(() => 'ok'));
    expect(seen).toHaveLength(6);
    expect(peakOpen).toBe(2);
  });
});

describe('wire quirks and contract violations', () => {
  it('maps negative ranks to null and keeps zeros', async () => {
    handler = () => ({
      status: 200,
      body: { pages: [{ url: 'a.com', inlink_rank: -1, domain_inlink_rank: 0 }] },
    });
    expect(await client().authority(['a.com'])).toEqual([{ target: 'a.com', inlinkRank: null, domainInlinkRank: 0 }]);
  });

  it('treats is_data_found:false with zero metrics as no data, and fills keywords the export left out', async () => {
    handler = () => ({
      status: 201,
      body: [
        { is_data_found: false, keyword: 'qwxz blorf', volume: 0, cpc: 0, competition: 0, difficulty: 0 },
        {
          is_data_found: true,
          keyword: 'running shoes',
          volume: '1900',
          cpc: 1.2,
          competition: 0.5,
          difficulty: 40,
          serp_features: ['brand_new_feature'],
          intents: ['COMMERCIAL'],
        },
      ],
    });
    const results = await client().keywordMetrics(
      ['Running   Shoes', 'qwxz blorf', 'missing one', ' running shoes '],
      'US',
    );
    expect(seen[0]?.url.searchParams.get('source')).toBe('us');
    expect(seen[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0]?.body.match(/name="keywords\[\]"/g)).toHaveLength(3);
    expect(results).toMatchObject([
      { keyword: 'running shoes', dataFound: true, volume: 1900, serpFeatures: ['brand_new_feature'], intents: ['C'] },
      { keyword: 'qwxz blorf', dataFound: false, volume: null, cpc: null, difficulty: null },
      { keyword: 'missing one', dataFound: false, volume: null },
      { keyword: 'running shoes', dataFound: true },
    ]);
    expect(results[3]).toBe(results[0]);
  });

  it('reads historical domain keywords with string numbers and previous_position', async () => {
    handler = () => ({
      status: 200,
      body: [
        {
          keyword: 'seo',
          position: 3,
          previous_position: 5,
          volume: '480',
          traffic: '12',
          cpc: 1,
          competition: 0.1,
          difficulty: 30,
          url: 'https://x.com/',
          intents: ['INFORMATIONAL', 'X'],
        },
      ],
    });
    expect(await client().domainKeywords('x.com', 'us', { year: 2025, month: 1 })).toMatchObject([
      { keyword: 'seo', previousPosition: 5, volume: 480, traffic: 12, intents: ['I', 'X'], snippet: null },
    ]);
    expect(seen[0]?.url.searchParams.get('year')).toBe('2025');
  });

  it('names the failing field of a body that breaks the schema, without upstream text', async () => {
    handler = () => ({ status: 200, body: { summary: [{ ...summaryRow('a.com'), backlinks: 'lots' }] } });
    const [result] = await client().backlinkSummaries(['a.com']);
    expect(code(result)).toBe('UPSTREAM_BAD_RESPONSE');
    expect((result as UpstreamError).detail).toBe('summary.0.backlinks');

    handler = () => ({ status: 200, body: '<html>oops</html>', headers: { 'content-type': 'text/html' } });
    await expect(client().creditBalance()).rejects.toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', detail: 'body' });

    handler = () => ({
      status: 200,
      body: { subscription_info: { status: 'active', units_limit: 'many', units_left: 1 } },
    });
    await expect(client().subscription()).rejects.toMatchObject({ detail: 'subscription_info.units_limit' });
  });

  it('extracts messages from nested, flat and text error bodies', async () => {
    handler = () => ({ status: 400, body: { message: 'No token' } });
    await expect(client().creditBalance()).rejects.toMatchObject({ code: 'AUTHENTICATION_FAILED', httpStatus: 400 });
    handler = () => ({ status: 402, body: { error: { code: 402, message: 'Insufficient Funds' } } });
    await expect(client().creditBalance()).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
    handler = () => ({ status: 500, body: "source can't be empty", headers: { 'content-type': 'text/plain' } });
    await expect(client().creditBalance()).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    handler = () => ({ status: 504, body: '<html>Gateway Time-out</html>', headers: { 'content-type': 'text/html' } });
    await expect(client().domainCompetitors('x.com', 'us')).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
  });

  it('sends the key only in the Authorization header and exposes a hash of it', async () => {
    handler = () => ({ status: 200, body: { limit: 5, used: 1 } });
    const c = client({ apiKey: 'secret-key-123' });
    expect(await c.creditBalance()).toEqual({ limit: 5, used: 1 });
    expect(seen[0]?.url.search).toBe('');
    expect(c.credentialId).toMatch(/^[0-9a-f]{16}$/);
    expect(c.credentialId).not.toContain('secret');
  });
});

describe('input validation before any call', () => {
  it('answers bad sources, domains, keywords, limits and modes with the upstream code, sending nothing', async () => {
    const c = client();
    handler = () => ({ status: 500, body: {} });
    await expect(c.domainOverview('seranking.com', 'xx')).rejects.toMatchObject({ code: 'INVALID_SOURCE' });
    await expect(c.domainKeywords('seranking.com', 'worldwide')).rejects.toMatchObject({ code: 'INVALID_SOURCE' });
    await expect(c.domainCompetitors('not a domain', 'us')).rejects.toMatchObject({ code: 'INVALID_DOMAIN' });
    await expect(c.domainCompetitors('-bad-.com', 'us')).rejects.toMatchObject({ code: 'INVALID_DOMAIN' });
    await expect(c.similarKeywords('  ', 'us')).rejects.toMatchObject({ code: 'INVALID_KEYWORDS' });
    await expect(c.relatedKeywords('k'.repeat(256), 'us')).rejects.toMatchObject({ code: 'INVALID_KEYWORDS' });
    await expect(c.keywordQuestions('seo', 'us', { limit: 0 })).rejects.toMatchObject({ code: 'INVALID_PARAMETER' });
    await expect(c.backlinks('a.com', 'host', { limit: 10_001 })).rejects.toMatchObject({ code: 'ROW_LIMIT_EXCEEDED' });
    await expect(c.history('a.com', 'host', { dateFrom: '2026-02-30' })).rejects.toMatchObject({
      code: 'INVALID_PARAMETER',
    });
    await expect(c.anchors('ftp://a.com/x')).rejects.toMatchObject({ code: 'INVALID_TARGET' });
    await expect(c.keywordMetrics(['seo'], 'gb')).rejects.toMatchObject({ code: 'INVALID_SOURCE' });
    expect(await c.keywordMetrics(['', 'bad\u0007word'], 'us')).toMatchObject([
      { code: 'INVALID_KEYWORDS' },
      { code: 'INVALID_KEYWORDS' },
    ]);
    expect(seen).toHaveLength(0);
  });

  it('fails invalid targets per item and sends the valid ones', async () => {
    handler = (req) => ({ status: 200, body: { summary: targetsOf(req).map((t) => summaryRow(t)) } });
    const results = await client().backlinkSummaries([
      'a.com',
      'not a host',
      'twitter.com/seranking',
      'https://b.com/x',
    ]);
    expect(results.map(code)).toEqual(['ok', 'INVALID_TARGET', 'INVALID_TARGET', 'ok']);
    expect(seen.map(targetsOf)).toEqual([['a.com', 'https://b.com/x']]);
  });

  it('strips scheme, www and path from a domain before sending it', async () => {
    handler = () => ({ status: 200, body: [] });
    expect(await client().domainCompetitors('https://www.SEranking.com/blog/', 'US')).toEqual([]);
    expect(Object.fromEntries(seen[0]?.url.searchParams ?? [])).toEqual({ source: 'us', domain: 'seranking.com' });
  });

  it('fails only the targets an `Invalid target` answer names, re-issuing the rest', async () => {
    handler = (req) =>
      targetsOf(req).includes('b.com')
        ? { status: 400, body: { error: { code: 400, message: 'Invalid target', targets: ['b.com'] } } }
        : { status: 200, body: { summary: targetsOf(req).map((t) => summaryRow(t)) } };
    const results = await client().backlinkSummaries(['a.com', 'b.com', 'c.com']);
    expect(results.map(code)).toEqual(['ok', 'INVALID_TARGET', 'ok']);
    expect(seen.map(targetsOf)).toEqual([
      ['a.com', 'b.com', 'c.com'],
      ['a.com', 'c.com'],
    ]);
  });
});

describe('single-target calls', () => {
  it('remember a 244 target, so the next call for that site sends nothing', async () => {
    handler = () => ({ status: 244, body: { error: { code: 244, message: 'Results for huge websites…' } } });
    const c = client();
    await expect(c.refDomains('huge-site.com')).rejects.toMatchObject({ code: 'TARGET_TOO_LARGE', httpStatus: 244 });
    await expect(c.anchors('https://blog.huge-site.com/')).rejects.toMatchObject({ code: 'TARGET_TOO_LARGE' });
    expect(seen).toHaveLength(1);
    expect(Object.fromEntries(seen[0]?.url.searchParams ?? [])).toEqual({ target: 'huge-site.com', mode: 'host' });
  });

  it('pass the caller signal through', async () => {
    handler = () => ({ status: 200, delayMs: 500, body: { limit: 1, used: 0 } });
    const controller = new AbortController();
    const pending = client().creditBalance({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'UpstreamError' });
  });
});
