// The SE Ranking client against the SE Ranking sandbox over loopback: every method, batch splitting read from
// the sandbox's own call statistics, 244 isolation, the mapping of error rows, and validation that spends nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_KEYS, SERANKING_DEMO_KEYS } from '../../src/sandbox/keys.js';
import { startSerankingSandbox } from '../../src/sandbox/seranking/index.js';
import { isUpstreamError, type UpstreamError } from '../../src/upstream/errors.js';
import { SerankingClient, type SerankingClientOptions } from '../../src/upstream/seranking/client.js';
import type { BacklinkSummary, KeywordMetrics } from '../../src/upstream/seranking/types.js';
import { SerankingAdmin } from '../support/sandbox.js';

type RunningSandbox = Awaited<ReturnType<typeof startSerankingSandbox>>;

let sandbox: RunningSandbox;
let admin: SerankingAdmin;
let client: SerankingClient;
const clients: SerankingClient[] = [];

function makeClient(options: Partial<SerankingClientOptions> = {}): SerankingClient {
  const c = new SerankingClient({
    baseUrl: sandbox.url,
    apiKey: SANDBOX_KEYS.seranking,
    knownHugeTargets: [],
    ...options,
  });
  clients.push(c);
  return c;
}

const stats = () => admin.stats();
const keyOf = (id: string) => SERANKING_DEMO_KEYS.find((k) => k.id === id)?.key ?? 'missing-demo-key';
const ok = <T>(value: T | UpstreamError): T => {
  if (isUpstreamError(value)) throw value;
  return value;
};
const code = (value: unknown) => (isUpstreamError(value) ? value.code : 'ok');

beforeAll(async () => {
  sandbox = await startSerankingSandbox({ port: 0, dataDate: '2026-03-01' });
  admin = new SerankingAdmin(sandbox.url);
  client = makeClient();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await sandbox.close();
});

beforeEach(async () => {
  await admin.reset({ config: true });
  // The tests count calls, not the rolling second: lift the demo key's rate limit.
  await admin.patchKey('default', { rateLimitPerSecond: 10_000 });
});

describe('backlinks for many targets', () => {
  it('returns summaries in input order with golden numbers, null for unknown ranks and zeros kept', async () => {
    const results = await client.backlinkSummaries([
      'seranking.com',
      'unranked.example',
      'zero.example',
      'SERANKING.com',
    ]);
    const [golden, unranked, zero, again] = results.map(ok);
    expect(golden).toMatchObject({
      target: 'seranking.com',
      backlinks: 22407,
      refDomains: 2329,
      subnets: 1403,
      ips: 1961,
      dofollowBacklinks: 18689,
      nofollowBacklinks: 3718,
      inlinkRank: 24,
      domainInlinkRank: 68,
    });
    expect(again).toBe(golden);
    expect(unranked).toMatchObject({ inlinkRank: null, domainInlinkRank: null });
    expect(unranked?.backlinks).toBeGreaterThan(0);
    expect(zero).toMatchObject({ backlinks: 0, refDomains: 0, inlinkRank: 0, domainInlinkRank: 0 });
    const s = await stats();
    expect(s.total).toBe(1);
    expect(s.byEndpoint['GET /v1/backlinks/summary']).toMatchObject({ calls: 1, items: 3 });
  });

  it('agrees between summary, metrics and authority', async () => {
    const targets = ['stripe.com', 'moz.com'];
    const summaries = (await client.backlinkSummaries(targets)).map(ok);
    const metrics = (await client.backlinkMetrics(targets)).map(ok);
    const authority = (await client.authority(targets)).map(ok);
    targets.forEach((target, i) => {
      expect(metrics[i]).toMatchObject({
        target,
        backlinks: summaries[i]?.backlinks,
        refDomains: summaries[i]?.refDomains,
      });
      expect(authority[i]).toEqual({
        target,
        inlinkRank: summaries[i]?.inlinkRank,
        domainInlinkRank: summaries[i]?.domainInlinkRank,
      });
    });
  });

  it('splits 250 targets into 3 calls of at most 100', async () => {
    const targets = Array.from({ length: 250 }, (_, i) => `site-${i}.example.com`);
    const results = await client.backlinkSummaries(targets, 'domain');
    expect(results.map((r) => ok(r).target)).toEqual(targets);
    const s = await stats();
    expect(s.total).toBe(3);
    expect(s.byEndpoint['GET /v1/backlinks/summary']).toMatchObject({ calls: 3, items: 250, maxItems: 100 });
  });

  it('leaves out huge targets after one 244 and answers them TARGET_TOO_LARGE from then on', async () => {
    const targets = ['seranking.com', 'https://www.youtube.com/watch?v=x', 'moz.com', 'en.wikipedia.org'];
    const results = await client.backlinkSummaries(targets);
    expect(results.map(code)).toEqual(['ok', 'TARGET_TOO_LARGE', 'ok', 'TARGET_TOO_LARGE']);
    expect((results[1] as UpstreamError).items).toEqual([targets[1]]);
    expect((await stats()).calls.map((c) => c.status)).toEqual([244, 200]);

    const again = await client.authority(['youtube.com', 'seranking.com']);
    expect(again.map(code)).toEqual(['TARGET_TOO_LARGE', 'ok']);
    expect((await stats()).total).toBe(3);
  });

  it('does not send the configured known huge targets at all', async () => {
    const results = await makeClient({ knownHugeTargets: ['google.com'] }).backlinkSummaries(['google.com', 'moz.com']);
    expect(results.map(code)).toEqual(['TARGET_TOO_LARGE', 'ok']);
    expect((await stats()).calls.map((c) => c.status)).toEqual([200]);
  });
});

describe('backlinks of one target', () => {
  it('lists backlinks, referring domains, anchors and new/lost history within the limit', async () => {
    const backlinks = await client.backlinks('seranking.com', 'domain', { limit: 5, orderBy: 'inlink_rank' });
    expect(backlinks).toHaveLength(5);
    expect(backlinks[0]).toMatchObject({
      urlFrom: expect.any(String),
      urlTo: expect.any(String),
      nofollow: expect.any(Boolean),
    });
    const refDomains = await client.refDomains('seranking.com', 'host', { limit: 3 });
    expect(refDomains).toHaveLength(3);
    expect(refDomains[0]?.domain).toEqual(expect.any(String));
    const anchors = await client.anchors('seranking.com', 'host', { limit: 4 });
    expect(anchors).toHaveLength(4);
    const history = await client.history('seranking.com', 'domain', {
      dateFrom: '2026-02-01',
      dateTo: '2026-02-28',
      limit: 50,
    });
    for (const change of history) expect(['new', 'lost']).toContain(change.change);
    const counts = await client.historyCount('seranking.com', 'domain', {
      dateFrom: '2026-02-01',
      dateTo: '2026-02-28',
    });
    expect(counts).toHaveLength(28);
    expect(counts[0]).toMatchObject({
      date: '2026-02-01',
      newBacklinks: expect.any(Number),
      lostBacklinks: expect.any(Number),
    });
    expect((await stats()).total).toBe(5);
  });
});

describe('keywords', () => {
  it('splits an export at the configured batch size and answers every keyword in input order', async () => {
    const keywords = Array.from({ length: 2500 }, (_, i) => `running shoes model ${i}`);
    const withDuplicates = [...keywords, '  RUNNING   shoes model 7 ', 'zzz nothing here'];
    const results = (await makeClient({ maxKeywordsPerExport: 1000 }).keywordMetrics(withDuplicates, 'us')).map(ok);
    expect(results.map((r) => r.keyword)).toEqual([...keywords, 'running shoes model 7', 'zzz nothing here']);
    expect(results[2500]).toBe(results[7]);
    expect(results[2501]).toMatchObject({ dataFound: false, volume: null, cpc: null });
    const found = results.filter((r: KeywordMetrics) => r.dataFound);
    expect(found.length).toBeGreaterThan(2000);
    for (const r of found.slice(0, 50)) expect(r.volume).toBeGreaterThan(0);
    const s = await stats();
    expect(s.byEndpoint['POST /v1/keywords/export']).toMatchObject({ calls: 3, maxItems: 1000 });
  });

  it('finds similar, related and question keywords with totals', async () => {
    const similar = await client.similarKeywords('running shoes', 'us', { limit: 10 });
    const related = await client.relatedKeywords('running shoes', 'us', { limit: 10, withTrend: true });
    const questions = await client.keywordQuestions('running shoes', 'uk', { limit: 5 });
    expect(similar.keywords).toHaveLength(10);
    expect(similar.total).toBeGreaterThanOrEqual(10);
    expect(related.keywords[0]?.trend).toHaveLength(12);
    expect(related.keywords[0]?.relevance).toEqual(expect.any(Number));
    expect(questions.keywords.length).toBeLessThanOrEqual(5);
  });
});

describe('domain analysis and account', () => {
  it('reads the overview, ranking keywords (also historical, with string numbers) and competitors', async () => {
    const overview = await client.domainOverview('https://www.seranking.com/', 'us');
    expect(overview).toMatchObject({
      domain: 'seranking.com',
      source: 'us',
      organic: { keywords: 113796, traffic: 41599 },
    });
    expect(overview.organic?.positions.map((b) => `${b.from}-${b.to}`)).toEqual([
      '1-5',
      '6-10',
      '11-20',
      '21-50',
      '51-100',
    ]);
    const keywords = await client.domainKeywords('seranking.com', 'us', { limit: 10 });
    expect(keywords).toHaveLength(10);
    const historical = await client.domainKeywords('seranking.com', 'us', { limit: 5, year: 2025, month: 6 });
    expect(historical.every((k) => typeof k.volume === 'number')).toBe(true);
    expect(historical.flatMap((k) => k.intents).every((i) => ['I', 'N', 'T', 'C', 'L'].includes(i))).toBe(true);
    const competitors = await client.domainCompetitors('seranking.com', 'us');
    expect(competitors.length).toBeGreaterThanOrEqual(20);
    for (const c of competitors) expect(c.missingKeywords).toBe(c.totalKeywords - c.commonKeywords);
  });

  it('reads the subscription and the credit balance from one ledger', async () => {
    await client.backlinkSummaries(['seranking.com']);
    const subscription = await client.subscription();
    const balance = await client.creditBalance();
    expect(subscription.status).toBe('active');
    expect(subscription.unitsLeft).toBe(subscription.unitsLimit - 100);
    expect(balance).toEqual({ limit: subscription.unitsLimit, used: 100 });
  });
});

describe('error rows', () => {
  it('maps key states to their codes', async () => {
    const call = (apiKey: string) => makeClient({ apiKey }).domainCompetitors('seranking.com', 'us');
    await expect(call('not-a-sandbox-key')).rejects.toMatchObject({ code: 'AUTHENTICATION_FAILED', httpStatus: 400 });
    await expect(call(keyOf('disabled'))).rejects.toMatchObject({ code: 'AUTHENTICATION_FAILED' });
    await expect(call(keyOf('expired'))).rejects.toMatchObject({ code: 'LICENSE_EXPIRED', httpStatus: 403 });
    await expect(call(keyOf('empty'))).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
  });

  it('maps injected 429, 503 and 500 and a malformed 200, per item on batch calls', async () => {
    await admin.setFaults({ forceStatus: { status: 429, count: 1, retryAfter: 1 } });
    const [limited] = await client.backlinkSummaries(['seranking.com']);
    expect(limited).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfter: 1, retryable: true });
    await admin.setFaults({ forceStatus: { status: 503, count: 1 } });
    await expect(client.creditBalance()).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    await admin.setFaults({ forceStatus: { status: 500, count: 1 } });
    await expect(client.similarKeywords('seo', 'us')).rejects.toMatchObject({ code: 'UPSTREAM_ERROR' });
    await admin.replaceFaults({ forced: [{ endpoint: '*', status: 200, action: 'malformed', count: 1 }] });
    await expect(client.subscription()).rejects.toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE' });
  });

  it('maps count limits and maintenance, per item on batch calls', async () => {
    await admin.patchConfig({ limits: { maxTargets: 2, maxKeywords: 2 } });
    const wide = makeClient({ maxTargetsPerCall: 3, maxKeywordsPerExport: 3 });
    const targets = await wide.backlinkSummaries(['a-site.com', 'b-site.com', 'c-site.com', 'd-site.com']);
    expect(targets.map(code)).toEqual(['TOO_MANY_TARGETS', 'TOO_MANY_TARGETS', 'TOO_MANY_TARGETS', 'ok']);
    const keywords = await wide.keywordMetrics(['one', 'two', 'three', 'four'], 'us');
    expect(keywords.map(code)).toEqual(['TOO_MANY_KEYWORDS', 'TOO_MANY_KEYWORDS', 'TOO_MANY_KEYWORDS', 'ok']);
    await admin.patchConfig({ maintenance: true });
    await expect(client.subscription()).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', httpStatus: 503 });
  });

  it('maps the real-API dialect too', async () => {
    await admin.patchConfig({ dialect: 'real' });
    await expect(makeClient({ apiKey: 'unknown' }).creditBalance()).rejects.toMatchObject({
      code: 'AUTHENTICATION_FAILED',
      httpStatus: 401,
    });
    await expect(makeClient({ apiKey: keyOf('empty') }).domainCompetitors('seranking.com', 'us')).rejects.toMatchObject(
      {
        code: 'INSUFFICIENT_FUNDS',
        httpStatus: 402,
      },
    );
  });

  it('validates input before any upstream call', async () => {
    await expect(client.domainOverview('seranking.com', 'zz')).rejects.toMatchObject({ code: 'INVALID_SOURCE' });
    await expect(client.domainKeywords('seranking.com', 'worldwide')).rejects.toMatchObject({ code: 'INVALID_SOURCE' });
    await expect(client.domainCompetitors('bad domain', 'us')).rejects.toMatchObject({ code: 'INVALID_DOMAIN' });
    await expect(client.similarKeywords('', 'us')).rejects.toMatchObject({ code: 'INVALID_KEYWORDS' });
    await expect(client.backlinks('seranking.com', 'host', { limit: 20_000 })).rejects.toMatchObject({
      code: 'ROW_LIMIT_EXCEEDED',
    });
    const [bad] = await client.backlinkSummaries(['not a target']);
    expect(code(bad)).toBe('INVALID_TARGET');
    const [badKeyword] = await client.keywordMetrics(['x'.repeat(300)], 'us');
    expect(code(badKeyword)).toBe('INVALID_KEYWORDS');
    expect((await stats()).total).toBe(0);
  });

  it('gets the same codes from the sandbox when validation is bypassed by the wire', async () => {
    // The same values sent raw: the sandbox's answers map to the codes the client produces locally.
    const raw = async (path: string) => {
      const res = await fetch(`${sandbox.url}${path}`, {
        headers: { authorization: `Token ${SANDBOX_KEYS.seranking}` },
      });
      return { status: res.status, body: (await res.json()) as { error?: { message?: string } } };
    };
    expect((await raw('/v1/domain/overview/db?source=zz&domain=seranking.com')).body.error?.message).toBe(
      'Invalid source',
    );
    expect((await raw('/v1/domain/competitors?source=us&domain=bad%20domain')).body.error?.message).toBe(
      'Invalid domain',
    );
    expect((await raw('/v1/backlinks/summary?target=not%20a%20target')).body.error?.message).toBe('Invalid target');
  });
});

describe('summary rows', () => {
  it('carry the optional breakdowns as domain types', async () => {
    const [summary] = await client.backlinkSummaries(['seranking.com']);
    const s = ok(summary) as BacklinkSummary;
    expect(s.topCountries.every((c) => c.value === c.value.toLowerCase())).toBe(true);
    expect(Array.isArray(s.topAnchorsByBacklinks)).toBe(true);
  });
});
