// The extension points a domain module uses, exercised end to end over the sandbox with a stand-in
// schema: a per-request DataLoader (defineLoader) over cache.fetchMany over a bulk client method,
// and a single cached read; calls are checked against the sandbox's own statistics.
import DataLoader from 'dataloader';
import { createSchema } from 'graphql-yoga';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUpstreamClients } from '../../src/clients.js';
import { loadConfig } from '../../src/config/index.js';
import { type Context, defineLoader } from '../../src/context.js';
import { createGateway, type RunningGateway } from '../../src/server.js';
import type { BacklinkSummary } from '../../src/upstream/seranking/types.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

const summaries = defineLoader(
  'test.backlinkSummaries',
  ({ cache, clients, fetchOptions }) =>
    new DataLoader<string, BacklinkSummary>(async (targets) => {
      const results = await cache.fetchMany(
        targets,
        (target) => ({
          kind: 'backlinks',
          upstream: 'seranking',
          endpoint: 'backlinks/summary',
          credentialId: clients.seranking.credentialId,
          params: { target, mode: 'host' },
        }),
        (missing, loadSignal) => clients.seranking.backlinkSummaries(missing, 'host', { signal: loadSignal }),
        { ...fetchOptions, negative: { codes: ['TARGET_TOO_LARGE'], kind: 'hugeTargets' } },
      );
      return results.map((r) => (r instanceof Error ? r : r.value));
    }),
);

const schema = createSchema<Context>({
  typeDefs: /* GraphQL */ `
    type Query {
      backlinks(targets: [String!]!): [Int]!
      engineCount: Int!
    }
  `,
  resolvers: {
    Query: {
      backlinks: (_root, args: { targets: string[] }, ctx) =>
        args.targets.map((t) =>
          ctx.loaders
            .get(summaries)
            .load(t)
            .then((s) => s.backlinks),
        ),
      engineCount: async (_root, _args, ctx) => {
        const { value } = await ctx.cache.fetch(
          {
            kind: 'engines',
            upstream: 'serpmetrics',
            endpoint: 'engines/codes',
            credentialId: ctx.clients.serpmetrics.credentialId,
            params: {},
          },
          (signal) => ctx.clients.serpmetrics.engines({ signal }),
          ctx.fetchOptions,
        );
        return value.length;
      },
    },
  },
});

let sandbox: TestSandbox;
let running: RunningGateway;
let closeClients: () => Promise<void>;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SERANKING_API_KEY: 'sandbox-seranking-key',
    SERPMETRICS_API_KEY: 'sandbox-serpmetrics-key',
    SERPMETRICS_API_SECRET: 'sandbox-serpmetrics-secret',
    SERANKING_BASE_URL: sandbox.seranking.url,
    SERPMETRICS_BASE_URL: sandbox.serpmetrics.url,
  });
  const built = createUpstreamClients(config, {
    resilience: { seranking: { retry: false }, serpmetrics: { retry: false } },
  });
  closeClients = built.close;
  running = await createGateway(config, { clients: built.clients, schema }).listen(0, '127.0.0.1');
});

afterAll(async () => {
  await running.close();
  await closeClients();
  await sandbox.close();
});

beforeEach(async () => {
  await sandbox.reset();
});

const post = async (query: string) => {
  const res = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as {
    data?: Record<string, unknown>;
    errors?: unknown[];
    extensions?: Record<string, unknown>;
  };
};

describe('domain extension points', () => {
  it('turns 250 distinct targets into 3 SE Ranking calls, then serves them from the cache', async () => {
    const targets = Array.from({ length: 250 }, (_, i) => `site${i}.example.com`);
    const query = `{ backlinks(targets: ${JSON.stringify(targets)}) }`;
    const cold = await post(query);
    expect(cold.errors).toBeUndefined();
    expect(cold.data?.backlinks).toHaveLength(250);
    expect(await sandbox.calls()).toEqual({ seranking: 3, serpmetrics: 0 });
    expect(cold.extensions?.upstream).toMatchObject({
      calls: { seranking: 3, serpmetrics: 0 },
      cache: { hits: 0, misses: 250 },
    });
    const warm = await post(query);
    expect(warm.data).toEqual(cold.data);
    expect(await sandbox.calls()).toEqual({ seranking: 3, serpmetrics: 0 });
    expect(warm.extensions?.upstream).toMatchObject({
      calls: { seranking: 0, serpmetrics: 0 },
      cache: { hits: 250, misses: 0 },
    });
  });

  it('coalesces concurrent requests for the same data into one upstream call', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => post('{ engineCount }')));
    for (const a of answers) expect(a.data?.engineCount).toBeGreaterThan(0);
    expect(await sandbox.calls()).toEqual({ seranking: 0, serpmetrics: 1 });
  });
});
