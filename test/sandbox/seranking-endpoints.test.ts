// Contract of every SE Ranking sandbox endpoint over real HTTP: shapes, golden fixtures, special values, batching
// forms, sorting and de-duplication, paging, and the relations between endpoints.
import { describe, expect, it } from 'vitest';
import { DEFAULT_HUGE_TARGETS } from '../../src/sandbox/common/catalogue.js';
import { DATA_DATE, form, type SerankingHarness, useHarness } from './seranking-helpers.js';

let h: SerankingHarness;
useHarness((started) => {
  h = started;
});

describe('backlinks summary, metrics and authority', () => {
  it('answers the golden numbers for seranking.com and stripe.com', async () => {
    const { status, json } = await h.call('/v1/backlinks/summary?target=seranking.com&target=stripe.com&mode=domain');
    expect(status).toBe(200);
    const [se, stripe] = json.summary;
    expect(se).toMatchObject({
      target: 'seranking.com',
      backlinks: 22407,
      refdomains: 2329,
      subnets: 1403,
      ips: 1961,
      dofollow_backlinks: 18689,
      nofollow_backlinks: 3718,
      inlink_rank: 24,
      domain_inlink_rank: 68,
    });
    expect(stripe).toMatchObject({
      target: 'stripe.com',
      backlinks: 99890877,
      refdomains: 592534,
      subnets: 104397,
      ips: 244241,
      domain_inlink_rank: 98,
      anchors: 478915,
      pages_with_backlinks: 1709604,
    });
    expect(se.top_anchors_by_backlinks).toHaveLength(5);
    expect(se.top_countries[0].country).toMatch(/^[a-z]{2}$/);
  });

  it('gives zeros for zero.example and -1 ranks for unranked.example', async () => {
    const { json } = await h.call('/v1/backlinks/summary?target=zero.example&target=unranked.example');
    const [zero, unranked] = json.summary;
    expect(zero).toMatchObject({ backlinks: 0, refdomains: 0, inlink_rank: 0, domain_inlink_rank: 0, top_tlds: [] });
    expect(unranked.inlink_rank).toBe(-1);
    expect(unranked.domain_inlink_rank).toBe(-1);
    expect(unranked.backlinks).toBeGreaterThan(0);
  });

  it('accepts target=, target[]=, indexed targets and POST JSON as the same list, in order', async () => {
    const forms = await Promise.all([
      h.call('/v1/backlinks/metrics?target=moz.com&target=ahrefs.com&target=example.org'),
      h.call('/v1/backlinks/metrics?target[]=moz.com&target[]=ahrefs.com&target[]=example.org'),
      h.call('/v1/backlinks/metrics?target[0]=moz.com&target[1]=ahrefs.com&target[2]=example.org'),
      h.call('/v1/backlinks/metrics?output=json', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ target: ['moz.com', 'ahrefs.com', 'example.org'], mode: 'host' }),
      }),
    ]);
    for (const f of forms) expect(f.status).toBe(200);
    const bodies = forms.map((f) => f.text);
    expect(new Set(bodies).size).toBe(1);
    expect(forms[0]?.json.metrics.map((m: { target: string }) => m.target)).toEqual([
      'moz.com',
      'ahrefs.com',
      'example.org',
    ]);
  });

  it('keeps 100 targets in one call and reports them as items', async () => {
    const targets = Array.from({ length: 100 }, (_, i) => `site-${i}.example.com`);
    const qs = targets.map((t) => `target=${t}`).join('&');
    const { status, json } = await h.call(`/v1/backlinks/authority?${qs}`);
    expect(status).toBe(200);
    expect(json.pages).toHaveLength(100);
    const stats = await h.admin.stats();
    expect(stats.byEndpoint['GET /v1/backlinks/authority']).toMatchObject({
      calls: 1,
      items: 100,
      maxItems: 100,
      credits: 10_000,
    });
  });

  it('accepts batched GETs with a query string near 64 KiB', async () => {
    const targets = Array.from(
      { length: 100 },
      (_, i) => `https://example.com/${String(i).padStart(3, '0')}/${'p'.repeat(580)}`,
    );
    const qs = targets.map((t) => `target=${encodeURIComponent(t)}`).join('&');
    expect(qs.length).toBeGreaterThan(60_000);
    const { status, json } = await h.call(`/v1/backlinks/summary?mode=url&${qs}`);
    expect(status).toBe(200);
    expect(json.summary).toHaveLength(100);
  });

  it('keeps metrics equal to the summary and authority equal to the host-mode ranks', async () => {
    const [summary, metrics, authority] = await Promise.all([
      h.call('/v1/backlinks/summary?target=moz.com&target=blog.hubspot.com'),
      h.call('/v1/backlinks/metrics?target=moz.com&target=blog.hubspot.com'),
      h.call('/v1/backlinks/authority?target=moz.com&target=blog.hubspot.com'),
    ]);
    for (const [i, m] of metrics.json.metrics.entries()) {
      const s = summary.json.summary[i];
      expect(m).toEqual({
        target: s.target,
        backlinks: s.backlinks,
        refdomains: s.refdomains,
        subnets: s.subnets,
        ips: s.ips,
        dofollow_backlinks: s.dofollow_backlinks,
        nofollow_backlinks: s.nofollow_backlinks,
        edu_backlinks: s.edu_backlinks,
        gov_backlinks: s.gov_backlinks,
      });
      expect(authority.json.pages[i]).toEqual({
        url: s.target,
        inlink_rank: s.inlink_rank,
        domain_inlink_rank: s.domain_inlink_rank,
      });
    }
  });

  it('orders counts domain ≥ host ≥ url', async () => {
    const target = 'https://blog.hubspot.com/marketing/seo';
    const [d, host, url] = await Promise.all(
      ['domain', 'host', 'url'].map((mode) =>
        h.call(`/v1/backlinks/metrics?target=${encodeURIComponent(target)}&mode=${mode}`),
      ),
    );
    const count = (a: typeof d) => a?.json.metrics[0].backlinks as number;
    expect(count(d)).toBeGreaterThanOrEqual(count(host));
    expect(count(host)).toBeGreaterThanOrEqual(count(url));
  });
});

describe('backlinks lists', () => {
  it('lists backlinks newest first with the row shape, charging one unit per row', async () => {
    const { status, json } = await h.call('/v1/backlinks/all?target=seranking.com&limit=25');
    expect(status).toBe(200);
    expect(json.backlinks).toHaveLength(25);
    const row = json.backlinks[0];
    expect(Object.keys(row).sort()).toEqual(
      [
        'alt',
        'anchor',
        'domain_inlink_rank',
        'first_seen',
        'image',
        'image_source',
        'inlink_rank',
        'last_visited',
        'nofollow',
        'title',
        'url_from',
        'url_to',
      ].sort(),
    );
    const dates = json.backlinks.map((b: { first_seen: string }) => b.first_seen);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(dates.every((d: string) => d <= DATA_DATE)).toBe(true);
    expect((await h.admin.keys()).find((k) => k.id === 'default')?.used).toBe(25);
  });

  it('filters and orders backlinks', async () => {
    const { json } = await h.call(
      '/v1/backlinks/all?target=seranking.com&limit=50&order_by=domain_inlink_rank&nofollow_filter=dofollow_only&per_domain=1',
    );
    const ranks = json.backlinks.map((b: { domain_inlink_rank: number }) => b.domain_inlink_rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(json.backlinks.every((b: { nofollow: boolean }) => !b.nofollow)).toBe(true);
    const hosts = json.backlinks.map((b: { url_from: string }) => new URL(b.url_from).hostname);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  it('lists referring domains whose ranks match the authority endpoint', async () => {
    const { json } = await h.call('/v1/backlinks/refdomains?target=seranking.com&limit=30&order_by=domain_inlink_rank');
    expect(json.refdomains).toHaveLength(30);
    const ranks = json.refdomains.map((r: { domain_inlink_rank: number }) => r.domain_inlink_rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    // huge referrers (google.com…) would turn the authority call into a 244
    const rows = json.refdomains.filter((r: { refdomain: string }) => !DEFAULT_HUGE_TARGETS.includes(r.refdomain));
    const auth = await h.call(
      `/v1/backlinks/authority?${rows.map((r: { refdomain: string }) => `target=${r.refdomain}`).join('&')}`,
    );
    expect(auth.json.pages.map((p: { domain_inlink_rank: number }) => p.domain_inlink_rank)).toEqual(
      rows.map((r: { domain_inlink_rank: number }) => r.domain_inlink_rank),
    );
  });

  it('lists anchors by backlinks and by refdomains', async () => {
    const byBacklinks = await h.call('/v1/backlinks/anchors?target=seranking.com&limit=10');
    const counts = byBacklinks.json.anchors.map((a: { backlinks: number }) => a.backlinks);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const row = byBacklinks.json.anchors[0];
    expect(row.dofollow_backlinks + row.nofollow_backlinks).toBe(row.backlinks);
    const byRefdomains = await h.call('/v1/backlinks/anchors?target=seranking.com&limit=10&order_by=refdomains');
    const rd = byRefdomains.json.anchors.map((a: { refdomains: number }) => a.refdomains);
    expect([...rd].sort((a, b) => b - a)).toEqual(rd);
  });

  it('keeps history rows and history counts consistent, one count row per day', async () => {
    const range = 'date_from=2026-02-20&date_to=2026-03-01';
    const count = await h.call(`/v1/backlinks/history/count?target=seranking.com&${range}`);
    expect(count.status).toBe(200);
    const days = count.json.new_lost_backlinks_count;
    expect(days).toHaveLength(10);
    expect(days[0].date).toBe('2026-02-20');
    const rows = await h.call(`/v1/backlinks/history?target=seranking.com&${range}&limit=10000`);
    const newRows = rows.json.new_lost_backlinks.filter((r: { new_lost_type: string }) => r.new_lost_type === 'new');
    expect(newRows.length).toBe(days.reduce((s: number, d: { new: number }) => s + d.new, 0));
    const lost = rows.json.new_lost_backlinks.find((r: { new_lost_type: string }) => r.new_lost_type === 'lost');
    expect(lost.reason_lost).toEqual(expect.any(String));
    const filtered = await h.call(`/v1/backlinks/history/count?target=seranking.com&${range}&new_lost_type=lost`);
    expect(filtered.json.new_lost_backlinks_count.every((d: { new: number }) => d.new === 0)).toBe(true);
  });

  it('gives empty lists for a target without data', async () => {
    const { json } = await h.call('/v1/backlinks/all?target=zero.example');
    expect(json).toEqual({ backlinks: [] });
  });
});

describe('keywords', () => {
  it('exports multipart keywords[] with 201, de-duplicated, normalized and sorted by cpc', async () => {
    const { status, json } = await h.call('/v1/keywords/export?source=us', {
      method: 'POST',
      body: form(['Running Shoes', 'running   shoes', 'buy running shoes', 'trail shoes', 'zzz nothing']),
    });
    expect(status).toBe(201);
    expect(json.map((r: { keyword: string }) => r.keyword).sort()).toEqual(
      ['buy running shoes', 'running shoes', 'trail shoes', 'zzz nothing'].sort(),
    );
    const found = json.filter((r: { is_data_found: boolean }) => r.is_data_found);
    const cpcs = found.map((r: { cpc: number }) => r.cpc);
    expect([...cpcs].sort((a, b) => b - a)).toEqual(cpcs);
    expect(json.at(-1)).toEqual({
      is_data_found: false,
      keyword: 'zzz nothing',
      volume: null,
      cpc: null,
      competition: null,
      difficulty: null,
      history_trend: null,
    });
    const row = found[0];
    expect(Object.keys(row.history_trend)).toHaveLength(12);
    expect(Object.values(row.history_trend).at(-1)).toBe(row.volume);
    expect(Object.keys(row.history_trend).at(-1)).toBe('2026-02-01');
    expect((await h.admin.keys()).find((k) => k.id === 'default')?.used).toBe(40);
  });

  it('sorts the export by the requested field and direction, and restricts cols', async () => {
    const { json } = await h.call('/v1/keywords/export?source=uk', {
      method: 'POST',
      body: form(['a b', 'c d', 'e f', 'g h'], { sort: 'volume', sort_order: 'asc', cols: 'keyword,volume' }),
    });
    const vols = json
      .filter((r: { is_data_found: boolean }) => r.is_data_found)
      .map((r: { volume: number }) => r.volume);
    expect([...vols].sort((a, b) => a - b)).toEqual(vols);
    expect(json[0]).not.toHaveProperty('cpc');
  });

  it('accepts 10,000 keywords in one export', async () => {
    const keywords = Array.from({ length: 10_000 }, (_, i) => `kw ${i}`);
    const { status, json } = await h.call('/v1/keywords/export?source=us', { method: 'POST', body: form(keywords) });
    expect(status).toBe(201);
    expect(json).toHaveLength(10_000);
  });

  it('gives a keyword the same metrics in export and in suggestion lists', async () => {
    const similar = await h.call('/v1/keywords/similar?source=us&keyword=running%20shoes&limit=5');
    expect(similar.status).toBe(200);
    expect(similar.json.total).toBeGreaterThanOrEqual(5);
    const first = similar.json.keywords[0];
    expect(first.history_trend).toBeNull();
    const exported = await h.call('/v1/keywords/export?source=us', { method: 'POST', body: form([first.keyword]) });
    expect(exported.json[0]).toMatchObject({
      keyword: first.keyword,
      volume: first.volume,
      cpc: first.cpc,
      difficulty: first.difficulty,
    });
  });

  it('serves related (with relevance) and questions, paged with offset', async () => {
    const related = await h.call('/v1/keywords/related?source=us&keyword=crm%20software&limit=3&history_trend=true');
    expect(related.json.keywords[0]).toHaveProperty('relevance');
    expect(Object.keys(related.json.keywords[0].history_trend)).toHaveLength(12);
    const all = await h.call(
      '/v1/keywords/questions?source=us&keyword=crm%20software&limit=10&sort=keyword&sort_order=asc',
    );
    const page = await h.call(
      '/v1/keywords/questions?source=us&keyword=crm%20software&limit=5&offset=5&sort=keyword&sort_order=asc',
    );
    expect(page.json.keywords).toEqual(all.json.keywords.slice(5, 10));
    expect(all.json.keywords[0].keyword).toMatch(/crm software/);
  });

  it('filters suggestions by volume and intents', async () => {
    const { json } = await h.call(
      '/v1/keywords/similar?source=us&keyword=shoes&filter[volume][from]=1000&filter[intents]=C,T',
    );
    for (const k of json.keywords) {
      expect(k.volume).toBeGreaterThanOrEqual(1000);
      expect(k.intents.some((i: string) => i === 'C' || i === 'T')).toBe(true);
    }
  });
});

describe('domain analysis', () => {
  it('answers the recorded overview for seranking.com on us', async () => {
    const { status, json } = await h.call('/v1/domain/overview/db?source=us&domain=seranking.com');
    expect(status).toBe(200);
    expect(json.organic).toMatchObject({
      base_domain: 'seranking.com',
      keywords_count: 113796,
      top1_5: 20789,
      traffic_sum: 41599,
      year: 2026,
      month: 2,
    });
    expect(json.adv).toMatchObject({ keywords_count: 16, top1_2: 15 });
  });

  it('keeps position buckets summing to the keyword count, and zeros for no data', async () => {
    const { json } = await h.call('/v1/domain/overview/db?source=de&domain=moz.com');
    const o = json.organic;
    expect(o.top1_5 + o.top6_10 + o.top11_20 + o.top21_50 + o.top51_100).toBe(o.keywords_count);
    const zero = await h.call('/v1/domain/overview/db?source=us&domain=zero.example');
    expect(zero.json.organic.keywords_count).toBe(0);
    expect(zero.json.organic.traffic_sum).toBe(0);
  });

  it('serves the worldwide overview with the worldwide row first', async () => {
    const { json } = await h.call(
      '/v1/domain/overview/worldwide?domain=moz.com&fields=price,traffic,keywords&show_zones_list=1',
    );
    expect(json.organic[0]).toMatchObject({ source: 'worldwide' });
    expect(json.organic.length).toBeGreaterThan(5);
    expect(json.organic.find((r: { source: string }) => r.source === 'us')).toMatchObject({ country: 'United States' });
  });

  it('pages domain keywords as a bare array ordered by traffic', async () => {
    const first = await h.call('/v1/domain/keywords?source=us&domain=moz.com&limit=20');
    expect(Array.isArray(first.json)).toBe(true);
    expect(first.json).toHaveLength(20);
    const traffic = first.json.map((r: { traffic: number }) => r.traffic);
    expect([...traffic].sort((a, b) => b - a)).toEqual(traffic);
    const second = await h.call('/v1/domain/keywords?source=us&domain=moz.com&limit=10&page=2');
    expect(second.json).toEqual(first.json.slice(10, 20));
    const beyond = await h.call('/v1/domain/keywords?source=us&domain=zero.example');
    expect(beyond.json).toEqual([]);
  });

  it('reproduces the historical-snapshot variant when year and month are sent', async () => {
    const { json } = await h.call('/v1/domain/keywords?source=us&domain=moz.com&limit=3&year=2025&month=10');
    const row = json[0];
    expect(row).toHaveProperty('previous_position');
    expect(row).not.toHaveProperty('prev_pos');
    expect(typeof row.volume).toBe('string');
    expect(typeof row.traffic).toBe('string');
    expect(row.intents.every((i: string) => i.length > 1)).toBe(true);
  });

  it('lists competitors with consistent keyword counts, 100 units flat', async () => {
    const { json } = await h.call('/v1/domain/competitors?source=us&domain=seranking.com');
    expect(json.length).toBeGreaterThanOrEqual(20);
    expect(json.length).toBeLessThanOrEqual(200);
    for (const c of json) expect(c.missing_keywords).toBe(c.total_keywords - c.common_keywords);
    expect((await h.admin.keys()).find((k) => k.id === 'default')?.used).toBe(100);
  });
});

describe('account', () => {
  it('reports one ledger through both account endpoints, for free', async () => {
    await h.call('/v1/backlinks/summary?target=moz.com');
    const [sub, balance] = await Promise.all([
      h.call('/v1/account/subscription'),
      h.call('/v1/account/credit-balance'),
    ]);
    expect(balance.json).toEqual({ limit: 10_000_000, used: 100 });
    expect(sub.json.subscription_info).toMatchObject({
      status: 'active',
      units_limit: '10000000.0',
      units_left: '9999900.0',
    });
    expect(sub.json.subscription_info).toHaveProperty('expiraton_date');
  });

  it('serves xml when asked', async () => {
    const { status, headers, text } = await h.call('/v1/account/credit-balance?output=xml');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/xml/);
    expect(text).toContain('<response><limit>10000000</limit><used>0</used></response>');
  });
});
