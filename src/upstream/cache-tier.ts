/**
 * The Redis second tier of the upstream cache (./cache.ts): the same keys (hashed, so they stay
 * short) and the same TTLs, shared by every gateway process of a deployment. Values go through V8's structured
 * serialisation so Dates survive; remembered upstream errors are stored as their fields and rebuilt. A slow or
 * unreachable Redis is a miss after `timeoutMs`, never an error of the request.
 *
 * Coalescing across processes: a process that misses a key takes a short lock on it (SET NX PX) before loading
 * it; another process missing the same key meanwhile waits (up to `LOCK_MS`) for the value instead of calling
 * the upstream too. A loader that fails simply lets its lock expire.
 */
import { createHash, randomUUID } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { KEY_PREFIX } from '../redis.js';
import type { SecondTier, SharedEntry } from './cache.js';
import { UpstreamError, type UpstreamErrorCode, type UpstreamName } from './errors.js';

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
/** How long a load may keep other processes waiting for its key. */
const LOCK_MS = 3_000;
const WAIT_STEP_MS = 25;

/** KEYS: lock keys; ARGV: owner, ms. Per key 1 when another owner is loading it, else 0 (now or already ours). */
const CLAIM = `
local others = {}
for i, key in ipairs(KEYS) do
  if redis.call('SET', key, ARGV[1], 'PX', ARGV[2], 'NX') then
    others[i] = 0
  else
    others[i] = (redis.call('GET', key) == ARGV[1]) and 0 or 1
  end
end
return others
`;

const isStored = (v: unknown): v is Stored =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Stored).fetchedAt === 'number' &&
  typeof (v as Stored).ttlMs === 'number';

/**
 * A value as this tier stores it: V8's serializer keeps an object's own fields only, so a value that reads as more
 * than its fields (an export row computing its trend, src/upstream/seranking/schemas.ts) is stored as its JSON form.
 */
function storable(value: unknown): unknown {
  const withJson = value as { toJSON?: unknown } | null | undefined;
  return typeof withJson?.toJSON === 'function' && !(value instanceof Date)
    ? (withJson.toJSON as () => unknown).call(value)
    : value;
}

export class RedisCacheTier implements SecondTier {
  private warned = false;
  /** This tier's identity as a lock owner: its own loads never make it wait. */
  private readonly owner = randomUUID();

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly timeoutMs = 250,
  ) {}

  redisKey(key: string): string {
    return `${KEY_PREFIX}cache:${FORMAT}:${createHash('sha256').update(key).digest('base64url')}`;
  }

  private lockKey(key: string): string {
    return `${this.redisKey(key)}:loading`;
  }

  async getMany(keys: readonly string[]): Promise<ReadonlyMap<string, SharedEntry>> {
    const found = new Map<string, SharedEntry>();
    if (keys.length === 0) return found;
    this.collect(keys, await this.timed(this.redis.mgetBuffer(...keys.map((k) => this.redisKey(k)))), found);
    let missing = keys.filter((k) => !found.has(k));
    if (missing.length === 0) return found;
    const others = await this.timed(
      this.redis.eval(CLAIM, missing.length, ...missing.map((k) => this.lockKey(k)), this.owner, String(LOCK_MS)),
    );
    if (!Array.isArray(others)) return found;
    missing = missing.filter((_k, i) => others[i] === 1);
    const until = Date.now() + LOCK_MS;
    while (missing.length > 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
      const [values, locks] = await Promise.all([
        this.timed(this.redis.mgetBuffer(...missing.map((k) => this.redisKey(k)))),
        this.timed(this.redis.mget(...missing.map((k) => this.lockKey(k)))),
      ]);
      if (values === undefined || locks === undefined) break;
      this.collect(missing, values, found);
      // Still loading elsewhere: keep waiting; lock gone without a value (that load failed): load it here.
      missing = missing.filter((k, i) => !found.has(k) && locks[i] !== null);
    }
    return found;
  }

  /** A Redis answer, or undefined when Redis fails or is slower than `timeoutMs`. */
  private async timed<T>(command: Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.timeoutMs);
    });
    try {
      return await Promise.race([command, timeout]);
    } catch (error) {
      this.warnOnce(error);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  private collect(keys: readonly string[], values: Array<Buffer | null> | undefined, found: Map<string, SharedEntry>) {
    const now = Date.now();
    keys.forEach((key, i) => {
      const raw = values?.[i];
      if (!raw) return;
      const entry = this.decode(raw);
      if (entry && entry.fetchedAt + entry.ttlMs > now) found.set(key, entry);
    });
  }

  set(key: string, entry: SharedEntry): void {
    const remaining = Math.ceil(entry.fetchedAt + entry.ttlMs - Date.now());
    if (remaining <= 0) return;
    let payload: Buffer;
    try {
      payload = serialize({
        ...entry,
        value: storable(entry.value),
        error: entry.error ? storedError(entry.error) : undefined,
      } satisfies Stored);
    } catch {
      // A value V8 cannot clone (a function, a class with private state) stays in the local tier only.
      return;
    }
    this.redis
      .multi()
      .set(this.redisKey(key), payload, 'PX', remaining)
      .del(this.lockKey(key))
      .exec()
      .catch((error: unknown) => this.warnOnce(error));
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
