// Parsing of SERPmetrics callback POST bodies (serpmetrics.md §8): form-encoded or JSON into typed events, with
// malformed, oversized and unsupported bodies refused with the status the gateway's route answers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_CALLBACK_BYTES, parseCallback } from '../../src/upstream/serpmetrics/callbacks.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FORM = 'application/x-www-form-urlencoded';
const checkedAt = new Date(1385788936 * 1000);

describe('callback bodies', () => {
  it('reads the documented form-encoded priority callback', () => {
    const body =
      'priority_id=5299934c3fc134e66000007a&engine_code=google_en-us&check_id=529976084513a7206600008c&timestamp=1385788936';
    expect(parseCallback(body, FORM)).toEqual({
      ok: true,
      event: {
        queue: 'priority',
        priorityId: '5299934c3fc134e66000007a',
        engine: 'google_en-us',
        checkId: '529976084513a7206600008c',
        checkedAt,
      },
    });
  });

  it('reads a JSON daily callback, and a delayed one with its cid', () => {
    const daily = JSON.stringify({
      keyword_id: 'k1',
      engine_code: 'bing_en-us',
      check_id: 'c1',
      timestamp: 1385788936,
    });
    expect(parseCallback(daily, 'application/json; charset=utf-8')).toEqual({
      ok: true,
      event: { queue: 'daily', keywordId: 'k1', engine: 'bing_en-us', checkId: 'c1', checkedAt },
    });
    const delayed = 'delayed_id=d1&engine_code=google_en-gb&check_id=c2&timestamp=1385788936&cid=acme-42';
    expect(parseCallback(Buffer.from(delayed), FORM)).toMatchObject({
      ok: true,
      event: { queue: 'delayed', delayedId: 'd1', cid: 'acme-42' },
    });
  });

  it('guesses the encoding when no Content-Type is given', () => {
    const json = JSON.stringify({
      priority_id: 'p1',
      engine_code: 'google_en-us',
      check_id: 'c1',
      timestamp: '1385788936',
    });
    expect(parseCallback(json).ok).toBe(true);
    expect(parseCallback('priority_id=p1&engine_code=google_en-us&check_id=c1&timestamp=1385788936').ok).toBe(true);
  });

  it.each([
    ['no id', 'engine_code=google_en-us&check_id=c1&timestamp=1', 'keyword_id'],
    ['two ids', 'keyword_id=k1&priority_id=p1&engine_code=google_en-us&check_id=c1&timestamp=1', 'keyword_id'],
    ['bad engine', 'keyword_id=k1&engine_code=GOOGLE&check_id=c1&timestamp=1', 'engine_code'],
    ['no check id', 'keyword_id=k1&engine_code=google_en-us&timestamp=1', 'check_id'],
    ['bad timestamp', 'keyword_id=k1&engine_code=google_en-us&check_id=c1&timestamp=soon', 'timestamp'],
    ['id with odd characters', 'keyword_id=k1%3Cscript&engine_code=google_en-us&check_id=c1&timestamp=1', 'keyword_id'],
  ])('refuses %s with 400', (_name, body, field) => {
    expect(parseCallback(body, FORM)).toEqual({ ok: false, status: 400, reason: `invalid field ${field}` });
  });

  it('refuses broken JSON (400), other media types (415) and oversized bodies (413)', () => {
    expect(parseCallback('{"keyword_id":', 'application/json')).toMatchObject({ ok: false, status: 400 });
    expect(parseCallback('<xml/>', 'text/xml')).toMatchObject({ ok: false, status: 415 });
    expect(parseCallback('x'.repeat(MAX_CALLBACK_BYTES + 1), FORM)).toMatchObject({ ok: false, status: 413 });
  });

  it('accepts every engine code of the live list', () => {
    const engines = JSON.parse(
      readFileSync(path.resolve(repoRoot, '../shared/upstream/serpmetrics-engines.json'), 'utf8'),
    ) as Array<{ engine_code: string }>;
    const refused = engines.filter(
      (e) => !parseCallback(`keyword_id=k&engine_code=${e.engine_code}&check_id=c&timestamp=1`, FORM).ok,
    );
    expect(refused).toEqual([]);
  });
});
