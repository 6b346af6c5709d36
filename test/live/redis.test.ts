// Two in-process gateways sharing one redis-server and one sandbox: a cold key asked of both at once is
// loaded once (coalesced across processes through the Redis tier), the shared store publishes a check once,
// and losing Redis degrades to process-local behaviour instead of failing requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';
import {
  type LiveGateway,
  REQUIRE_REDIS,
  type RunningRedis,
  redisAvailable,
  startLiveGateway,
  startRedis,
} from './support.js';

const SUMMARY = /* GraphQL */ `
  query Summary($target: String!) {
    target(target: $target) { backlinkSummary { backlinks refDomains } }
  }
`;

describe.skipIf(!redisAvailable && !REQUIRE_REDIS)('gateways sharing Redis', () => {
  let redis: RunningRedis;
  let sandbox: TestSandbox;
  let a: LiveGateway;
  let b: LiveGateway;

  beforeAll(async () => {
    [redis, sandbox] = await Promise.all([startRedis(), startTestSandbox()]);
    const env = { SERP_POLL_INTERVAL_MS: '0' };
    a = await startLiveGateway({ sandbox, redisUrl: redis.url, env });
    b = await startLiveGateway({ sandbox, redisUrl: redis.url, env, ownCallbacks: false });
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await sandbox?.close();
    await redis?.stop();
  });

  it('loads a cold key asked of both at once only once', async () => {
    await sandbox.reset();
    const [fromA, fromB] = await Promise.all([
      a.post(SUMMARY, { target: 'coalesced.example.com' }),
      b.post(SUMMARY, { target: 'coalesced.example.com' }),
    ]);
    expect(fromA.errors).toBeUndefined();
    expect(fromB.data).toEqual(fromA.data);
    expect((await sandbox.calls()).seranking).toBe(1);
  });

  it('publishes a check once, whichever gateways see it', async () => {
    const hint = { cred: a.gateway.live.updates.credentialId, check: 'feedfacefeedfacefeedface' };
    const claims = await Promise.all([
      a.gateway.live.updates.store.claimCheck(hint.cred, hint.check),
      b.gateway.live.updates.store.claimCheck(hint.cred, hint.check),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('keeps answering from the upstream when Redis goes away', async () => {
    await redis.stop();
    await sandbox.reset();
    const { data, errors } = await a.post<{ target: { backlinkSummary: { backlinks: number } } }>(SUMMARY, {
      target: 'after-redis.example.com',
    });
    expect(errors).toBeUndefined();
    expect(data?.target.backlinkSummary.backlinks).toBeGreaterThanOrEqual(0);
    expect((await sandbox.calls()).seranking).toBe(1);
  });
});
