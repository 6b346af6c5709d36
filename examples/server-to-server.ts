/**
 * Server-to-server with the generated, typed client: a backend asks seograph for the top results of a tracked
 * keyword with each host's backlink strength, and for the credits left on both upstream accounts. Every call
 * is a typed method of the graphql-request SDK of the client package `@seograph/client` (packages/client), which
 * `npm run codegen` generates from examples/*.graphql.
 *
 *   npm start                                  # the gateway (sandbox mode without API keys)
 *   npx tsx examples/server-to-server.ts       # SEOGRAPH_URL, SEOGRAPH_API_KEY optional
 */
import { pathToFileURL } from 'node:url';
import { type CompetitorStrengthQuery, getSdk } from '@seograph/client';
import { ClientError, GraphQLClient } from 'graphql-request';

export interface Report {
  keyword: string;
  checkedAt: string;
  rows: Array<{ position: number; host: string; domainInlinkRank: number | null; refDomains: number | null }>;
  credits: { serankingUnitsLeft: number | null; serpmetricsSerpCredits: number | null };
}

/** Error codes worth one more try after `retryAfter` seconds (see the README's error table). */
const RETRYABLE = new Set(['UPSTREAM_RATE_LIMITED', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT', 'RATE_LIMITED']);

/**
 * The typed SDK over one gateway; a gateway API key, when the gateway requires one, goes in `x-api-key`.
 * `errorPolicy: 'all'` keeps partial answers: a field one upstream could not fill (a target too large for
 * the backlinks API, an upstream down) is null while the rest of the data arrives. A request refused as a
 * whole (rate limit, unavailable upstream) throws a ClientError, retried once when its code says so.
 */
export function seograph(url: string, apiKey?: string) {
  const client = new GraphQLClient(url, { headers: apiKey ? { 'x-api-key': apiKey } : {}, errorPolicy: 'all' });
  return getSdk(client, async (action) => {
    try {
      return await action();
    } catch (error) {
      // GraphQL errors carry `extensions.code`; switch on it, never on the message.
      const first = error instanceof ClientError ? error.response.errors?.[0]?.extensions : undefined;
      const code = typeof first?.code === 'string' ? first.code : undefined;
      if (code === undefined || !RETRYABLE.has(code)) throw error;
      const wait = typeof first?.retryAfter === 'number' ? first.retryAfter : 1;
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 10) * 1000));
      return action();
    }
  });
}

type Result = NonNullable<NonNullable<CompetitorStrengthQuery['serp']>['results']>[number];

export async function report(url: string, apiKey?: string): Promise<Report> {
  const sdk = seograph(url, apiKey);
  const [{ serp }, { account }] = await Promise.all([
    sdk.CompetitorStrength({ keyword: 'running shoes', engine: 'google_en-us', first: 10 }),
    sdk.CreditBalances(),
  ]);
  if (!serp) throw new Error('"running shoes" on google_en-us is not tracked by this account');
  return {
    keyword: serp.keyword,
    checkedAt: serp.checkedAt,
    rows: (serp.results ?? []).map((r: Result) => ({
      position: r.position,
      host: r.host,
      domainInlinkRank: r.target?.backlinkSummary?.domainInlinkRank ?? null,
      refDomains: r.target?.backlinkSummary?.refDomains ?? null,
    })),
    credits: {
      serankingUnitsLeft: account?.seranking?.unitsLeft ?? null,
      serpmetricsSerpCredits: account?.serpmetrics?.serpCredits ?? null,
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.env.SEOGRAPH_URL ?? 'http://localhost:4000/graphql';
  const result = await report(url, process.env.SEOGRAPH_API_KEY);
  console.log(`"${result.keyword}" checked ${result.checkedAt}`);
  console.table(result.rows);
  console.log('credits left:', result.credits);
}
