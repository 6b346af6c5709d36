// Every error row of the SE Ranking specification (seranking.md §3.4) and the sandbox-only rows, with exact status
// and message, the §3.7 order between them, both auth forms, and the `real` dialect (§7.6).
import { describe, expect, it } from 'vitest';
import { type CallOptions, form, keyOf, type SerankingHarness, useHarness } from './seranking-helpers.js';

let h: SerankingHarness;
useHarness((started) => {
  h = started;
});

const HUGE = 'Results for huge websites like google.com or twitter.com are unavailable via API so far.';
const longKeyword = 'k'.repeat(256);
const tooMany = Array.from({ length: 10_001 }, (_, i) => `keyword ${i}`);
const tooManyTargets = Array.from({ length: 101 }, (_, i) => `target=t${i}.example.com`).join('&');

interface Row {
  name: string;
  path: string;
  options?: CallOptions;
  status: number;
  message: string;
}

const ROWS: Row[] = [
  {
    name: '3 huge target',
    path: '/v1/backlinks/summary?target=moz.com&target=twitter.com/seranking',
    status: 244,
    message: HUGE,
  },
  {
    name: '4 export sort',
    path: '/v1/keywords/export?source=us',
    options: { method: 'POST', body: form(['a'], { sort: 'rank' }) },
    status: 400,
    message: 'Incorrect order field rank desc',
  },
  {
    name: '4 order_field',
    path: '/v1/domain/keywords?source=us&domain=moz.com&order_field=rank&order_type=asc',
    status: 400,
    message: 'Incorrect order field rank asc',
  },
  {
    name: '5 keywords size',
    path: '/v1/keywords/export?source=us',
    options: { method: 'POST', body: form(tooMany) },
    status: 400,
    message: 'Exceeded keywords size. Max keywords for one request: 10000',
  },
  {
    name: '6 empty export keyword',
    path: '/v1/keywords/export?source=us',
    options: { method: 'POST', body: form(['ok', '  ']) },
    status: 400,
    message: 'Invalid keywords',
  },
  {
    name: '6 long keyword',
    path: `/v1/keywords/similar?source=us&keyword=${longKeyword}`,
    status: 400,
    message: 'Invalid keywords',
  },
  {
    name: '6 control character',
    path: '/v1/keywords/questions?source=us&keyword=a%07b',
    status: 400,
    message: 'Invalid keywords',
  },
  {
    name: '7 unknown source',
    path: '/v1/domain/overview/db?source=xx&domain=moz.com',
    status: 400,
    message: 'Invalid source',
  },
  {
    name: '7 gb is not uk',
    path: '/v1/keywords/related?source=gb&keyword=shoes',
    status: 400,
    message: 'Invalid source',
  },
  {
    name: '8 domain with scheme',
    path: '/v1/domain/overview/db?source=us&domain=https://moz.com/',
    status: 400,
    message: 'Invalid domain',
  },
  {
    name: '9 sort_order',
    path: '/v1/keywords/similar?source=us&keyword=shoes&sort_order=up',
    status: 400,
    message: 'Incorrect order',
  },
  {
    name: '9 backlinks order_by',
    path: '/v1/backlinks/all?target=moz.com&order_by=first.domain_inlink_rank',
    status: 400,
    message: 'Incorrect order',
  },
  {
    name: '10 row limit',
    path: '/v1/backlinks/all?target=moz.com&limit=10001',
    status: 400,
    message: 'Row limit exceeded',
  },
  {
    name: '10 row limit (domain keywords)',
    path: '/v1/domain/keywords?source=us&domain=moz.com&limit=1001',
    status: 400,
    message: 'Row limit exceeded',
  },
  {
    name: '11 no token',
    path: '/v1/backlinks/summary?target=moz.com',
    options: { key: null },
    status: 400,
    message: 'No token',
  },
  {
    name: '12 invalid target',
    path: '/v1/backlinks/metrics?target=moz.com&target=not_a_domain&target=ftp://x.com',
    status: 400,
    message: 'Invalid target',
  },
  {
    name: '13 limit=0',
    path: '/v1/backlinks/refdomains?target=moz.com&limit=0',
    status: 400,
    message: 'limit=0 is not within required bounds!',
  },
  {
    name: '13 page=0',
    path: '/v1/domain/keywords?source=us&domain=moz.com&page=0',
    status: 400,
    message: 'page=0 is not within required bounds!',
  },
  {
    name: '13 inlink rank',
    path: '/v1/backlinks/all?target=moz.com&inlink_rank_from=150',
    status: 400,
    message: 'inlink_rank_from=150 is not within required bounds!',
  },
  {
    name: '13 old date',
    path: '/v1/backlinks/history?target=moz.com&date_from=2024-01-01',
    status: 400,
    message: 'date_from=2024-01-01 is not within required bounds!',
  },
  {
    name: '14 funds',
    path: '/v1/backlinks/summary?target=moz.com',
    options: { key: keyOf('empty') },
    status: 400,
    message: 'Insufficient funds',
  },
  {
    name: '15 date format',
    path: '/v1/backlinks/history/count?target=moz.com&date_from=2026/02/01',
    status: 400,
    message: "Unsupported 'date_from' format.",
  },
  {
    name: '15 boolean format',
    path: '/v1/domain/overview/db?source=us&domain=moz.com&with_subdomains=yes',
    status: 400,
    message: "Unsupported 'with_subdomains' format.",
  },
  {
    name: '15 integer format',
    path: '/v1/backlinks/anchors?target=moz.com&limit=ten',
    status: 400,
    message: "Unsupported 'limit' format.",
  },
  { name: '16 unknown path', path: '/v1/engines', status: 400, message: 'The requested resource could not be found.' },
  {
    name: '17 unknown key',
    path: '/v1/account/credit-balance',
    options: { key: 'not-a-key' },
    status: 400,
    message: 'Authentication failed',
  },
  {
    name: '17 disabled key',
    path: '/v1/account/credit-balance',
    options: { key: keyOf('disabled') },
    status: 400,
    message: 'Authentication failed',
  },
  {
    name: '18 enum',
    path: '/v1/backlinks/all?target=moz.com&nofollow_filter=maybe',
    status: 400,
    message: 'Parameter nofollow_filter is invalid.',
  },
  {
    name: '18 empty string',
    path: '/v1/backlinks/history?target=moz.com&link_type=',
    status: 400,
    message: 'Parameter link_type is invalid.',
  },
  {
    name: '18 competitors url',
    path: '/v1/domain/competitors?source=us&domain=moz.com&url=https://moz.com/',
    status: 400,
    message: 'Parameter url is invalid.',
  },
  {
    name: '18 competitors stats',
    path: '/v1/domain/competitors?source=us&domain=moz.com&stats=1',
    status: 400,
    message: 'Parameter stats is invalid.',
  },
  {
    name: '19 mode',
    path: '/v1/backlinks/summary?target=moz.com&mode=page',
    status: 400,
    message: "Unsupported 'mode' format.",
  },
  {
    name: '20 no target',
    path: '/v1/backlinks/summary?mode=host',
    status: 400,
    message: 'Parameter target is missing.',
  },
  {
    name: '20 no source',
    path: '/v1/domain/competitors?domain=moz.com',
    status: 400,
    message: 'Parameter source is missing.',
  },
  {
    name: '20 no keyword',
    path: '/v1/keywords/similar?source=us',
    status: 400,
    message: 'Parameter keyword is missing.',
  },
  { name: '20 no domain', path: '/v1/domain/keywords?source=us', status: 400, message: 'Parameter domain is missing.' },
  {
    name: '21 licence expired',
    path: '/v1/backlinks/summary?target=moz.com',
    options: { key: keyOf('expired') },
    status: 403,
    message: 'License expired',
  },
  {
    name: '22 worldwide source',
    path: '/v1/domain/overview/db?source=worldwide&domain=moz.com',
    status: 404,
    message: 'Invalid source',
  },
  {
    name: '22 worldwide export',
    path: '/v1/keywords/export?source=worldwide',
    options: { method: 'POST', body: form(['a']) },
    status: 404,
    message: 'Invalid source',
  },
  { name: '23 GET export', path: '/v1/keywords/export?source=us', status: 405, message: 'Method Not Allowed.' },
  {
    name: '23 DELETE',
    path: '/v1/backlinks/summary?target=moz.com',
    options: { method: 'DELETE' },
    status: 405,
    message: 'Method Not Allowed.',
  },
  {
    name: '24 output',
    path: '/v1/backlinks/summary?target=moz.com&output=csv',
    status: 406,
    message: "Unsupported 'output' format.",
  },
  {
    name: 'sandbox: targets size',
    path: `/v1/backlinks/summary?${tooManyTargets}`,
    status: 400,
    message: 'Exceeded targets size. Max targets for one request: 100',
  },
  {
    name: 'sandbox: several targets on a single-target endpoint',
    path: '/v1/backlinks/all?target=moz.com&target=ahrefs.com',
    status: 400,
    message: 'Parameter target is invalid.',
  },
  {
    name: 'sandbox: url-encoded export',
    path: '/v1/keywords/export?source=us',
    options: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'keywords[]=a&keywords[]=b',
    },
    status: 400,
    message: 'Parameter keywords is missing.',
  },
  {
    name: 'sandbox: broken multipart export',
    path: '/v1/keywords/export?source=us',
    options: {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      body: 'not multipart',
    },
    status: 400,
    message: 'Parameter keywords is missing.',
  },
];

describe('error rows (spec dialect)', () => {
  it.each(ROWS)('row $name → $status $message', async (row) => {
    const { status, json } = await h.call(row.path, row.options);
    expect({ status, message: json?.error?.message }).toEqual({ status: row.status, message: row.message });
    expect(json.error.code).toBe(row.status);
  });

  it('lists the offending targets as sent, for 244 and Invalid target', async () => {
    const huge = await h.call(
      '/v1/backlinks/summary?target=moz.com&target=https://www.youtube.com/watch?v=x&target=en.wikipedia.org',
    );
    expect(huge.json.error.targets).toEqual(['https://www.youtube.com/watch?v=x', 'en.wikipedia.org']);
    const invalid = await h.call('/v1/backlinks/metrics?target=moz.com&target=not_a_domain');
    expect(invalid.json.error.targets).toEqual(['not_a_domain']);
  });

  it('charges nothing for errors and 244', async () => {
    await h.call('/v1/backlinks/summary?target=google.com');
    await h.call('/v1/backlinks/summary?target=moz.com&mode=page');
    expect((await h.admin.keys()).find((k) => k.id === 'default')?.used).toBe(0);
  });

  it('answers account endpoints for an expired licence', async () => {
    const { status, json } = await h.call('/v1/account/subscription', { key: keyOf('expired') });
    expect(status).toBe(200);
    expect(json.subscription_info.status).toBe('expired');
  });

  it('answers 500 and 503 with their rows when injected, and 503 in maintenance', async () => {
    await h.admin.setFaults({ forceStatus: { status: 500 } });
    const fault = await h.call('/v1/backlinks/summary?target=moz.com');
    expect([fault.status, fault.json.error.message]).toEqual([500, 'Unexpected error. Please try again later.']);
    await h.admin.patchConfig({ maintenance: true });
    const busy = await h.call('/v1/account/credit-balance');
    expect([busy.status, busy.json.error.message]).toEqual([503, 'System is busy. Please try again later.']);
  });

  it('refuses the second call within a second of a trial key with 429', async () => {
    const first = await h.call('/v1/account/credit-balance', { key: keyOf('trial') });
    const second = await h.call('/v1/account/credit-balance', { key: keyOf('trial') });
    expect(first.status).toBe(200);
    expect([second.status, second.json.error.message]).toEqual([429, 'Call rate limit reached.']);
    expect(second.headers.get('retry-after')).toBeNull();
  });
});

describe('validation order (§3.7)', () => {
  const order: Array<[string, string, CallOptions | undefined, string]> = [
    ['route before auth', '/v1/nowhere', { key: null }, 'The requested resource could not be found.'],
    ['method before auth', '/v1/keywords/export', { key: null }, 'Method Not Allowed.'],
    ['auth before output', '/v1/backlinks/summary?output=csv', { key: 'nope' }, 'Authentication failed'],
    ['licence before missing parameters', '/v1/backlinks/summary', { key: keyOf('expired') }, 'License expired'],
    ['output before missing parameters', '/v1/backlinks/summary?output=csv', undefined, "Unsupported 'output' format."],
    ['missing before source', '/v1/keywords/similar?source=xx', undefined, 'Parameter keyword is missing.'],
    [
      'source before keyword validity',
      `/v1/keywords/similar?source=xx&keyword=${longKeyword}`,
      undefined,
      'Invalid source',
    ],
    [
      'target validity before counts',
      `/v1/backlinks/summary?${tooManyTargets}&target=bad_target`,
      undefined,
      'Invalid target',
    ],
    [
      'counts before mode',
      `/v1/backlinks/summary?${tooManyTargets}&mode=page`,
      undefined,
      'Exceeded targets size. Max targets for one request: 100',
    ],
    ['mode before 244', '/v1/backlinks/summary?target=google.com&mode=page', undefined, "Unsupported 'mode' format."],
    ['244 before funds', '/v1/backlinks/summary?target=google.com', { key: keyOf('empty') }, HUGE],
    [
      'bounds before funds',
      '/v1/backlinks/all?target=moz.com&limit=0',
      { key: keyOf('empty') },
      'limit=0 is not within required bounds!',
    ],
  ];
  it.each(order)('%s', async (_name, path, options, message) => {
    const { json } = await h.call(path, options);
    expect(json.error.message).toBe(message);
  });

  it('checks the rate limit after authentication and before parameters', async () => {
    await h.call('/v1/account/credit-balance', { key: keyOf('trial') });
    const limited = await h.call('/v1/backlinks/summary?mode=page', { key: keyOf('trial') });
    expect(limited.status).toBe(429);
  });
});

describe('authentication forms', () => {
  it('accepts ?apikey= and a lowercase scheme word', async () => {
    const query = await h.call(`/v1/account/credit-balance?apikey=${keyOf('trial')}`, { key: null });
    const lower = await h.call('/v1/account/credit-balance', {
      key: null,
      headers: { authorization: 'token sandbox-seranking-key' },
    });
    expect([query.status, lower.status]).toEqual([200, 200]);
  });

  it('treats a Bearer header as no token, and lets the header win over apikey', async () => {
    const bearer = await h.call('/v1/account/credit-balance', {
      key: null,
      headers: { authorization: 'Bearer sandbox-seranking-key' },
    });
    expect(bearer.json.error.message).toBe('No token');
    const headerWins = await h.call('/v1/account/credit-balance?apikey=sandbox-seranking-key', { key: 'wrong' });
    expect(headerWins.json.error.message).toBe('Authentication failed');
    const stats = await h.admin.stats();
    expect(Object.keys(stats.byKey).sort()).toEqual(['anonymous', 'unknown']);
  });
});

describe('real dialect (§7.6)', () => {
  it('switches to the real-API variants', async () => {
    await h.admin.patchConfig({ dialect: 'real' });
    const noKey = await h.call('/v1/account/credit-balance', { key: null });
    const badKey = await h.call('/v1/account/credit-balance', { key: 'nope' });
    const funds = await h.call('/v1/backlinks/summary?target=moz.com', { key: keyOf('empty') });
    const missing = await h.call('/v1/unknown');
    await h.call('/v1/account/credit-balance', { key: keyOf('trial') });
    const limited = await h.call('/v1/account/credit-balance', { key: keyOf('trial') });
    expect([noKey.status, noKey.json.error.message]).toEqual([401, 'Unauthorized']);
    expect([badKey.status, badKey.json.error.message]).toEqual([401, 'Unauthorized']);
    expect([funds.status, funds.json.error.message]).toEqual([402, 'Insufficient funds']);
    expect(missing.status).toBe(404);
    expect(limited.json.error).toEqual({
      code: 429,
      message: 'Too Many Requests',
      description: 'The call-rate limit has been reached. Please reduce your request frequency.',
    });
    const unchanged = await h.call('/v1/domain/overview/db?source=xx&domain=moz.com');
    expect([unchanged.status, unchanged.json.error.message]).toEqual([400, 'Invalid source']);
  });
});
