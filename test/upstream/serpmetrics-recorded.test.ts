// Replays every recorded SERPmetrics response (../shared/upstream/recorded/serpmetrics, read at run time) through
// the client over real HTTP: each wire body parses into its typed result or maps to its error code, and none
// becomes UPSTREAM_BAD_RESPONSE. Docs bodies too, where they are valid JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUpstreamError, type UpstreamError } from '../../src/upstream/errors.js';
import { SerpmetricsClient } from '../../src/upstream/serpmetrics/client.js';
import { type Recording, readRecordings } from '../support/recorded.js';
import { type FakeServer, startFake } from './serpmetrics-fake.js';

const recordings = readRecordings('serpmetrics');

/** The error code each recorded error answer must map to. */
const EXPECTED_CODES: Record<string, string> = {
  'priority-status-wire-2013-11-pending.json': 'PENDING',
  'delayed-status-wire-2013-11-pending.json': 'PENDING',
  'keywords-serp-wire-2013-11-404.json': 'NOT_FOUND',
};

const str = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** Calls the client method that owns the recorded path, with the recorded params. */
function invoke(client: SerpmetricsClient, rec: Recording): Promise<unknown> {
  const p = rec.params;
  const where = { location: typeof p.location === 'string' ? p.location : undefined };
  switch (rec.path) {
    case '/engines/codes':
      return client.engines();
    case '/keywords/add':
      return client.addKeywords(list(p.keyword), list(p.engines), where);
    case '/keywords/delete':
      return client.deleteKeywords(list(p.keyword_id));
    case '/keywords/all':
      return client.allKeywords();
    case '/keywords/exists':
      return client.keywordExists(str(p.keyword, 'car rental alabama'));
    case '/keywords/check':
      return client.checks(str(p.keyword_id, 'k'), str(p.engine, 'google_en-us'));
    case '/keywords/serp':
      return client.serp(str(p.check_id, 'c'));
    case '/priority/add':
      return client.priorityAdd(list(p.keyword), list(p.engines), where);
    case '/priority/status':
      return client.priorityStatus(str(p.priority_id, 'p'));
    case '/delayed/add':
      return client.delayedAdd(list(p.keyword), list(p.engines), where);
    case '/delayed/status':
      return client.delayedStatus(str(p.delayed_id, 'd'));
    case '/flux/trend':
      return client.fluxTrend(str(p.engine_code, 'google_en-us'), p.type === 'hourly' ? 'hourly' : 'daily');
    case '/users/credit':
      return client.credit();
    case '/users/time':
      return client.time();
    default:
      throw new Error(`no client method for ${rec.path}`);
  }
}

function isValidJson(rec: Recording): boolean {
  if (rec.body !== undefined) return true;
  try {
    JSON.parse(rec.rawBody ?? '');
    return true;
  } catch {
    return false;
  }
}

let current: Recording | undefined;
let fake: FakeServer;
let client: SerpmetricsClient;

beforeAll(async () => {
  fake = await startFake(() => {
    if (!current) return { status: 500, body: {} };
    return current.rawBody === undefined
      ? { status: current.status, body: current.body }
      : { status: current.status, raw: current.rawBody };
  });
  client = new SerpmetricsClient({ baseUrl: fake.url, apiKey: 'replay-key', apiSecret: 'replay-secret' });
});

afterAll(async () => {
  await client.close();
  await fake.close();
});

async function outcome(rec: Recording): Promise<{ value?: unknown; error?: UpstreamError }> {
  current = rec;
  try {
    return { value: await invoke(client, rec) };
  } catch (error) {
    if (isUpstreamError(error)) return { error };
    throw error;
  }
}

describe('recorded SERPmetrics answers', () => {
  it('finds recordings of every endpoint the client uses', () => {
    expect(recordings.length).toBeGreaterThanOrEqual(28);
    expect(new Set(recordings.map((r) => r.path)).size).toBe(14);
  });

  const replayable = recordings.filter(isValidJson);
  it.each(replayable.map((r) => [r.file, r] as const))('%s parses or maps to its code', async (_file, rec) => {
    const { value, error } = await outcome(rec);
    const sent = fake.requests.at(-1);
    expect(sent?.path).toBe(rec.path);
    expect(sent?.method).toBe('POST');
    if (rec.status >= 200 && rec.status < 300) {
      expect(error).toBeUndefined();
      const items = Array.isArray(value) ? value : [value];
      const itemErrors = items.filter(isUpstreamError).map((e) => e.code);
      // The one recorded per-item failure: deleting an id that is already gone.
      expect(itemErrors).toEqual(rec.file === 'keywords-delete-wire-2013-11-failed.json' ? ['NOT_FOUND'] : []);
    } else {
      expect(error?.code).toBe(EXPECTED_CODES[rec.file]);
      expect(error?.httpStatus).toBe(rec.status);
    }
    expect(error?.code).not.toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('skips only docs bodies that are not valid JSON', () => {
    const skipped = recordings.filter((r) => !isValidJson(r));
    expect(skipped.every((r) => r.evidence === 'docs')).toBe(true);
  });
});

describe('what the recorded bodies become', () => {
  const rec = (file: string): Recording => {
    const found = recordings.find((r) => r.file === file);
    if (!found) throw new Error(`missing recording ${file}`);
    return found;
  };

  it('flux with status "error" and valid data is a sorted series', async () => {
    const { value } = await outcome(rec('flux-trend-wire-2013-11.json'));
    const points = value as Array<{ at: Date; flux: number }>;
    expect(points).toHaveLength(30);
    expect(points[0]).toEqual({ at: new Date(1383112801 * 1000), flux: 319 });
    expect(points.map((p) => p.at.getTime())).toEqual([...points.map((p) => p.at.getTime())].sort((a, b) => a - b));
  });

  /** The tracked keyword both recorded keyword bodies hold. */
  const RESTAURANTS = {
    keywordId: '5146926072484b125b000000',
    keyword: 'restaurants',
    engines: ['google_en-us'],
    location: null,
    device: 'desktop',
  };

  it('an empty keyword map sent as [] is no keywords', async () => {
    expect((await outcome(rec('keywords-all-wire-2013-11-empty.json'))).value).toEqual([]);
  });

  it('keywords/all uses "phrase" and stops paging on repeated ids', async () => {
    const before = fake.requests.length;
    const { value } = await outcome(rec('keywords-all-wire-2013-11-map.json'));
    expect(value).toEqual([RESTAURANTS]);
    expect(fake.requests.length - before).toBe(1);
  });

  it('the single-keyword add shape without request_time is one tracked keyword', async () => {
    const { value } = await outcome(rec('keywords-add-wire-2013-11.json'));
    expect(value).toEqual([RESTAURANTS]);
  });

  it('queued items accept "phrase" (wire) and "keyword" (docs)', async () => {
    const wire = (await outcome(rec('priority-add-wire-2013-11-location.json'))).value;
    expect(wire).toEqual([
      {
        queue: 'priority',
        id: '5299934c3fc134e66000007a',
        keyword: 'restaurants',
        engine: 'google_en-us',
        location: 'Nashville',
        cid: null,
      },
    ]);
    const docs = (await outcome(rec('priority-add-docs.json'))).value as Array<{ id: string; engine: string }>;
    expect(docs.map((d) => [d.id, d.engine])).toEqual([
      ['4dc9acea045bbf04348f9691', 'google_en-us'],
      ['4dc9acea045bbf04348f9692', 'yahoo_en-us'],
    ]);
  });

  it('checks map timestamps to check ids, newest first', async () => {
    const { value } = await outcome(rec('keywords-check-wire-2013-11.json'));
    expect(value).toEqual({
      keywordId: '5146926072484b125b000000',
      engine: 'google_en-us',
      checks: [{ checkId: '529976084513a7206600008c', checkedAt: new Date(1385788936 * 1000) }],
    });
  });

  it('credit drops the echoed key and keeps a negative fractional api credit', async () => {
    const { value } = await outcome(rec('users-credit-wire-2013-11.json'));
    expect(value).toEqual({ balance: 0, apiCredit: -179.8, serpCredit: 2874 });
    expect(JSON.stringify(value)).not.toContain('api_key');
  });

  it('users/time works with and without a status member', async () => {
    expect((await outcome(rec('users-time-wire-2013-03.json'))).value).toEqual(new Date(1363585086 * 1000));
    expect((await outcome(rec('users-time-wire-2013-11.json'))).value).toEqual(new Date(1385796719 * 1000));
  });

  it('a keywords/exists miss is null, even from the documented body that is not valid JSON', async () => {
    expect((await outcome(rec('keywords-exists-docs-404.json'))).value).toBeNull();
  });

  it('engine names stay verbatim, leading space included', async () => {
    const { value } = await outcome(rec('engines-codes-wire-2013-11.json'));
    expect((value as Array<{ code: string; name: string }>)[0]).toEqual({
      code: 'yahoo_it-ch',
      parent: 'yahoo',
      locale: 'it-ch',
      name: ' Switzerland (Italian)',
    });
  });
});
