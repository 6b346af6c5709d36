// The keyword export's plain reader (no zod, for the 10,000-row bodies) must answer exactly what the schema
// answers whenever it answers at all; anything else it leaves to the schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordExportResponse, plainKeywordExport } from '../../src/upstream/seranking/schemas.js';

const metric = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.string(),
);
const row = fc.record(
  {
    keyword: fc.oneof(fc.string(), fc.constant(7)),
    volume: metric,
    cpc: metric,
    competition: metric,
    difficulty: metric,
    history_trend: fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string()))),
    serp_features: fc.oneof(fc.constant(null), fc.array(fc.string()), fc.array(fc.integer())),
    intents: fc.oneof(fc.constant(null), fc.array(fc.constantFrom('I', 'N', 'informational', 'commercial', 'x'))),
    is_data_found: fc.oneof(fc.boolean(), fc.constant(null), fc.constant('yes')),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('keyword export rows', () => {
  it('reads plain rows as the schema does, and leaves every other body to the schema', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        // Through JSON, as the wire delivers them (no undefined, no -0, no non-finite numbers).
        const json: unknown = JSON.parse(JSON.stringify(rows));
        const plain = plainKeywordExport(json);
        const parsed = KeywordExportResponse.safeParse(json);
        if (plain !== undefined) expect(parsed.success && parsed.data).toEqual(plain);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads the usual export rows without the schema', () => {
    const json = [
      { is_data_found: true, keyword: 'seo', volume: 33100, cpc: 4.11, competition: 0.18, difficulty: 77 },
      { is_data_found: false, keyword: 'zzz', volume: null, cpc: null, competition: null, difficulty: null },
      {
        keyword: 'trend',
        volume: 10,
        history_trend: { '2025-02-01': 5, '2025-01-01': 4 },
        intents: ['I', 'commercial'],
      },
    ];
    expect(plainKeywordExport(json)).toEqual(KeywordExportResponse.parse(json));
  });

  it('gives back every CPC and competition exactly as sent, whole hundredths or not', () => {
    const sent = fc.oneof(
      fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 100),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(0, 0.1, 0.29, 1.005, 4.11, 10_737_418.23, 10_737_418.24, 2 ** 53, -0.07),
    );
    fc.assert(
      fc.property(sent, sent, (cpc, competition) => {
        const json: unknown = JSON.parse(JSON.stringify([{ keyword: 'k', volume: 1, cpc, competition }]));
        for (const rows of [plainKeywordExport(json), KeywordExportResponse.parse(json)]) {
          const [row] = rows ?? [];
          expect(row?.cpc).toBe(JSON.parse(JSON.stringify(cpc)));
          expect(row?.competition).toBe(JSON.parse(JSON.stringify(competition)));
          expect(JSON.parse(JSON.stringify(row))).toMatchObject({ cpc: row?.cpc, competition: row?.competition });
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('shares one frozen list per distinct SERP features or intents, and never mixes two lists up', () => {
    const json = [
      { keyword: 'a', volume: 1, serp_features: ['people_also_ask', 'top_stories'], intents: ['informational'] },
      { keyword: 'b', volume: 2, serp_features: ['people_also_ask', 'top_stories'], intents: ['I'] },
      { keyword: 'c', volume: 3, serp_features: ['people_also_ask\u0000top_stories'], intents: ['I', 'C'] },
    ];
    for (const rows of [plainKeywordExport(json), KeywordExportResponse.parse(json)]) {
      const [a, b, c] = rows ?? [];
      expect(a?.serpFeatures).toBe(b?.serpFeatures);
      expect(a?.intents).toBe(b?.intents);
      expect(Object.isFrozen(a?.serpFeatures)).toBe(true);
      expect(c?.serpFeatures).toEqual(['people_also_ask\u0000top_stories']);
      expect(c?.intents).toEqual(['I', 'C']);
    }
  });
});
