// Relay connections over real HTTP (issue 17): paging a connection to its end with `after` visits each row once,
// in the order of one big page; a list the upstream returns whole is read once however many pages are asked.
import { describe, expect, it } from 'vitest';
import type { TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

interface Page {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: Record<string, unknown> }>;
}

/** The connection at `path` of a response. */
const at = (data: unknown, path: readonly string[]): Page =>
  path.reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], data) as Page;

/** Every page of a connection, `first` rows at a time, following `endCursor` until `hasNextPage` is false. */
async function pageThrough(query: string, path: readonly string[], first: number, maxPages = 50) {
  const pages: Page[] = [];
  let after: string | null = null;
  for (let n = 0; n < maxPages; n++) {
    const res: { data?: unknown; errors?: unknown[] } = await gw.post<unknown, { first: number; after: string | null }>(
      query,
      { first, after },
    );
    expect(res.errors).toBeUndefined();
    const page = at(res.data, path);
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
  throw new Error(`${path.join('.')} did not end within ${maxPages} pages`);
}

const keyOf = (node: Record<string, unknown>) => JSON.stringify(node);

const CASES = [
  {
    name: 'Domain.competitors',
    query: `query ($first: Int, $after: String) { domain(domain: "seranking.com", database: US) {
      competitors(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { domain { name } commonKeywords } } } } }`,
    path: ['domain', 'competitors'],
    first: 7,
    all: 100,
  },
  {
    name: 'Keyword.questions',
    query: `query ($first: Int, $after: String) { keyword(text: "running shoes", database: US) {
      questions(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { keyword { text } } } } } }`,
    path: ['keyword', 'questions'],
    first: 4,
    all: 1000,
  },
  {
    name: 'Query.trackedKeywords',
    query: `query ($first: Int, $after: String) { trackedKeywords(first: $first, after: $after) { totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { keyword location } } } }`,
    path: ['trackedKeywords'],
    first: 1,
    all: 1000,
  },
  {
    name: 'Query.trackedPairs',
    query: `query ($first: Int, $after: String) { trackedPairs(first: $first, after: $after) { totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { keyword engine { code } } } } }`,
    path: ['trackedPairs'],
    first: 2,
    all: 100,
  },
] as const;

describe('paging a connection to its end with after', () => {
  it.each(CASES)('$name visits each row once, in order', async ({ query, path, first, all }) => {
    const [whole] = await pageThrough(query, path, all);
    const pages = await pageThrough(query, path, first);
    const rows = pages.flatMap((p) => p.edges.map((e) => keyOf(e.node)));
    const expected = whole?.edges.map((e) => keyOf(e.node)) ?? [];
    expect(expected.length).toBeGreaterThan(first);
    expect(rows).toEqual(expected);
    expect(new Set(pages.flatMap((p) => p.edges.map((e) => e.cursor))).size).toBe(rows.length);
    expect(pages.map((p) => p.totalCount)).toEqual(pages.map(() => expected.length));
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual(pages.map((_, i) => i > 0));
  });

  it('reads the competitors once for all their pages', async () => {
    await pageThrough(CASES[0].query, CASES[0].path, 10);
    const stats = await gw.sandbox.seranking.admin.stats();
    expect(stats.byEndpoint['GET /v1/domain/competitors']?.calls).toBe(1);
  });

  it('backlinks: the second page is the tail of one read of both pages, without an offset upstream', async () => {
    const query = `query ($first: Int, $after: String) { target(target: "seranking.com") {
      backlinks(first: $first, after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { referringPage destinationPage firstSeen } } } } }`;
    const both = await gw.post<unknown, { first: number; after: null }>(query, { first: 20, after: null });
    const one = at((await gw.post<unknown, { first: number; after: null }>(query, { first: 10, after: null })).data, [
      'target',
      'backlinks',
    ]);
    const two = at(
      (
        await gw.post<unknown, { first: number; after: string | null }>(query, {
          first: 10,
          after: one.pageInfo.endCursor,
        })
      ).data,
      ['target', 'backlinks'],
    );
    const rows = (p: Page) => p.edges.map((e) => keyOf(e.node));
    expect([...rows(one), ...rows(two)]).toEqual(rows(at(both.data, ['target', 'backlinks'])));
    expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});
