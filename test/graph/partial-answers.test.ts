// Partial answers over real HTTP (issue 17): one upstream answering 503 blanks only its own root fields, each
// null with its own error; the other upstream's root fields in the same response keep their data.
import { describe, expect, it } from 'vitest';
import type { TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

/** Every root field SERPmetrics answers, each beside one SE Ranking field. */
const SERPMETRICS_ROOTS = {
  engines: 'engines { code }',
  engine: 'engine(code: "google_en-us") { code name }',
  serp: 'serp(pair: { keyword: "running shoes", engine: "google_en-us" }) { checkId }',
  rankHistory:
    'rankHistory(pair: { keyword: "running shoes", engine: "google_en-us" }, domain: "nike.com") { position }',
  trackedKeywords: 'trackedKeywords { totalCount }',
  trackedPairs: 'trackedPairs { totalCount }',
  checkRequest: 'checkRequest(queue: PRIORITY, requestId: "1") { state }',
  account: 'account { serpmetrics { serpCredits } }',
} as const;

/** Every root field SE Ranking answers, each beside one SERPmetrics field. */
const SERANKING_ROOTS = {
  target: 'target(target: "seranking.com") { backlinkSummary { backlinks } }',
  targets: 'targets(targets: ["seranking.com"]) { authority { inlinkRank } }',
  keyword: 'keyword(text: "running shoes", database: US) { volume }',
  keywords: 'keywords(texts: ["running shoes"], database: US) { volume }',
  domain: 'domain(domain: "seranking.com", database: US) { overview { organic { traffic } } }',
  account: 'account { seranking { unitsLeft } }',
} as const;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ path?: ReadonlyArray<string | number>; extensions?: { code?: string; upstream?: string } }>;
}

const errorCodesUnder = (answer: Answer, root: string) =>
  (answer.errors ?? []).filter((e) => e.path?.[0] === root).map((e) => e.extensions?.code);

describe('one upstream down, the other answers in the same response', () => {
  it.each(Object.entries(SERPMETRICS_ROOTS))(
    'SERPmetrics down: %s is null, target keeps its data',
    async (root, selection) => {
      await gw.sandbox.serpmetrics.admin.setFaults({ errorRates: { '503': 1 } });
      const answer: Answer = await gw.post(
        `{ ${selection} target(target: "seranking.com") { backlinkSummary { backlinks } } }`,
      );
      expect(answer.data).not.toBeNull();
      expect(answer.data?.target).toEqual({ backlinkSummary: { backlinks: expect.any(Number) } });
      expect(errorCodesUnder(answer, root)).toContain('UPSTREAM_UNAVAILABLE');
      const blanked = answer.data?.[root];
      // `account` keeps its SE Ranking half; every other root field is wholly SERPmetrics'.
      if (root === 'account') expect(blanked).toEqual({ serpmetrics: null });
      else expect(blanked).toBeNull();
    },
  );

  it.each(Object.entries(SERANKING_ROOTS))(
    'SE Ranking down: %s is blanked, engines keep their data',
    async (root, selection) => {
      await gw.sandbox.seranking.admin.setFaults({ errorRates: { '503': 1 } });
      const answer: Answer = await gw.post(`{ ${selection} engines { code } }`);
      expect(answer.data).not.toBeNull();
      expect((answer.data?.engines as unknown[] | undefined)?.length).toBeGreaterThan(100);
      expect(errorCodesUnder(answer, root)).toContain('UPSTREAM_UNAVAILABLE');
      expect(answer.errors?.every((e) => e.extensions?.upstream === 'seranking')).toBe(true);
    },
  );
});
