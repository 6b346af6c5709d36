/**
 * The upstream rate limit shared by every gateway process of a deployment, in Redis: the same sliding-window
 * log as the process-local limiter (./limiter.ts), kept in a sorted set per upstream and
 * credential, so N processes together stay under the per-key limit. A request holds its slot until one window
 * after its answer (at most `maxTransitMs` + window when the answer is slow). SERPmetrics priority / delayed
 * checks also go through a per-minute window. Times come from the Redis server, so the processes' clocks do
 * not matter. Fixed-window limiters (rate-limiter-flexible's Redis limiter) would let two windows' worth through
 * around a boundary, which is what a per-second upstream limit counts, hence the small Lua script.
 * When Redis is unreachable the local limiter alone applies.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { KEY_PREFIX, type RedisConnections } from '../../redis.js';
import { UpstreamError } from '../errors.js';
import type { ResilienceOptions, SharedRateLimiter, SharedRateLimitRequest } from './options.js';

/**
 * KEYS: one sorted set per window. ARGV: member, then per window limit, units, holdMs.
 * Returns 0 when every window had room (the slots are taken), else the ms until the fullest one has room.
 */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wait = 0
for i, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[1 + (i - 1) * 3 + 1])
  local units = tonumber(ARGV[1 + (i - 1) * 3 + 2])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  local n = redis.call('ZCARD', key)
  local over = n + units - limit
  if over > 0 then
    local entry = redis.call('ZRANGE', key, over - 1, over - 1, 'WITHSCORES')
    local at = tonumber(entry[2] or now)
    wait = math.max(wait, at + 1 - now)
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  local units = tonumber(ARGV[1 + (i - 1) * 3 + 2])
  local hold = tonumber(ARGV[1 + (i - 1) * 3 + 3])
  for u = 1, units do
    redis.call('ZADD', key, now + hold, ARGV[1] .. ':' .. u)
  end
  redis.call('PEXPIRE', key, hold + 1000)
end
return 0
`;

/** KEYS[1]: the request window; ARGV: member, windowMs. Shortens the slot to one window after the answer. */
const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local member = ARGV[1] .. ':1'
local score = redis.call('ZSCORE', KEYS[1], member)
local until_ = now + tonumber(ARGV[2])
if score and tonumber(score) > until_ then redis.call('ZADD', KEYS[1], 'XX', until_, member) end
return 0
`;

const WINDOW_MS = 1_000;
const CHECK_WINDOW_MS = 60_000;

export class RedisRateLimiter implements SharedRateLimiter {
  private warned = false;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly timeoutMs = 250,
  ) {}

  async acquire(request: SharedRateLimitRequest): Promise<{ release(): void }> {
    const { upstream, credentialId, checks, limits, deadline } = request;
    const base = `${KEY_PREFIX}ratelimit:${upstream}:${credentialId}`;
    const requestsKey = `${base}:requests`;
    const windows = [
      { key: requestsKey, limit: limits.requestsPerSecond, units: 1, holdMs: limits.maxTransitMs + WINDOW_MS },
    ];
    if (checks !== undefined && checks.count > 0) {
      const perMinute = checks.queue === 'priority' ? limits.priorityChecksPerMinute : limits.delayedChecksPerMinute;
      windows.push({
        key: `${base}:${checks.queue}`,
        limit: perMinute,
        units: Math.min(checks.count, perMinute),
        holdMs: CHECK_WINDOW_MS,
      });
    }
    const member = randomUUID();
    const args = [member, ...windows.flatMap((w) => [String(w.limit), String(w.units), String(w.holdMs)])];
    for (;;) {
      const wait = await this.ask(
        windows.map((w) => w.key),
        args,
      );
      if (wait === undefined) return { release: () => undefined };
      if (wait <= 0) {
        let released = false;
        return {
          release: () => {
            if (released) return;
            released = true;
            this.redis.eval(RELEASE, 1, requestsKey, member, String(WINDOW_MS)).catch(() => undefined);
          },
        };
      }
      if (Date.now() + wait > deadline.at) {
        throw new UpstreamError({
          code: 'UPSTREAM_RATE_LIMITED',
          upstream,
          retryAfter: Math.max(1, Math.ceil(wait / 1000)),
          detail: 'shared limiter: wait beyond deadline',
        });
      }
      // A little jitter, so processes woken by the same expiry do not all ask at once.
      await deadline.sleep(wait + Math.floor(Math.random() * 10));
    }
  }

  /** The script's answer, or undefined when Redis fails or takes longer than `timeoutMs` (local limit only). */
  private async ask(keys: string[], args: string[]): Promise<number | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.timeoutMs);
    });
    try {
      const answer = await Promise.race([this.redis.eval(ACQUIRE, keys.length, ...keys, ...args), timeout]);
      if (answer === undefined) this.warnOnce(new Error('redis did not answer in time'));
      return answer === undefined ? undefined : Number(answer);
    } catch (error) {
      this.warnOnce(error);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  private warnOnce(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    this.logger.warn({ err: error }, 'shared rate limiter unavailable: the process-local limit applies alone');
  }
}

/** Resilience options whose rate limits are also shared, through Redis, with the deployment's other processes. */
export function withSharedRateLimit(
  options: ResilienceOptions,
  redis: RedisConnections,
  logger: Logger,
): ResilienceOptions {
  if (options.rateLimit === false) return options;
  // A slow Redis is waited for up to 2 s: falling back to the local limit would let N processes exceed the key's.
  const shared = new RedisRateLimiter(redis.commands, logger, 2_000);
  return { ...options, rateLimit: { ...options.rateLimit, shared } };
}
