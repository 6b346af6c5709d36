// The credit meter's row count of SE Ranking replies: a bare array's elements are counted without parsing them,
// and must agree with what JSON.parse finds.
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/security/charges.js';

const parsedRows = (body: string): number => {
  const json: unknown = JSON.parse(body);
  if (Array.isArray(json)) return json.length;
  const list = Object.values(json as object).find((v) => Array.isArray(v));
  return Array.isArray(list) ? list.length : 0;
};

describe('rowsOf', () => {
  it.each([
    '[]',
    ' [ \n ] ',
    '[1]',
    '[null,true,false,-1.5e3]',
    '[{"keyword":"a, b","history_trend":{"2025-01":1,"2025-02":2}},{"keyword":"c"}]',
    '[{"keyword":"quote \\" and ] and [ and , and {"},{"keyword":"back\\\\slash"}]',
    '[[1,2],[3,[4,5]],{}]',
    '["]","[","{","}",","]',
    '\n[\t{"a":[]} ,\r\n {"b":{}} ]\n',
    '{"total":3,"keywords":[{"k":1},{"k":2},{"k":3}]}',
    '{"total":0,"keywords":[]}',
  ])('counts %s as JSON.parse does', (body) => {
    expect(rowsOf(body)).toBe(parsedRows(body));
  });

  it('counts nothing in a reply that is not JSON', () => {
    for (const body of ['', 'oops', '[1,2', '[{"a":"b]', '[1]x', '{"a":']) expect(rowsOf(body)).toBe(0);
  });

  it('counts a 10,000-row export', () => {
    const body = JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ keyword: `k, [${i}]`, volume: i })));
    expect(rowsOf(body)).toBe(10_000);
  });
});
