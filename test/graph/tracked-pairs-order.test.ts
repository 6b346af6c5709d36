// Query.trackedPairs ordered and filtered for one domain before paging (the rank tracker's sortable, filterable
// table): each order and filter is checked against the same pairs' rank histories, read in tracking order.
import { describe, expect, it } from 'vitest';
import type { TestGateway } from '../support/gateway.js';
import { useTestGateway } from './support.js';

let gw: TestGateway;
useTestGateway((started) => {
  gw = started;
});

type Vars = Record<string, unknown>;

interface Row {
  id: string;
  index: number;
  points: Array<number | null>;
}

interface Answer {
  trackedPairs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      keyword: string;
      engine: { code: string };
      rankHistories?: Array<{ points: Array<{ position: number | null }> }>;
    }>;
  } | null;
}

const PAGE = /* GraphQL */ `
  query ($domain: String, $first: Int, $after: String, $orderBy: TrackedPairOrder, $direction: SortDirection,
         $filter: TrackedPairFilter) {
    trackedPairs(domain: $domain, first: $first, after: $after, orderBy: $orderBy, direction: $direction,
                 filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { keyword engine { code } }
    }
  }
`;

/** Every pair in tracking order with nike.com's positions, oldest first (pages of 3 keep within the read bound). */
async function histories(): Promise<Row[]> {
  const rows: Row[] = [];
  for (let after: string | null = null; ; ) {
    const res: Awaited<ReturnType<typeof gw.post<Answer, Vars>>> = await gw.post<Answer, Vars>(
      `query ($after: String) { trackedPairs(after: $after) { pageInfo { hasNextPage endCursor }
        nodes { keyword engine { code } rankHistories(domains: ["nike.com"]) { points { position } } } } }`,
      { after },
    );
    const page = res.data?.trackedPairs;
    for (const node of page?.nodes ?? []) {
      const points = node.rankHistories?.[0]?.points.map((p) => p.position) ?? [];
      rows.push({ id: `${node.keyword}|${node.engine.code}`, index: rows.length, points });
    }
    if (!page?.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}

/** Rows ordered by a value, missing values last in either direction, ties in tracking order. */
const orderedBy = (rows: Row[], value: (row: Row) => number | null, sign: 1 | -1) =>
  [...rows]
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return sign * (x - y) || a.index - b.index;
    })
    .map((row) => row.id);

const latest = (row: Row) => row.points.at(-1) ?? null;

/** Positions gained since the check `days` before the latest (the oldest when fewer): new +101, lost −101. */
const change = (days: number) => (row: Row) => {
  if (row.points.length < 2) return null;
  const before = row.points[Math.max(0, row.points.length - 1 - days)] ?? null;
  const now = latest(row);
  if (before === null && now === null) return null;
  if (before === null) return 101;
  if (now === null) return -101;
  return before - now;
};

async function ids(variables: Record<string, unknown>): Promise<{ ids: string[]; total: number }> {
  const res = await gw.post<Answer, Vars>(PAGE, { domain: 'nike.com', first: 100, ...variables });
  expect(res.errors).toBeUndefined();
  const page = res.data?.trackedPairs;
  return { ids: page?.nodes.map((n) => `${n.keyword}|${n.engine.code}`) ?? [], total: page?.totalCount ?? -1 };
}

describe('Query.trackedPairs(domain:, orderBy:, direction:, filter:)', () => {
  it('orders by the domain’s latest position and by its change over 1, 7 and 30 days, either direction', async () => {
    const rows = await histories();
    expect(rows).toHaveLength(5);
    expect(rows.some((row) => latest(row) !== null)).toBe(true);
    for (const sign of [1, -1] as const) {
      const direction = sign === 1 ? 'ASC' : 'DESC';
      expect((await ids({ orderBy: 'POSITION', direction })).ids).toEqual(orderedBy(rows, latest, sign));
      for (const [order, days] of [
        ['CHANGE_1D', 1],
        ['CHANGE_7D', 7],
        ['CHANGE_30D', 30],
      ] as const) {
        expect((await ids({ orderBy: order, direction })).ids).toEqual(orderedBy(rows, change(days), sign));
      }
    }
    const byKeyword = (await ids({ orderBy: 'KEYWORD' })).ids.map((id) => id.split('|')[0] ?? '');
    expect(byKeyword).toEqual([...byKeyword].sort((a, b) => a.localeCompare(b)));
  });

  it('pages an ordered list by its cursors: the pages put together are the whole order', async () => {
    const whole = (await ids({ orderBy: 'POSITION', direction: 'DESC' })).ids;
    const seen: string[] = [];
    for (let after: string | null = null; ; ) {
      const res: Awaited<ReturnType<typeof gw.post<Answer, Vars>>> = await gw.post<Answer, Vars>(PAGE, {
        domain: 'nike.com',
        first: 2,
        after,
        orderBy: 'POSITION',
        direction: 'DESC',
      });
      const page = res.data?.trackedPairs;
      expect(page?.totalCount).toBe(5);
      seen.push(...(page?.nodes.map((n) => `${n.keyword}|${n.engine.code}`) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole);
  });

  it('filters by text and by the domain’s position before paging, with the count of what matches', async () => {
    const rows = await histories();
    const shoes = await ids({ filter: { text: 'SHOES' } });
    expect(shoes.ids).toEqual(rows.filter((row) => row.id.includes('shoes')).map((row) => row.id));
    expect(shoes.total).toBe(shoes.ids.length);
    const top10 = await ids({ filter: { position: { to: 10 } } });
    expect(top10.ids).toEqual(rows.filter((row) => (latest(row) ?? 101) <= 10).map((row) => row.id));
    const absent = await ids({ filter: { ranked: false } });
    expect(absent.ids).toEqual(rows.filter((row) => latest(row) === null).map((row) => row.id));
    expect(absent.total + (await ids({ filter: { ranked: true } })).total).toBe(5);
  });

  it('refuses an order or filter by position without a domain, and a bad range, before any upstream call', async () => {
    for (const variables of [
      { domain: null, orderBy: 'POSITION' },
      { domain: null, filter: { ranked: true } },
      { domain: 'nike.com', filter: { position: { from: 10, to: 3 } } },
    ]) {
      const res = await gw.post<Answer, Vars>(PAGE, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_PARAMETER');
    }
    expect(await gw.sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 0 });
  });
});
