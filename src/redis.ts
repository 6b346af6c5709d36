/**
 * Redis connections of one gateway process (optional, `REDIS_URL`): a command connection shared by the cache
 * tier, the rate limiter and the live store, and a subscriber connection for pub/sub (a subscribed
 * connection can issue no other commands). Keys of every seograph structure start with `KEY_PREFIX`.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export const KEY_PREFIX = 'seograph:';

export interface RedisConnections {
  commands: Redis;
  subscriber: Redis;
  close(): Promise<void>;
}

/** What a log line may show of a Redis URL: never its password. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = 'redacted';
    return u.toString();
  } catch {
    return 'redis://(unparseable)';
  }
}

function connect(url: string, logger: Logger, role: string): Redis {
  const client = new Redis(url, {
    // A command fails after a bounded number of reconnect attempts instead of queueing forever: callers
    // (cache tier, limiter) then fall back to the process-local behaviour.
    maxRetriesPerRequest: 2,
    connectTimeout: 2_000,
    enableAutoPipelining: true,
    lazyConnect: true,
  });
  let down = false;
  client.on('error', (err: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err, redis: redactRedisUrl(url), role }, 'redis unavailable: falling back to process-local state');
  });
  client.on('ready', () => {
    if (down) logger.info({ redis: redactRedisUrl(url), role }, 'redis connection restored');
    down = false;
  });
  return client;
}

/** Opens both connections; rejects when Redis cannot be reached at start (a misconfiguration, not an outage). */
export async function connectRedis(url: string, logger: Logger): Promise<RedisConnections> {
  const commands = connect(url, logger, 'commands');
  const subscriber = connect(url, logger, 'subscriber');
  try {
    await Promise.all([commands.connect(), subscriber.connect()]);
  } catch (error) {
    commands.disconnect();
    subscriber.disconnect();
    throw error;
  }
  return {
    commands,
    subscriber,
    close: async () => {
      // quit() waits for a reconnection when Redis is gone: only a ready connection says goodbye.
      await Promise.allSettled(
        [commands, subscriber].map(async (client) => {
          if (client.status === 'ready') await client.quit();
          client.disconnect();
        }),
      );
    },
  };
}
