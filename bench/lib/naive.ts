/**
 * The naive baseline: what a user without seograph writes against the two REST APIs. The SERP takes its three
 * SERPmetrics lookups, then one SE Ranking summary call per result domain; keyword metrics are asked one
 * keyword per export (and, as a fairer second baseline, in export batches at the API's 5,000 limit).
 * Plain undici, the documented wire formats, no cache, a small fixed concurrency.
 */
import { FormData, Pool } from 'undici';
import { SANDBOX_KEYS } from '../../src/sandbox/keys.js';
import { signedForm } from '../../src/upstream/serpmetrics/signature.js';

export interface NaiveResult {
  serankingCalls: number;
  serpmetricsCalls: number;
  ms: number;
}

/** Runs `task` over `items` with at most `concurrency` in flight. */
async function pool<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export class NaiveClient {
  private readonly seranking: Pool;
  private readonly serpmetrics: Pool;
  private counts = { seranking: 0, serpmetrics: 0 };

  constructor(
    urls: { seranking: string; serpmetrics: string },
    private readonly serankingKey: string = SANDBOX_KEYS.seranking,
  ) {
    this.seranking = new Pool(urls.seranking, { connections: 16 });
    this.serpmetrics = new Pool(urls.serpmetrics, { connections: 4 });
  }

  private async smPost(path: string, params: object): Promise<{ data?: unknown }> {
    this.counts.serpmetrics++;
    const credentials = { apiKey: SANDBOX_KEYS.serpmetricsKey, apiSecret: SANDBOX_KEYS.serpmetricsSecret };
    const body = signedForm(credentials, Math.floor(Date.now() / 1000), params).toString();
    const res = await this.serpmetrics.request({
      method: 'POST',
      path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    const json = (await res.body.json()) as { data?: unknown };
    if (res.statusCode !== 200) throw new Error(`SERPmetrics ${path}: ${res.statusCode}`);
    return json;
  }

  private async srGet(path: string): Promise<unknown> {
    this.counts.seranking++;
    const res = await this.seranking.request({
      method: 'GET',
      path,
      headers: { authorization: `Token ${this.serankingKey}`, accept: 'application/json' },
    });
    const json: unknown = await res.body.json();
    // 244 (target too large) is an answer too; anything else not 200 is a failure of the baseline.
    if (res.statusCode !== 200 && res.statusCode !== 244) throw new Error(`SE Ranking ${path}: ${res.statusCode}`);
    return json;
  }

  /** The SERP top 100 of a tracked pair, then one backlink summary per result host. */
  async top100(keyword: string, engine: string, concurrency = 10): Promise<NaiveResult> {
    this.counts = { seranking: 0, serpmetrics: 0 };
    const started = performance.now();
    const exists = (await this.smPost('/keywords/exists', { keyword })).data as { keyword_id: string };
    const checks = (await this.smPost('/keywords/check', { keyword_id: exists.keyword_id, engine, limit: 1 })).data as {
      checks: Record<string, string>;
    };
    const checkId = Object.values(checks.checks)[0];
    if (checkId === undefined) throw new Error('naive: no check yet');
    const serp = (await this.smPost('/keywords/serp', { check_id: checkId })).data as {
      results: Record<string, { href: string }>;
    };
    const hosts = Object.values(serp.results).map((r) => new URL(r.href).hostname);
    if (hosts.length !== 100) throw new Error(`naive: SERP of ${hosts.length} results`);
    await pool(hosts, concurrency, async (host) => {
      await this.srGet(`/v1/backlinks/summary?target=${encodeURIComponent(host)}&mode=host`);
    });
    return { ...this.counted(), ms: performance.now() - started };
  }

  /** Tracks keywords on one engine (daily queue), 100 per call: setup for the latency scenario. */
  async track(keywords: readonly string[], engine: string): Promise<void> {
    for (let i = 0; i < keywords.length; i += 100) {
      const res = await this.smPostRaw('/keywords/add', { keyword: keywords.slice(i, i + 100), engines: [engine] });
      if (res !== 201) throw new Error(`track: ${res}`);
    }
  }

  private async smPostRaw(path: string, params: object): Promise<number> {
    const credentials = { apiKey: SANDBOX_KEYS.serpmetricsKey, apiSecret: SANDBOX_KEYS.serpmetricsSecret };
    const body = signedForm(credentials, Math.floor(Date.now() / 1000), params).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const res = await this.serpmetrics.request({ method: 'POST', path, headers, body });
    await res.body.dump();
    return res.statusCode;
  }

  /** Keyword metrics, `perCall` keywords per export call. */
  async keywordMetrics(keywords: readonly string[], source: string, perCall: number, concurrency = 16) {
    this.counts = { seranking: 0, serpmetrics: 0 };
    const started = performance.now();
    const chunks: string[][] = [];
    for (let i = 0; i < keywords.length; i += perCall) chunks.push(keywords.slice(i, i + perCall));
    await pool(chunks, concurrency, async (chunk) => {
      this.counts.seranking++;
      const form = new FormData();
      for (const k of chunk) form.append('keywords[]', k);
      const res = await this.seranking.request({
        method: 'POST',
        path: `/v1/keywords/export?source=${source}`,
        headers: { authorization: `Token ${this.serankingKey}`, accept: 'application/json' },
        body: form,
      });
      const rows = (await res.body.json()) as unknown[];
      if (res.statusCode !== 201 || rows.length !== chunk.length) throw new Error(`naive export: ${res.statusCode}`);
    });
    return { ...this.counted(), ms: performance.now() - started };
  }

  private counted(): Omit<NaiveResult, 'ms'> {
    return { serankingCalls: this.counts.seranking, serpmetricsCalls: this.counts.serpmetrics };
  }

  async close(): Promise<void> {
    await Promise.all([this.seranking.close(), this.serpmetrics.close()]);
  }
}
