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

interface MetricRow {
  id: string;
  keyword: string;
  engine: string;
  index: number;
  volume: number | null;
  difficulty: number | null;
}

interface MetricAnswer {
  trackedPairs: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      keyword: string;
      engine: { code: string };
      metrics: { volume: number | null; difficulty: number | null } | null;
    }>;
  } | null;
}

/** Every pair in tracking order with the graph's own metrics answers (its `metrics` field). */
async function metricRows(): Promise<MetricRow[]> {
  const rows: MetricRow[] = [];
  for (let after: string | null = null; ; ) {
    const res: Awaited<ReturnType<typeof gw.post<MetricAnswer, Vars>>> = await gw.post<MetricAnswer, Vars>(
      `query ($after: String) { trackedPairs(after: $after) { pageInfo { hasNextPage endCursor }
        nodes { keyword engine { code } metrics { volume difficulty } } } }`,
      { after },
    );
    expect(res.errors).toBeUndefined();
    const page = res.data?.trackedPairs;
    for (const node of page?.nodes ?? []) {
      rows.push({
        id: `${node.keyword}|${node.engine.code}`,
        keyword: node.keyword,
        engine: node.engine.code,
        index: rows.length,
        volume: node.metrics?.volume ?? null,
        difficulty: node.metrics?.difficulty ?? null,
      });
    }
    if (!page?.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}

/** Ordered by a metric: missing values last either way, ties by keyword, then engine, then tracking order. */
const metricOrder = (rows: MetricRow[], metric: 'volume' | 'difficulty', sign: 1 | -1) =>
  [...rows]
    .sort((a, b) => {
      const [x, y] = [a[metric], b[metric]];
      const byValue = x === null || y === null ? (x === y ? 0 : x === null ? 1 : -1) : sign * (x - y);
      return byValue || a.keyword.localeCompare(b.keyword) || a.engine.localeCompare(b.engine) || a.index - b.index;
    })
    .map((row) => row.id);

/** The SE Ranking exports the sandbox received since its reset: each one's database and keyword count. */
async function exports(): Promise<Array<{ source: string; items: number }>> {
  const stats = await gw.sandbox.seranking.admin.stats();
  return stats.calls
    .filter((call) => call.endpoint === 'POST /v1/keywords/export')
    .map((call) => ({
      source: new URLSearchParams(call.query ?? '').get('source') ?? '',
      items: Number(call.items ?? 0),
    }))
    .sort((a, b) => a.source.localeCompare(b.source));
}

describe('Query.trackedPairs(orderBy: VOLUME | DIFFICULTY)', () => {
  const BY_METRIC = /* GraphQL */ `
    query ($orderBy: TrackedPairOrder, $direction: SortDirection, $first: Int, $after: String, $text: String) {
      trackedPairs(orderBy: $orderBy, direction: $direction, first: $first, after: $after, filter: { text: $text }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { keyword engine { code } metrics { volume } }
      }
    }
  `;
  interface ByMetric {
    trackedPairs: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{ keyword: string; engine: { code: string }; metrics: { volume: number | null } | null }>;
    } | null;
  }
  interface Cost {
    estimated: number;
    ceiling: number;
    actual: number;
  }
  const ordered = async (variables: Vars) => {
    const res = await gw.post<ByMetric, Vars>(BY_METRIC, { first: 100, ...variables });
    expect(res.errors).toBeUndefined();
    return {
      ids: res.data?.trackedPairs?.nodes.map((n) => `${n.keyword}|${n.engine.code}`) ?? [],
      cost: res.extensions?.cost as Cost,
    };
  };

  it('buys every pair’s metrics in one export per regional database cold, then nothing warm', async () => {
    const cold = await ordered({ orderBy: 'VOLUME', direction: 'DESC', first: 2 });
    // The demo pairs: three phrases in US (running shoes on two US engines share a row), one in UK.
    const sent = await exports();
    process.stdout.write(
      `VOLUME order, cold: SE Ranking exports ${JSON.stringify(sent)}, cost ${JSON.stringify(cold.cost)}\n`,
    );
    expect(sent).toEqual([
      { source: 'uk', items: 1 },
      { source: 'us', items: 3 },
    ]);
    // 4 export rows of 10 credits; the page's own `metrics` shares them.
    expect(cold.cost.actual).toBe(40);
    expect(cold.cost.estimated).toBe(40);
    expect(cold.cost.ceiling).toBeGreaterThanOrEqual(cold.cost.estimated);
    const before = await gw.sandbox.calls();
    const warm = await ordered({ orderBy: 'DIFFICULTY', direction: 'ASC' });
    const after = await gw.sandbox.calls();
    process.stdout.write(
      `DIFFICULTY order, warm: SE Ranking calls ${after.seranking - before.seranking}, cost ${JSON.stringify(warm.cost)}\n`,
    );
    expect(after.seranking - before.seranking).toBe(0);
    expect(warm.cost).toMatchObject({ estimated: 0, actual: 0 });
    expect(await exports()).toHaveLength(2);
  });

  it('orders by volume and by difficulty, either direction, as the graph’s own metrics answers say', async () => {
    const rows = await metricRows();
    expect(rows).toHaveLength(5);
    expect(rows.some((row) => row.volume !== null)).toBe(true);
    for (const sign of [1, -1] as const) {
      const direction = sign === 1 ? 'ASC' : 'DESC';
      expect((await ordered({ orderBy: 'VOLUME', direction })).ids).toEqual(metricOrder(rows, 'volume', sign));
      expect((await ordered({ orderBy: 'DIFFICULTY', direction })).ids).toEqual(metricOrder(rows, 'difficulty', sign));
    }
    // The text filter applies before the order: only the matching pairs, in the same relative order.
    const crm = (await ordered({ orderBy: 'VOLUME', direction: 'DESC', text: 'crm' })).ids;
    expect(crm).toEqual(metricOrder(rows, 'volume', -1).filter((id) => id.includes('crm')));
  });

  it('puts a pair whose engine has no regional database (null metrics) last in either direction', async () => {
    const track = await gw.post<unknown, Vars>(
      'mutation ($input: TrackKeywordsInput!) { trackKeywords(input: $input) { dailyCredits } }',
      { input: { keywords: ['running shoes'], engines: ['google_en-bk'] } },
    );
    expect(track.errors).toBeUndefined();
    const rows = await metricRows();
    const orphan = rows.find((row) => row.engine === 'google_en-bk');
    expect(orphan).toMatchObject({ keyword: 'running shoes', volume: null, difficulty: null });
    expect(rows.find((row) => row.id === 'running shoes|google_en-us')?.volume).not.toBeNull();
    for (const sign of [1, -1] as const) {
      const ids = (await ordered({ orderBy: 'VOLUME', direction: sign === 1 ? 'ASC' : 'DESC' })).ids;
      expect(ids).toEqual(metricOrder(rows, 'volume', sign));
      expect(
        ids.slice(ids.indexOf(orphan?.id ?? '')).every((id) => rows.find((r) => r.id === id)?.volume === null),
      ).toBe(true);
    }
  });

  it('refuses a metric order over more than 100 pairs before any SE Ranking call; a text filter narrows it', async () => {
    const keywords = Array.from({ length: 96 }, (_, i) => `bound keyword ${i}`);
    const track = await gw.post<unknown, Vars>(
      'mutation ($input: TrackKeywordsInput!) { trackKeywords(input: $input) { dailyCredits } }',
      { input: { keywords, engines: ['google_en-us'] } },
    );
    expect(track.errors).toBeUndefined();
    const res = await gw.post<ByMetric, Vars>(BY_METRIC, { orderBy: 'DIFFICULTY', first: 5 });
    expect(res.errors?.[0]?.extensions?.code).toBe('ROW_LIMIT_EXCEEDED');
    expect(res.extensions?.cost).toMatchObject({ estimated: 0, actual: 0 });
    expect(await exports()).toEqual([]);
    const narrowed = await ordered({ orderBy: 'VOLUME', direction: 'DESC', text: 'bound keyword 9', first: 5 });
    expect(narrowed.ids).toHaveLength(5);
    // bound keyword 9 and 90–95: seven phrases in one US export.
    expect(await exports()).toEqual([{ source: 'us', items: 7 }]);
    expect(narrowed.cost).toMatchObject({ estimated: 70, actual: 70 });
  });

  it('pages a metric order by its cursors: each row once, the pages together are the whole order', async () => {
    for (const orderBy of ['VOLUME', 'DIFFICULTY']) {
      const whole = (await ordered({ orderBy, direction: 'DESC' })).ids;
      const seen: string[] = [];
      for (let after: string | null = null; ; ) {
        const res: Awaited<ReturnType<typeof gw.post<ByMetric, Vars>>> = await gw.post<ByMetric, Vars>(BY_METRIC, {
          orderBy,
          direction: 'DESC',
          first: 2,
          after,
        });
        const page = res.data?.trackedPairs;
        expect(page?.totalCount).toBe(5);
        seen.push(...(page?.nodes.map((n) => `${n.keyword}|${n.engine.code}`) ?? []));
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(whole);
      expect(new Set(seen).size).toBe(5);
    }
  });
});

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
