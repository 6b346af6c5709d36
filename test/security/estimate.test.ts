// The estimate tells the truth, over real HTTP: for the operations of examples/ and test/operations/, a cold
// run is estimated at no less than it spends and within 10 % of it, a warm repeat that spends nothing is
// estimated at 0, a mutation at exactly the credits it commits (billed later, as its checks emerge), and a
// client whose per-request budget lies between a query's estimate and its ceiling is served.

import { readdirSync, readFileSync } from 'node:fs';
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

interface Cost {
  estimated: number;
  ceiling: number;
  actual: number;
}

const FILES = [
  ...readdirSync('examples').flatMap((f) => (f.endsWith('.graphql') ? [`examples/${f}`] : [])),
  ...readdirSync('test/operations').flatMap((f) => (f.endsWith('.graphql') ? [`test/operations/${f}`] : [])),
];

/** Every query of those files by name; the mutations apart (SERPmetrics bills their checks when they emerge). */
const operations = new Map<string, DocumentNode>();
const mutations = new Map<string, DocumentNode>();
for (const file of FILES) {
  const document = parse(readFileSync(file, 'utf8'));
  for (const definition of document.definitions) {
    const name = (definition as OperationDefinitionNode).name?.value;
    if (definition.kind !== Kind.OPERATION_DEFINITION || !name) continue;
    // The fragments it spreads, and the ones those spread in turn.
    let text = print(definition);
    let fragments: typeof document.definitions = [];
    for (let found = -1; found !== fragments.length; ) {
      found = fragments.length;
      fragments = document.definitions.filter(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && text.includes(`...${d.name.value}`),
      );
      text = [definition, ...fragments].map((d) => print(d)).join('\n');
    }
    if (definition.operation === 'query') operations.set(name, { ...document, definitions: [definition] });
    if (definition.operation === 'mutation')
      mutations.set(name, { ...document, definitions: [definition, ...fragments] });
  }
}

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** Each query with variables no other case of this file uses where it can, so its cold run is really cold. */
const CASES: ReadonlyArray<readonly [string, Record<string, unknown>]> = [
  ['TargetSummaries', { targets: ['est-a.com', 'est-b.com', 'est-a.com'] }],
  ['TargetAuthority', { targets: ['est-c.com', 'est-d.com'] }],
  ['TargetProfile', { target: 'est-e.com', limit: 20 }],
  ['BacklinkHistory', { target: 'est-f.com', limit: 30 }],
  ['KeywordMetrics', { texts: ['est one', 'est two', 'est one'], database: 'US' }],
  ['KeywordDetails', { text: 'est three', database: 'US' }],
  ['KeywordIdeas', { text: 'est four', database: 'US', limit: 20 }],
  ['DomainAnalysis', { domain: 'est-g.com', database: 'US', limit: 50 }],
  ['DomainKeywordsWithMetrics', { domain: 'est-h.com', database: 'US', limit: 20 }],
  ['DomainCompetitorsOverview', { domain: 'seranking.com', database: 'US', first: 5 }],
  ['SummariesAndAuthority', { targets: ['est-i.com', 'est-j.com'] }],
  ['BacklinksWithReferringDomains', { target: 'est-k.com', limit: 20 }],
  ['Top100', { keyword: 'running shoes', engine: 'google_en-us' }],
  ['Top100Hosts', { keyword: 'running shoes', engine: 'google_en-us' }],
  ['CompetitorStrength', { keyword: 'running shoes', engine: 'google_en-us', first: 30 }],
  ['CreditBalances', {}],
  ['GatewayMode', {}],
  ['FilteredIdeas', { text: 'est five', database: 'US', first: 30, filter: { volume: { from: 100 } } }],
  [
    'FilteredRankingKeywords',
    { domain: 'hubspot.com', database: 'US', first: 40, filter: { position: { from: 1, to: 10 } } },
  ],
  ['FilteredBacklinks', { target: 'est-l.com', first: 50, filter: { follow: 'NOFOLLOW' } }],
  ['FilteredChanges', { target: 'est-m.com', range: { from: day(30), to: day(1) }, filter: { follow: 'DOFOLLOW' } }],
  ['TargetSummary', { target: 'est-n.com' }],
  ['TargetLists', { target: 'est-o.com', limit: 40 }],
  ['KeywordVolume', { text: 'est six', database: 'US' }],
  ['DomainKeywordsPage', { domain: 'est-p.com', database: 'US', limit: 30 }],
  ['SummariesOfBigAndSmall', {}],
  ['TargetChanges', { target: 'est-q.com', from: day(10), to: day(1) }],
  ['SerpEngines', {}],
  ['SerpEngine', { code: 'google_en-us' }],
  ['SerpSnapshot', { keyword: 'running shoes', engine: 'google_en-gb', first: 20 }],
  ['SerpTrackedKeywords', {}],
  ['SerpTrackedHistory', { engine: 'google_en-us', domain: 'nike.com', last: 5 }],
  ['SerpKeywordSerp', { keyword: 'running shoes', engine: 'bing_en-us' }],
  ['SerpKeywordRanking', { keyword: 'running shoes', engine: 'google_en-us', domain: 'nike.com', last: 5 }],
  ['SerpAccount', {}],
  ['SerpCheckRequest', { queue: 'PRIORITY', requestId: 'est-unknown' }],
  ['SerpHistoryFanOut', { domain: 'nike.com' }],
  ['SerpEnginesFlux', {}],
  ['SerpPairsByVolume', { text: null, direction: 'DESC', first: 2 }],
];

let gateway: TestGateway;

beforeAll(async () => {
  gateway = await startTestGateway();
});

afterAll(async () => {
  await gateway?.close();
});

const run = async (name: string, variables: Record<string, unknown>, headers?: Record<string, string>) => {
  const document = operations.get(name);
  if (!document) throw new Error(`no operation ${name}`);
  const res = await gateway.post(document, variables, headers);
  return { res, cost: res.extensions?.cost as Cost };
};

describe('the estimate of every example and test operation', () => {
  it('has a case for every query of examples/ and test/operations/', () => {
    expect(CASES.map(([name]) => name).sort()).toEqual([...operations.keys()].sort());
  });

  it.each(CASES)('%s: cold within 10 %% of actual and never below it; warm 0 when actual is 0', async (name, vars) => {
    const cold = await run(name, vars);
    expect(cold.cost.estimated).toBeGreaterThanOrEqual(cold.cost.actual);
    expect(cold.cost.ceiling).toBeGreaterThanOrEqual(cold.cost.estimated);
    expect(cold.cost.estimated).toBeLessThanOrEqual(Math.floor(cold.cost.actual * 1.1));
    const warm = await run(name, vars);
    expect(warm.cost.actual).toBe(0);
    expect(warm.cost.estimated).toBe(0);
  });

  it('prices Domain.keywords with only keyword { text } by its rows alone', async () => {
    const { cost } = await run('DomainAnalysis', { domain: 'est-rows.com', database: 'US', limit: 100 });
    // 100 rows (1 each) + overview (100) + competitors (100): the keyword text is in the row.
    expect(cost).toMatchObject({ estimated: 300, ceiling: 300, actual: 300 });
  });

  it('prices a page of competitors with their overviews by its first', async () => {
    // Cold: competitors of other cases are not cached (the estimate cannot know rows it has not read).
    gateway.gateway.cache.clear();
    const { cost } = await run('DomainCompetitorsOverview', { domain: 'est-rivals.com', database: 'US', first: 8 });
    // The competitor list (100) and one overview (100) per row of the page: 8, not every competitor.
    expect(cost).toMatchObject({ estimated: 900, ceiling: 900, actual: 900 });
  });
});

describe('budgets check the estimate, not the ceiling', () => {
  it('serves a client whose per-request budget is below the ceiling but above the estimate', async () => {
    const budgeted = await startTestGateway({ env: { CREDIT_BUDGET_PER_REQUEST: '150' } });
    try {
      const vars = { targets: ['est-budget-1.com', 'est-budget-2.com'] };
      const document = operations.get('TargetSummaries');
      if (!document) throw new Error('no TargetSummaries');
      const first = await budgeted.post(document, { targets: ['est-budget-1.com'] });
      expect(first.errors).toBeUndefined();
      const both = await budgeted.post(document, vars);
      expect(both.errors).toBeUndefined();
      expect(both.extensions?.cost).toMatchObject({ estimated: 100, ceiling: 200, actual: 100 });
    } finally {
      await budgeted.close();
    }
  });
});

/**
 * Each mutation with what its answer commits: SERPmetrics bills a one-off check when it emerges from its queue
 * (one credit per unique pair and queue price), so the mutation's own `actual` is 0 and the credits arrive as
 * `actual` on the events that deliver the checks (test/live/credits.test.ts). A tracking change commits the daily
 * check of each pair it adds (one credit a day each), billed as each check emerges; a removal commits nothing.
 */
const MUTATIONS: ReadonlyArray<readonly [string, Record<string, unknown>, (data: Record<string, unknown>) => number]> =
  [
    [
      'SerpTrackKeywords',
      { keywords: ['est track'], engines: ['google_en-us', 'bing_en-us'] },
      (data) => (data.trackKeywords as { dailyCredits: number }).dailyCredits,
    ],
    // One engine added: one more daily check (the answer's dailyCredits is the keyword's total).
    ['SerpAppendEngines', { keyword: 'est track', engines: ['google_en-gb'] }, () => 1],
    ['SerpRemoveEngines', { keyword: 'est track', engines: ['google_en-gb'] }, () => 0],
    ['SerpUntrackKeywords', { keywords: ['est track'] }, () => 0],
    [
      'SerpRequestPriorityCheck',
      { keywords: ['est priority a', 'est priority b'], engines: ['google_en-us'] },
      (data) => (data.requestPriorityCheck as { credits: number }).credits,
    ],
    [
      'SerpRequestDelayedCheck',
      { keywords: ['est delayed'], engines: ['google_en-us', 'bing_en-us', 'google_en-gb'] },
      (data) => (data.requestDelayedCheck as { credits: number }).credits,
    ],
  ];

describe('the estimate of every mutation', () => {
  it('has a case for every mutation of test/operations/', () => {
    expect(MUTATIONS.map(([name]) => name).sort()).toEqual([...mutations.keys()].sort());
  });

  it.each(MUTATIONS)('%s: estimated at exactly the credits its answer commits', async (name, vars, committed) => {
    const document = mutations.get(name);
    if (!document) throw new Error(`no mutation ${name}`);
    const res = await gateway.post(document, vars);
    expect(res.errors).toBeUndefined();
    const cost = res.extensions?.cost as Cost & { upstreams: Record<string, Cost> };
    expect(cost.estimated).toBe(committed(res.data as Record<string, unknown>));
    expect(cost.upstreams.serpmetrics?.estimated).toBe(cost.estimated);
    // Nothing is billed by the mutation itself.
    expect(cost.actual).toBe(0);
  });
});
