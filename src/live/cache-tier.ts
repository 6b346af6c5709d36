/**
 * The Redis second tier of the upstream cache (src/upstream/cache.ts): the same keys (hashed, so they stay
 * short) and the same TTLs, shared by every gateway process of a deployment. Values go through V8's structured
 * serialisation so Dates survive; remembered upstream errors are stored as their fields and rebuilt. A slow or
 * unreachable Redis is a miss after `timeoutMs`, never an error of the request.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { SecondTier, SharedEntry } from '../upstream/cache.js';
import { UpstreamError, type UpstreamErrorCode, type UpstreamName } from '../upstream/errors.js';
import { KEY_PREFIX } from './redis.js';

interface StoredError {
  code: UpstreamErrorCode;
  upstream: UpstreamName;
  httpStatus: number | undefined;
  retryAfter: number | undefined;
  retryable: boolean;
  detail: string | undefined;
  items: readonly string[] | undefined;
}

interface Stored {
  value: unknown;
  error: StoredError | undefined;
  fetchedAt: number;
  ttlMs: number;
}

/** Changes when the stored shape changes, so old entries are simply not found. */
const FORMAT = 'v1';

const isStored = (v: unknown): v is Stored =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Stored).fetchedAt === 'number' &&
  typeof (v as Stored).ttlMs === 'number';

export class RedisCacheTier implements SecondTier {
  private warned = false;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly timeoutMs = 250,
  ) {}

  redisKey(key: string): string {
    return `${KEY_PREFIX}cache:${FORMAT}:${createHash('sha256').update(key).digest('base64url')}`;
  }

  async getMany(keys: readonly string[]): Promise<ReadonlyMap<string, SharedEntry>> {
    const found = new Map<string, SharedEntry>();
    if (keys.length === 0) return found;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.timeoutMs);
    });
    let values: Array<Buffer | null> | undefined;
    try {
      values = await Promise.race([this.redis.mgetBuffer(...keys.map((k) => this.redisKey(k))), timeout]);
    } catch (error) {
      this.warnOnce(error);
    } finally {
      clearTimeout(timer);
    }
    const now = Date.now();
    keys.forEach((key, i) => {
      const raw = values?.[i];
      if (!raw) return;
      const entry = this.decode(raw);
      if (entry && entry.fetchedAt + entry.ttlMs > now) found.set(key, entry);
    });
    return found;
  }

  set(key: string, entry: SharedEntry): void {
    const remaining = Math.ceil(entry.fetchedAt + entry.ttlMs - Date.now());
    if (remaining <= 0) return;
    let payload: Buffer;
    try {
      payload = serialize({ ...entry, error: entry.error ? storedError(entry.error) : undefined } satisfies Stored);
    } catch {
      // A value V8 cannot clone (a function, a class with private state) stays in the local tier only.
      return;
    }
    this.redis.set(this.redisKey(key), payload, 'PX', remaining).catch((error: unknown) => this.warnOnce(error));
  }

  delete(key: string): void {
    this.redis.del(this.redisKey(key)).catch((error: unknown) => this.warnOnce(error));
  }

  private decode(raw: Buffer): SharedEntry | undefined {
    try {
      const stored: unknown = deserialize(raw);
      if (!isStored(stored)) return undefined;
      return { ...stored, error: stored.error ? new UpstreamError(stored.error) : undefined };
    } catch {
      return undefined;
    }
  }

  private warnOnce(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    this.logger.warn({ err: error }, 'shared cache tier unavailable: serving from the process-local cache alone');
  }
}

function storedError(e: UpstreamError): StoredError {
  return {
    code: e.code,
    upstream: e.upstream,
    httpStatus: e.httpStatus,
    retryAfter: e.retryAfter,
    retryable: e.retryable,
    detail: e.detail,
    items: e.items,
  };
}
