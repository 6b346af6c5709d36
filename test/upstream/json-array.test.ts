// Large array replies read in chunks (the keyword export) and counted without parsing (the credit meter): both must
// agree with JSON.parse on every text, wherever the chunks are cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countJsonArray, readJsonArray } from '../../src/upstream/json-array.js';

const asArray = (json: unknown): unknown[] | undefined => (Array.isArray(json) ? json : undefined);

/** Strings that look like the chunks' cut, escapes and brackets: where a careless scanner goes wrong. */
const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('},{', '"},{"', '\\', '\\"', '"', ']', '[', '{', '}', ',', 'a\\\\"b'),
);
const element = fc.oneof(
  fc.jsonValue(),
  fc.record({ keyword: tricky, volume: fc.integer(), nested: fc.array(fc.record({ a: tricky }), { maxLength: 3 }) }),
  fc.array(fc.record({ b: tricky }), { maxLength: 3 }),
);
const text = fc
  .tuple(fc.array(element, { maxLength: 12 }), fc.constantFrom(undefined, 1, '\t'))
  .map(([elements, space]) => JSON.stringify(elements, null, space));

describe('readJsonArray', () => {
  it('reads what JSON.parse reads, for every chunk size', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 80 }), (body, chunkChars) => {
        expect(readJsonArray(body, asArray, chunkChars)).toEqual(JSON.parse(body));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reads a large export a chunk at a time', () => {
    const trend = Object.fromEntries(Array.from({ length: 12 }, (_, m) => [`2026-${m + 1}-01`, m]));
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ keyword: `trail running shoes ${i}`, volume: i, trend }));
    const chunks: number[] = [];
    const read = readJsonArray(JSON.stringify(rows), (json) => {
      const list = asArray(json);
      chunks.push(list?.length ?? 0);
      return list;
    });
    expect(read).toEqual(rows);
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks)).toBeLessThan(2_000);
  });

  it('answers undefined when the reader refuses a chunk, and throws on a text that is not JSON', () => {
    const body = JSON.stringify(Array.from({ length: 50 }, (_, i) => ({ i })));
    let calls = 0;
    const refuseSecond = (json: unknown) => (++calls === 2 ? undefined : asArray(json));
    expect(readJsonArray(body, refuseSecond, 40)).toBeUndefined();
    expect(readJsonArray('{"a":1}', asArray, 2)).toBeUndefined();
    for (const bad of ['', '[{"a":1},{"a":', '[{"a":1},{"a":2},]', '[{"a":1}]x']) {
      expect(() => readJsonArray(bad, asArray, 3)).toThrow(SyntaxError);
    }
  });
});

describe('countJsonArray', () => {
  // It counts structure, not grammar: a balanced text with invalid elements (`[a]`) still gets a count, and the
  // client's own parse then refuses the reply.
  it('counts what JSON.parse finds in an array, nothing in an unbalanced text, and never throws', () => {
    fc.assert(
      fc.property(text, (body) => {
        expect(countJsonArray(body)).toBe((JSON.parse(body) as unknown[]).length);
        expect(countJsonArray(body.slice(0, -1))).toBeUndefined();
      }),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(fc.string(), (body) => {
        const count = countJsonArray(body);
        expect(count === undefined || (Number.isInteger(count) && count >= 0)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });
});
