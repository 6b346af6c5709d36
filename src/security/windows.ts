/**
 * The edge's per-client windows (requests per minute, credits per window): fixed windows of rate-limiter-flexible,
 * kept in Redis when the deployment shares one, so N processes enforce one rate and one budget per client; in the
 * process otherwise. Should Redis fail, each process falls back to a window of its own (the insurance limiter)
 * rather than refusing or admitting everything.
 */
import type { Redis } from 'ioredis';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { KEY_PREFIX } from '../redis.js';

/** The edge's keys in Redis, under the prefix of every seograph structure. */
const EDGE_PREFIX = `${KEY_PREFIX}edge:`;

/** The window of one kind (`requests`, `credits`) for a limit and duration, made once and reused. */
export type ClientWindows = (kind: string, points: number, durationSeconds: number) => RateLimiterAbstract;

export function clientWindows(redis?: Redis): ClientWindows {
  const made = new Map<string, RateLimiterAbstract>();
  return (kind, points, duration) => {
    const id = `${kind}:${points}:${duration}`;
    let limiter = made.get(id);
    if (!limiter) {
      const local = new RateLimiterMemory({ points, duration });
      limiter = redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `${EDGE_PREFIX}${id}`,
            points,
            duration,
            insuranceLimiter: local,
          })
        : local;
      made.set(id, limiter);
    }
    return limiter;
  };
}
